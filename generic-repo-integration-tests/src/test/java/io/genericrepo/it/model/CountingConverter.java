package io.genericrepo.it.model;

import io.genericrepo.AttributeConverter;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link MoneyConverter}, counting its writes: one per {@link Tally} converted to an item. */
public final class CountingConverter implements AttributeConverter<Money> {

    /** Writes so far, by every instance; only {@code BatchConversionTest} uses {@link Tally}. */
    public static final AtomicInteger WRITES = new AtomicInteger();

    private final MoneyConverter money = new MoneyConverter();

    @Override
    public AttributeValue write(Money value) {
        WRITES.incrementAndGet();
        return money.write(value);
    }

    @Override
    public Money read(AttributeValue value) {
        return money.read(value);
    }
}
