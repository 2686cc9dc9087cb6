package io.genericrepo.it.model;

/** An enum for sets and lists. */
public enum Color {
    RED, GREEN, BLUE
}
