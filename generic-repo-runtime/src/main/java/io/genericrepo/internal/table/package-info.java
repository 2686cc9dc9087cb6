/**
 * One table's single-item requests, its TTL and version rules, how rejected writes are reported,
 * table creation, and the operations composed of several requests. Internal: not API.
 */
package io.genericrepo.internal.table;
