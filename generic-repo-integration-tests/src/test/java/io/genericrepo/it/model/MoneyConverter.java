package io.genericrepo.it.model;

import io.genericrepo.AttributeConverter;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores money as one string, {@code "EUR 12.50"}. */
public final class MoneyConverter implements AttributeConverter<Money> {

    @Override
    public AttributeValue write(Money value) {
        return AttributeValue.fromS(value.currency() + " " + value.amount().toPlainString());
    }

    @Override
    public Money read(AttributeValue value) {
        String[] parts = value.s().split(" ", 2);
        return new Money(parts[0], new BigDecimal(parts[1]));
    }
}
