/**
 * Single-table designs: the dispatching schema of a sealed hierarchy, its entity types, and the
 * type-tag check of each entity's schema. For generated code only; not API.
 */
package io.genericrepo.internal.entity;
