package io.genericrepo.processor.validate;

/**
 * The messages of single-table hierarchies (sealed {@code @Table} interfaces and their
 * {@code @Entity} records), kept apart from {@link Message} but in its form: a tag naming the
 * check, the rule, what was found, and the fix.
 */
public enum SingleTableMessage {
    NOT_SEALED("NotSealed", "@Table interface %s must be sealed so that its entities are known at compile time;"
            + " declare it as sealed interface %s permits ..."),
    NOT_A_RECORD("EntityNotRecord", "@Table interface %s permits %s, which is %s; every permitted type of a"
            + " single-table interface must be a record annotated with @Entity"),
    MISSING_ENTITY("MissingEntity", "record %s, permitted by @Table interface %s, has no @Entity; add"
            + " @Entity(partitionKey = \"...\", sortKey = \"...\")"),
    NOT_ACCESSIBLE("NotAccessible", "%s %s must be accessible from its package, where its code is generated, but"
            + " %s"),
    ENTITY_IN_TWO_TABLES("EntityInTwoTables", "@Entity record %s implements more than one @Table interface (%s);"
            + " an entity is stored in the one table of its sealed interface: keep one, or declare a record per table"),
    ENTITY_OF_OTHER_TABLE("EntityInTwoTables", "@Table interface %s permits @Entity record %s, which is stored in the"
            + " table of @Table interface %s already; an entity is stored in one table"),
    ENTITY_PACKAGE("EntityPackage", "@Entity record %s is in package %s, but @Table interface %s is in %s; declare"
            + " the entities of a single-table hierarchy in the interface's package, where their code is generated"),
    GENERATED_TYPE_EXISTS("GeneratedTypeClash", "@Table interface %s generates %s, but %s is already declared in"
            + " the sources; rename that type, or the interface or entity the name comes from"),
    GENERATED_TYPE_TWICE("GeneratedTypeClash", "@Table interface %s generates %s, which is also the %s of %s;"
            + " rename an interface, record or entity so that their generated names differ"),
    GENERIC_TABLE("GenericTable", "@Table interface %s must not be generic (found type parameters %s): its"
            + " repository loads and saves one type; remove the type parameters"),
    GENERIC_ENTITY("GenericEntity", "@Entity record %s must not be generic (found type parameters %s)"),
    ENTITY_WITH_TABLE("EntityWithTable", "@Entity record %s must not carry @Table as well: it is stored in the table"
            + " of its sealed interface %s; remove @Table"),
    ENTITY_WITHOUT_TABLE("EntityWithoutTable", "@Entity record %s is permitted by no sealed @Table interface;"
            + " %s"),
    ENTITY_NOT_RECORD("EntityNotRecord", "@Entity on %s %s: an entity must be a record, permitted by a sealed @Table"
            + " interface; declare it as a record or remove @Entity"),
    MISPLACED_HIERARCHY_ANNOTATION("MisplacedAnnotation", "@%s on %s %s has no effect: it describes a single-table"
            + " hierarchy and belongs on a sealed @Table interface; move it there or remove it"),
    BLANK_TAG("TagText", "@Entity(tag = \"%s\") of record %s is blank or starts or ends with whitespace; a type tag"
            + " is stored and compared as written, so give it visible text, such as \"%s\", or leave tag out for"
            + " the record's simple name"),
    DUPLICATE_TAG("DuplicateTag", "entities %s all have type tag \"%s\"; give each its own @Entity(tag = ...)"),
    KEY_ON_ENTITY("KeyOnEntity", "@%s on component %s of entity %s has no effect: an entity's keys are built from"
            + " the templates of @Entity; name the component in a template instead"),
    NO_KEY_COMPONENT("EntityWithoutKeyComponent", "entity %s names no component in its key templates"
            + " (partitionKey = \"%s\", sortKey = \"%s\"); add a placeholder such as {id} so that its items have"
            + " keys of their own"),
    KEY_COMPONENT_CONVERTER("ConverterOnKeyComponent", "key component %s of entity %s (%s) must not use"
            + " @Converter: a key template writes the component's own value; remove the converter or leave the"
            + " component out of the templates"),
    KEY_ATTRIBUTE_CLASH("KeyAttributeClash", "component %s of entity %s is stored as attribute \"%s\", which is"
            + " the %s of table %s, a string built from key templates; rename the component or store it under"
            + " another name with @Attribute(name = ...)"),
    LAYOUT_CLASH("LayoutClash", "@SingleTable uses attribute \"%s\" for both the %s and the %s; each key and the"
            + " type tag need an attribute of their own"),
    LAYOUT_NAME_LENGTH("LayoutName", "@SingleTable names the %s \"%s\", which is %d characters long; DynamoDB"
            + " allows at most 255 for a key attribute's name"),
    EMPTY_LAYOUT_NAME("LayoutName", "@SingleTable(%s = \"\") must name an attribute"),
    DUPLICATE_SHARED_INDEX("DuplicateSharedIndex", "@SingleTable declares shared index \"%s\" more than once;"
            + " a table's indexes need distinct names: rename or remove one"),
    UNKNOWN_SHARED_INDEX("UnknownSharedIndex", "@IndexKeys(index = \"%s\") of entity %s names no index of"
            + " @SingleTable(indexes = ...); the shared indexes are %s"),
    DUPLICATE_INDEX_KEYS("DuplicateIndexKeys", "entity %s gives @IndexKeys for index \"%s\" more than once; keep one"),
    SPARSE_WITHOUT_NULLABLE("SparseIndexKeys", "@IndexKeys(index = \"%s\", sparse = true) of entity %s names no"
            + " component that can be null apart from the table's keys (found %s), so every item would be indexed;"
            + " name a nullable component in a template or remove sparse"),
    MISSING_INDEX_SORT_TEMPLATE("IndexSortKeyTemplate", "@IndexKeys(index = \"%s\") of entity %s needs a sortKey"
            + " template: the index's sort key attribute is %s"),
    EXTRA_INDEX_SORT_TEMPLATE("IndexSortKeyTemplate", "@IndexKeys(index = \"%s\") of entity %s has a sortKey"
            + " template, but the index has no sort key; remove it or give the @SharedIndex a sortKey"),
    ROLE_ATTRIBUTE_MISMATCH("RoleAttributeMismatch", "entities of %s store @%s in different attributes (%s); use one"
            + " attribute name for all of them (@Attribute(name = ...)), as the table has one"),
    TTL_DAYS_WITHOUT_TTL("TtlDaysWithoutTtl", "@Table(ttlDays = %d) needs an entity with a @Ttl component to hold"
            + " the expiry time"),
    COLLECTION_NAME("CollectionName", "@ItemCollection(name = \"%s\") is not a valid Java type name"),
    COLLECTION_NOT_ENTITY("CollectionMember", "@ItemCollection(name = \"%s\") names %s, which is not an entity of %s"),
    COLLECTION_PARTITION("CollectionPartition", "@ItemCollection(name = \"%s\"): member %s has partition key template"
            + " \"%s\", but partition entity %s has \"%s\"; an item collection is read from one partition, so its"
            + " members must share the template (its literal text and number of components)"),
    COLLECTION_PARTITION_MANY("CollectionPartitionEntity", "@ItemCollection(name = \"%s\"): partition entity %s has"
            + " sort key template \"%s\", so a partition can hold many of its items, but the collection holds one;"
            + " choose an entity with a constant sort key (such as \"PROFILE\") or list %2$s among the members"),
    COLLECTION_PARTITION_AS_MEMBER("CollectionMember", "@ItemCollection(name = \"%s\") lists its partition entity %s"
            + " among its members as well; remove it from members"),
    COLLECTION_MEMBER_TWICE("CollectionMember", "@ItemCollection(name = \"%s\") lists member %s more than once;"
            + " keep one"),
    COLLECTION_NAME_CLASH("CollectionNameClash", "@ItemCollection(name = \"%s\") would generate the record %s, but"
            + " that name is taken by %s; choose another name");

    private final String tag;
    private final String format;

    SingleTableMessage(String tag, String format) {
        this.tag = tag;
        this.format = format;
    }

    /** @return the tag, such as {@code DuplicateTag} */
    public String tag() {
        return tag;
    }

    /**
     * @param args the values for the format
     * @return {@code [Tag] text}
     */
    public String format(Object... args) {
        return Message.tagged(tag, format, args);
    }
}
