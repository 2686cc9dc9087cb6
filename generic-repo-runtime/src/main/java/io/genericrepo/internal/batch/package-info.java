/**
 * Batch writes and reads: chunks of DynamoDB's sizes, retried until every item is written or read,
 * or reported. Internal: not API.
 */
package io.genericrepo.internal.batch;
