/**
 * Records to DynamoDB items and back, for generated code: value converters, item writer and reader,
 * keys, item sizes, and the errors naming a bad attribute. Internal: not API.
 */
package io.genericrepo.internal.mapping;
