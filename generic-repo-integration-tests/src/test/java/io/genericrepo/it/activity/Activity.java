package io.genericrepo.it.activity;

import io.genericrepo.annotations.Table;

/** A user's activity in one table: sessions, which expire, and logins, which do not; nothing versioned. */
@Table(name = "activity")
public sealed interface Activity permits Session, Login {}
