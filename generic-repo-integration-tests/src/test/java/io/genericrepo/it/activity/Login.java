package io.genericrepo.it.activity;

import io.genericrepo.annotations.Entity;
import java.time.Instant;

/** A login, kept. */
@Entity(tag = "login", partitionKey = "USER#{user}", sortKey = "LOGIN#{at}")
public record Login(String user, Instant at, String ip) implements Activity {}
