package io.genericrepo.processor.model;

import java.util.Set;

/**
 * How the files generated for one {@code @Table} record or hierarchy must be written to compile
 * cleanly next to the user's code: names from {@code java.lang} that a type of the package hides,
 * which generated code writes qualified ({@code java.lang.String} next to a user's {@code String}),
 * and the lint categories that the user's deprecated types would raise in generated code, which
 * it suppresses (the user chose to deprecate them; a build with {@code -Werror} must not fail on
 * code they never wrote).
 *
 * @param qualifiedNames simple names generated code must never write unqualified
 * @param suppressedWarnings {@code deprecation} and/or {@code removal}, sorted
 */
public record FileSettings(Set<String> qualifiedNames, Set<String> suppressedWarnings) {}
