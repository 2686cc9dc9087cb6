package io.genericrepo.it.shop;

/** An order's status. */
public enum Status { PENDING, PAID, SHIPPED }
