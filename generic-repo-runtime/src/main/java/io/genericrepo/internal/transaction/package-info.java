/**
 * Write and read transactions over several tables, their limits and their failures. Internal: not
 * API.
 */
package io.genericrepo.internal.transaction;
