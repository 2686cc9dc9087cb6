package io.genericrepo.benchmarks.mapping;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * generic-repo's stored form of an {@code Instant}: ISO-8601 in UTC with exactly nine fraction
 * digits, so that text order is time order (for keys and range conditions). The baselines write
 * Instants the same way, so that all of them produce identical items and do comparable work; as
 * an Enhanced Client converter it replaces the EC's default ({@code Instant.toString()}).
 */
public final class InstantText implements AttributeConverter<Instant> {

    /** The fixed-width formatter; reading accepts any ISO-8601 instant ({@link Instant#parse}). */
    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    /** For the Enhanced Client, which creates converters named in {@code @DynamoDbConvertedBy}. */
    public InstantText() {}

    @Override
    public AttributeValue transformFrom(Instant input) {
        return AttributeValue.fromS(FORMAT.format(input));
    }

    @Override
    public Instant transformTo(AttributeValue input) {
        return Instant.parse(input.s());
    }

    @Override
    public EnhancedType<Instant> type() {
        return EnhancedType.of(Instant.class);
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.S;
    }
}
