package io.genericrepo.it.model;

/** A nested record, itself holding one. */
public record Address(String street, String city, Geo geo) {}
