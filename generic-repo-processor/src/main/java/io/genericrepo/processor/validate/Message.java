package io.genericrepo.processor.validate;

import java.util.Locale;

/**
 * Every message the processor reports, in one place. Each states the rule, what was found, and
 * the fix, and starts with a tag that names the check: {@code [DuplicatePartitionKey] ...}.
 */
public enum Message {
    NOT_A_RECORD("NotARecord", "@Table must stand on a record, but %s is %s; declare it as a record"),
    GENERIC_RECORD("GenericRecord", "@Table record %s must not be generic (found type parameters %s); store a concrete record"),
    NOT_ACCESSIBLE("NotAccessible", "@Table record %s must be accessible from its package, but %s is private;"
            + " make it package-private or public"),
    MISSING_PARTITION_KEY("MissingPartitionKey", "@Table record %s has no @PartitionKey; mark the component that is the"
            + " table's partition key"),
    DUPLICATE_PARTITION_KEY("DuplicatePartitionKey", "@Table record %s has more than one @PartitionKey (%s); use"
            + " @SortKey for the second"),
    DUPLICATE_SORT_KEY("DuplicateSortKey", "@Table record %s has more than one @SortKey (%s); a table has at most one"
            + " sort key"),
    KEY_ON_BOTH("PartitionAndSortKey", "component %s is marked both @PartitionKey and @SortKey; a key component is"
            + " one or the other"),
    KEY_TYPE("KeyType", "key component %s has type %s, which DynamoDB cannot use as a key; a key must be stored as"
            + " S, N or B: String, a number type, byte[], UUID, Instant, LocalDate or an enum"),
    KEY_CONVERTER("ConverterOnKey", "key component %s must not use @Converter; the key type must be known at compile"
            + " time: use String, a number type, byte[], UUID, Instant, LocalDate or an enum"),
    TTL_TYPE("TtlType", "@Ttl component %s must be Instant, long or Long, found %s"),
    DUPLICATE_TTL("DuplicateTtl", "@Table record %s has more than one @Ttl (%s); keep one"),
    TTL_ON_KEY("TtlOnKey", "@Ttl component %s is a key; an item's expiry time cannot be part of its key"),
    TTL_DAYS_NEGATIVE("TtlDays", "@Table(ttlDays = %d) must not be negative; use 0 for items that do not expire"),
    TTL_DAYS_WITHOUT_TTL("TtlDaysWithoutTtl", "@Table(ttlDays = %d) needs a component marked @Ttl to hold the expiry"
            + " time; add one such as @Ttl Instant expiresAt"),
    TABLE_NAME("TableName", "@Table(name = \"%s\") is not a valid DynamoDB table name: 3-255 characters of"
            + " [a-zA-Z0-9_.-]"),
    INDEX_NAME("IndexName", "index name \"%s\" is not a valid DynamoDB index name: 3-255 characters of"
            + " [a-zA-Z0-9_.-]"),
    DUPLICATE_INDEX_PARTITION_KEY("DuplicateIndexPartitionKey", "index \"%s\" has more than one @IndexPartitionKey"
            + " (%s); an index has exactly one partition key"),
    DUPLICATE_INDEX_SORT_KEY("DuplicateIndexSortKey", "index \"%s\" has more than one @IndexSortKey (%s); an index"
            + " has at most one sort key"),
    INDEX_KEY_TYPE("IndexKeyType", "index key component %s has type %s, which DynamoDB cannot use as an index key;"
            + " it must be stored as S, N or B: String, a number type, byte[], UUID, Instant, LocalDate or an enum"),
    INDEX_KEY_TWICE("IndexKeyTwice", "component %s is both partition and sort key of index \"%s\"; use two"
            + " components"),
    LOCAL_INDEX_WITHOUT_SORT_KEY("LocalIndexWithoutSortKey", "index \"%s\" has an @IndexSortKey but no"
            + " @IndexPartitionKey, which makes it a local index, and local indexes need a table with a @SortKey;"
            + " add a @SortKey, or mark the index's partition key with @IndexPartitionKey(\"%s\")"),
    DUPLICATE_ATTRIBUTE("DuplicateAttributeName", "components %s of %s are all stored as attribute \"%s\"; give"
            + " each its own name with @Attribute(name = ...)"),
    EMPTY_ATTRIBUTE_NAME("AttributeName", "@Attribute(name = \"\") must not be empty; leave @Attribute out to use the"
            + " component's name"),
    ATTRIBUTE_NAME_SURROGATE("AttributeName", "@Attribute(name = ...) of component %s holds an unpaired surrogate"
            + " (%s), which is not Unicode text and cannot be stored as a DynamoDB name; write the whole character"),
    KEY_ATTRIBUTE_NAME_LENGTH("AttributeName", "component %s is a key of the table or of an index, stored as"
            + " attribute \"%s\", which is %d characters long; DynamoDB allows at most 255 for a key attribute's name:"
            + " give it a shorter one with @Attribute(name = ...)"),
    UNSUPPORTED_TYPE("UnsupportedType", "component %s has type %s, which generic-repo cannot store: %s"),
    RECURSIVE_RECORD("RecursiveRecord", "component %s has type %s, which contains itself; a nested record cannot be"
            + " stored recursively"),
    VERSION_TYPE("VersionType", "@Version component %s must be int, Integer, long or Long, found %s"),
    DUPLICATE_VERSION("DuplicateVersion", "@Table record %s has more than one @Version (%s); keep one"),
    VERSION_ON_KEY("VersionOnKey", "@Version component %s is a key; a version cannot be part of the key"),
    CONVERTER_CLASS("ConverterClass", "@Converter(%s.class) on component %s %s"),
    MISSING_TABLE("MissingTable", "@%s on component %s of %s has no effect: %s is not annotated with @Table%s"),
    RESERVED_COMPONENT_NAME("ComponentNameClash", "component %s of %s would be %s.%s, which the metamodel uses for %s;"
            + " rename the component (@Attribute(name = \"%s\") keeps the stored name)"),
    COMPONENT_HIDES_TYPE("ComponentNameClash", "component %s of %s would hide type %s, which the generated %s names;"
            + " rename the component (@Attribute(name = \"%s\") keeps the stored name)"),
    INDEX_CONSTANT_CLASH("IndexConstantClash", "indexes \"%s\" and \"%s\" would both be %s.%s; rename one of them"),
    INDEX_CONSTANT_RESERVED("IndexConstantClash", "index \"%s\" would be %s.%s, which the metamodel uses for %s;"
            + " rename the index"),
    GENERATED_TYPE_EXISTS("GeneratedTypeClash", "@Table record %s generates its %s %s, but %s is already declared in"
            + " the sources; rename that type or the record"),
    GENERATED_TYPE_TWICE("GeneratedTypeClash", "@Table record %s generates its %s %s, which is also the %s of %s;"
            + " rename one of them"),
    UNPAIRED_SURROGATE("InvalidText", "%s has annotation text holding an unpaired surrogate (%s), which is not"
            + " Unicode text and cannot be stored in DynamoDB; %s is not generated: write the whole character"),
    GENERATED_TYPE_NOT_WRITTEN("GeneratedTypeClash", "@Table record %s could not generate %s: %s; a type of that name"
            + " exists already, perhaps generated by another processor: rename it or the record");

    private final String tag;
    private final String format;

    Message(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** @return the tag, such as {@code DuplicatePartitionKey} */
    public String tag() {
        return tag;
    }

    /**
     * @param args the values for the format
     * @return {@code [Tag] text}
     */
    public String format(Object... args) {
        return tagged(tag, format, args);
    }

    /**
     * The one shape of every processor message, shared by {@link SingleTableMessage} and
     * {@link TemplateMessage}.
     *
     * @param tag the message's tag
     * @param format its format
     * @param args the values for the format
     * @return {@code [Tag] text}
     */
    static String tagged(String tag, String format, Object... args) {
        return "[" + tag + "] " + String.format(Locale.ROOT, format, args);
    }
}
