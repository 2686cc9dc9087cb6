/**
 * Internal, not API: one class per DynamoDB API action, each validating its request as DynamoDB
 * does and then acting on the store ({@code io.genericrepo.inmemory.store}). The classes are public
 * only so that the engine's clients in {@code io.genericrepo.inmemory} can call them; users reach
 * them through {@code InMemoryDynamoDb.client()}:
 *
 * <pre>{@code
 * InMemoryDynamoDb.create().client().putItem(request);   // runs PutItem.apply(request)
 * }</pre>
 */
package io.genericrepo.inmemory.action;
