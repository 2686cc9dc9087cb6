/**
 * Internal, not API: the engine's tables and items. A {@code Database} holds tables by name; a
 * {@code Table} holds its items ordered by {@code SortKey} (partition hash, partition key, sort
 * key) and keeps its secondary indexes ({@code IndexData}) in step on every write, under the
 * table's read-write lock. Public only for the actions and the engine:
 *
 * <pre>{@code
 * InMemoryDynamoDb.create().client().describeTable(b -> b.tableName("orders"));   // reads a Table
 * }</pre>
 */
package io.genericrepo.inmemory.store;
