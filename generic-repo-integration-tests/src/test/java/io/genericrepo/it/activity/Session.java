package io.genericrepo.it.activity;

import io.genericrepo.annotations.Entity;
import io.genericrepo.annotations.Ttl;
import java.time.Instant;

/** A session, which expires. */
@Entity(tag = "session", partitionKey = "USER#{user}", sortKey = "SESSION#{id}")
public record Session(String user, String id, String device, @Ttl Instant expiresAt) implements Activity {}
