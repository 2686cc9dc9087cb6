/**
 * Expressions DynamoDB evaluates: conditions, updates and key conditions written with their names
 * and values, filters parsed from maps, and DynamoDB's order of values for checks made before
 * sending. Internal: not API.
 */
package io.genericrepo.internal.expression;
