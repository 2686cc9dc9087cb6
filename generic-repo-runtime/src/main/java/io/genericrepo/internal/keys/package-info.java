/**
 * Composed key attributes for generated code: how one component is written into a key string
 * ({@link io.genericrepo.internal.keys.KeyPart}, built-ins in {@link io.genericrepo.internal.keys.KeyParts})
 * and how a template such as {@code ORDER#{placedAt}#{orderId}} renders and splits a key
 * ({@link io.genericrepo.internal.keys.KeyTemplate}). Internal: not API.
 */
package io.genericrepo.internal.keys;
