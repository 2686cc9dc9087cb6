package io.genericrepo.it.keyupdates;

/** A gadget's state. */
public enum Gear { IDLE, RUNNING, BROKEN }
