package io.genericrepo.it.model;

/** An order's state. */
public enum OrderStatus {
    PENDING, PAID, SHIPPED
}
