package io.genericrepo.processor.model;

/**
 * The built-in scalar mappings: the runtime converter constant each uses, the DynamoDB type it is
 * stored as, and the metamodel path it gets.
 */
public enum ScalarKind {
    STRING("STRING", "S", PathKind.STRING),
    BOOLEAN("BOOLEAN", "BOOL", PathKind.BOOLEAN),
    INTEGER("INTEGER", "N", PathKind.NUMBER),
    LONG("LONG", "N", PathKind.NUMBER),
    SHORT("SHORT", "N", PathKind.NUMBER),
    BYTE("BYTE", "N", PathKind.NUMBER),
    FLOAT("FLOAT", "N", PathKind.NUMBER),
    DOUBLE("DOUBLE", "N", PathKind.NUMBER),
    BIG_DECIMAL("BIG_DECIMAL", "N", PathKind.NUMBER),
    BIG_INTEGER("BIG_INTEGER", "N", PathKind.NUMBER),
    BYTES("BYTES", "B", PathKind.BINARY),
    UUID("UUID_STRING", "S", PathKind.COMPARABLE),
    INSTANT("INSTANT", "S", PathKind.COMPARABLE),
    LOCAL_DATE("LOCAL_DATE", "S", PathKind.COMPARABLE),
    /** An {@code @Ttl Instant}: epoch seconds. */
    EPOCH_SECONDS("EPOCH_SECONDS", "N", PathKind.COMPARABLE);

    private final String converterConstant;
    private final String dynamoType;
    private final PathKind pathKind;

    ScalarKind(String converterConstant, String dynamoType, PathKind pathKind) {
        this.converterConstant = converterConstant;
        this.dynamoType = dynamoType;
        this.pathKind = pathKind;
    }

    /**
     * @return the field of {@code io.genericrepo.internal.mapping.Converters} if {@link #common()},
     *     else of {@code MoreConverters}
     */
    public String converterConstant() {
        return converterConstant;
    }

    /**
     * @return whether the converter is in {@code Converters} (the common types) rather than
     *     {@code MoreConverters}, which a schema loads only if its record uses one of them
     */
    public boolean common() {
        return switch (this) {
            case STRING, BOOLEAN, INTEGER, LONG, DOUBLE, BIG_DECIMAL, INSTANT -> true;
            default -> false;
        };
    }

    /** @return S, N, B or BOOL */
    public String dynamoType() {
        return dynamoType;
    }

    /** @return the metamodel path kind */
    public PathKind pathKind() {
        return pathKind;
    }

    /** The metamodel path classes of scalars. */
    public enum PathKind {
        STRING, BOOLEAN, NUMBER, BINARY, COMPARABLE
    }
}
