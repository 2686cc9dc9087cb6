package io.genericrepo.it.model;

import java.math.BigDecimal;

/** A type with no built-in mapping, stored through {@link MoneyConverter}. */
public record Money(String currency, BigDecimal amount) {}
