package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.genericrepo.processor.RecordCompilation.assertThatSource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per compile-time check of single-table hierarchies, each asserting the message and
 * the line it is reported on. The sources declare a sealed {@code @Table} interface {@code Thing}
 * and its entity records in one file.
 */
class SingleTableChecksTest {

    private static RecordCompilation hierarchy(String... lines) {
        return assertThatSource(String.join("\n", lines) + "\n");
    }

    @Test
    void aValidHierarchyCompilesWithoutWarnings() {
        assertThatSource(String.join("\n",
                "@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"by-name\", partitionKey = \"gsi1pk\", sortKey = \"gsi1sk\"))",
                "@ItemCollection(name = \"AWithBs\", partition = A.class, members = B.class)",
                "public sealed interface Thing permits A, B {}"),
                JavaFileObjects.forSourceString("test.A", RecordCompilation.HEADER + String.join("\n",
                        "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\",",
                        "        indexKeys = @IndexKeys(index = \"by-name\", partitionKey = \"N#{name}\", sortKey = \"A\"))",
                        "public record A(String id, String name, @Version long version) implements Thing {}")),
                JavaFileObjects.forSourceString("test.B", RecordCompilation.HEADER + String.join("\n",
                        "@Entity(tag = \"b\", partitionKey = \"P#{owner}\", sortKey = \"B#{at}#{n}\")",
                        "public record B(String owner, Instant at, int n, @Ttl Instant expiresAt) implements Thing {}")))
                .compilesWithoutWarnings();
    }

    @Test
    void theInterfaceMustBeSealed() {
        hierarchy("@Table(name = \"things\")",
                "interface Thing {}")
                .hasError("[NotSealed] @Table interface Thing must be sealed so that its entities are known at compile"
                        + " time; declare it as sealed interface Thing permits ...")
                .onLineContaining("@Table(name");
    }

    @Test
    void everyPermittedTypeMustBeARecord() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A, C {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "final class C implements Thing {}")
                .hasError("[EntityNotRecord] @Table interface Thing permits C, which is a class; every permitted type"
                        + " of a single-table interface must be a record annotated with @Entity")
                .onLineContaining("final class C");
    }

    @Test
    void theInterfaceMustBeAccessible() {
        hierarchy("public class Thing {",
                "    @Table(name = \"things\")",
                "    private sealed interface Item permits A {}",
                "    @Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Item {}",
                "}")
                .hasError("[NotAccessible] @Table interface Item must be accessible from its package, where its code"
                        + " is generated, but the interface is private; make it package-private or public")
                .onLineContaining("private sealed interface Item");
    }

    @Test
    void everyEntityMustBeAccessible() {
        hierarchy("public class Thing {",
                "    @Table(name = \"things\")",
                "    sealed interface Item permits A {}",
                "    @Entity(partitionKey = \"A#{id}\", sortKey = \"A\") private record A(String id) implements Item {}",
                "}")
                .hasError("[NotAccessible] @Entity record A must be accessible from its package, where its code is"
                        + " generated, but the record is private; make it package-private or public")
                .onLineContaining("private record A");
    }

    @Test
    void everyEntityIsInThePackageOfTheInterface() {
        JavaFileObject entity = JavaFileObjects.forSourceLines("test.a.A",
                "package test.a;",
                "import io.genericrepo.annotations.*;",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "public record A(String id) implements test.Thing {}");
        Compilation compilation = assertThatSource(String.join("\n",
                "@Table(name = \"things\")",
                "public sealed interface Thing permits test.a.A {}"), entity).compilation();
        assertThat(compilation).hadErrorContaining("[EntityPackage] @Entity record A is in package test.a, but @Table"
                + " interface Thing is in test; declare the entities of a single-table hierarchy in the interface's"
                + " package, where their code is generated").inFile(entity).onLineContaining("public record A");
        assertThat(compilation).hadErrorCount(1); // nothing generated, so no error inside generated code
    }

    @Test
    void anEntityNamedLikeAGeneratedTypeIsReportedOnTheInterface() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits ThingSchema, A {}",
                "@Entity(partitionKey = \"S#{id}\", sortKey = \"S\") record ThingSchema(String id) implements Thing {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[GeneratedTypeClash] @Table interface Thing generates test.ThingSchema, but test.ThingSchema"
                        + " is already declared in the sources; rename that type, or the interface or entity the name"
                        + " comes from")
                .onLineContaining("sealed interface Thing");
    }

    @Test
    void anEntityViewAndARecordsRepositoryDoNotShareAName() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Table(name = \"asyncs\") record AAsync(@PartitionKey String id) {}")
                .hasError("[GeneratedTypeClash] @Table record AAsync generates its repository test.AAsyncRepository,"
                        + " which is also the generated type of @Table interface Thing; rename one of them")
                .onLineContaining("record AAsync(");
    }

    @Test
    void layoutKeyNamesHaveAtMost255Characters() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(partitionKey = \"" + "p".repeat(256) + "\", typeAttribute = \"" + "t".repeat(300) + "\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[LayoutName] @SingleTable names the partition key \"" + "p".repeat(40) + "...\", which is 256"
                        + " characters long; DynamoDB allows at most 255 for a key attribute's name")
                .onLineContaining("@SingleTable(");
    }

    @Test
    void annotationTextMustBeUnicodeText() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(tag = \"a\\uDC00\", partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[InvalidText] Thing has annotation text holding an unpaired surrogate (\\uDC00), which is not"
                        + " Unicode text and cannot be stored in DynamoDB; test.ASchema is not generated: write the"
                        + " whole character")
                .onLineContaining("sealed interface Thing");
    }

    @Test
    void anEntityBelongsToOneTable() {
        hierarchy("public class Thing {",
                "    @Table(name = \"things\") sealed interface One permits A {}",
                "    @Table(name = \"others\") sealed interface Two permits A {}",
                "    @Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements One, Two {}",
                "}")
                .hasErrorCount(2)
                .hasError("[EntityInTwoTables] @Entity record A implements more than one @Table interface (One, Two);"
                        + " an entity is stored in the one table of its sealed interface: keep one, or declare a record"
                        + " per table")
                .onLineContaining("record A(");
        hierarchy("public class Thing {",
                "    @Table(name = \"things\") sealed interface One permits A {}",
                "    @Table(name = \"others\") sealed interface Two permits A {}",
                "    @Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements One, Two {}",
                "}")
                .hasError("[EntityInTwoTables] @Table interface Two permits @Entity record A, which is stored in the"
                        + " table of @Table interface One already; an entity is stored in one table")
                .onLineContaining("interface Two");
    }

    @Test
    void everyPermittedRecordNeedsEntity() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "record B(String id) implements Thing {}")
                .hasError("[MissingEntity] record B, permitted by @Table interface Thing, has no @Entity; add"
                        + " @Entity(partitionKey = \"...\", sortKey = \"...\")")
                .onLineContaining("record B(");
    }

    @Test
    void tagsAreUnique() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A, B {}",
                "@Entity(tag = \"x\", partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(tag = \"x\", partitionKey = \"B#{id}\", sortKey = \"B\") record B(String id) implements Thing {}")
                .hasError("[DuplicateTag] entities A, B all have type tag \"x\"; give each its own @Entity(tag = ...)")
                .onLineContaining("record B(");
    }

    @Test
    void keysComeFromTemplatesNotKeyAnnotations() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(@PartitionKey String id) implements Thing {}")
                .hasError("[KeyOnEntity] @PartitionKey on component id of entity A has no effect: an entity's keys are"
                        + " built from the templates of @Entity; name the component in a template instead")
                .onLineContaining("record A(");
    }

    @Test
    void aTemplateNamesOnlyExistingComponents() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A#{nmae}\")",
                "record A(String id, String name) implements Thing {}")
                .hasError("[KeyTemplateComponent] key template \"A#{nmae}\" of A's sk names {nmae}, which is not a"
                        + " component of A; the components are id, name")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void twoEntitiesCannotWriteTheSameKey() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"ORDER#{orderId}\")",
                "record A(String id, String orderId) implements Thing {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"ORDER#{placedAt}#{orderId}\")",
                "record B(String id, Instant placedAt, String orderId) implements Thing {}")
                .hasError("[KeyTemplateOverlap] entities A and B can write the same key")
                .onLineContaining("sortKey = \"ORDER#{placedAt}");
    }

    @Test
    void aKeyComponentTakesNoConverter() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(@Converter(Up.class) String id) implements Thing {}",
                "final class Up implements io.genericrepo.AttributeConverter<String> {",
                "    public io.genericrepo.AttributeConverter<String> self() { return this; }",
                "    @Override public software.amazon.awssdk.services.dynamodb.model.AttributeValue write(String v) {",
                "        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(v.toUpperCase()); }",
                "    @Override public String read(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {",
                "        return v.s(); }",
                "}")
                .hasError("[ConverterOnKeyComponent] key component id of entity A (java.lang.String) must not use"
                        + " @Converter: a key template writes the component's own value; remove the converter or leave"
                        + " the component out of the templates")
                .onLineContaining("record A(");
    }

    @Test
    void anEntityNeedsAKeyComponent() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"CONFIG\", sortKey = \"A\")",
                "record A(String value) implements Thing {}")
                .hasError("[EntityWithoutKeyComponent] entity A names no component in its key templates"
                        + " (partitionKey = \"CONFIG\", sortKey = \"A\"); add a placeholder such as {id} so that its"
                        + " items have keys of their own")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void aKeyComponentNeedsAKeyEncoding() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A#{amount}\")",
                "record A(String id, BigDecimal amount) implements Thing {}")
                .hasError("[KeyTemplateType] key template \"A#{amount}\" of A's sk names {amount} of type"
                        + " java.math.BigDecimal, which has no key encoding")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void entitiesAgreeOnThePhysicalKeyAttributes() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(String id, int sk) implements Thing {}")
                .hasError("[KeyAttributeClash] component sk of entity A is stored as attribute \"sk\", which is the sort"
                        + " key of table Thing, a string built from key templates; rename the component or store it"
                        + " under another name with @Attribute(name = ...)")
                .onLineContaining("record A(");
    }

    @Test
    void aSharedIndexKeepsStringKeysWhoeverUsesIt() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"))",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\",",
                "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"N#{id}\"))",
                "record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"B#{id}\", sortKey = \"B\")",
                "record B(String id, @Attribute(name = \"gsi1pk\") long number) implements Thing {}")
                .hasError("[KeyAttributeClash] component number of entity B is stored as attribute \"gsi1pk\", which is"
                        + " the partition key of index gsi1 of table Thing")
                .onLineContaining("record B(");
    }

    @Test
    void layoutAttributesAreDistinct() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(sortKey = \"pk\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[LayoutClash] @SingleTable uses attribute \"pk\" for both the partition key and the sort key;"
                        + " each key and the type tag need an attribute of their own")
                .onLineContaining("@SingleTable(");
    }

    @Test
    void indexKeysNameASharedIndex() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"))",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\",",
                "        indexKeys = @IndexKeys(index = \"gsi2\", partitionKey = \"N#{id}\"))",
                "record A(String id) implements Thing {}")
                .hasError("[UnknownSharedIndex] @IndexKeys(index = \"gsi2\") of entity A names no index of"
                        + " @SingleTable(indexes = ...); the shared indexes are [gsi1]")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void anIndexWithASortKeyNeedsItsTemplate() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\", sortKey = \"gsi1sk\"))",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\",",
                "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"N#{id}\"))",
                "record A(String id) implements Thing {}")
                .hasError("[IndexSortKeyTemplate] @IndexKeys(index = \"gsi1\") of entity A needs a sortKey template:"
                        + " the index's sort key attribute is gsi1sk")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void anIndexWithoutSortKeyTakesNoSortTemplate() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"))",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\",",
                "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"N#{id}\", sortKey = \"A\"))",
                "record A(String id) implements Thing {}")
                .hasError("[IndexSortKeyTemplate] @IndexKeys(index = \"gsi1\") of entity A has a sortKey template, but"
                        + " the index has no sort key; remove it or give the @SharedIndex a sortKey")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void anEntityFillsAnIndexOnce() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"))",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\", indexKeys = {",
                "        @IndexKeys(index = \"gsi1\", partitionKey = \"N#{id}\"),",
                "        @IndexKeys(index = \"gsi1\", partitionKey = \"M#{id}\")})",
                "record A(String id) implements Thing {}")
                .hasError("[DuplicateIndexKeys] entity A gives @IndexKeys for index \"gsi1\" more than once; keep one")
                .onLineContaining("@Entity(partitionKey");
    }

    @Test
    void layoutAttributesHaveNames() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(typeAttribute = \"\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[LayoutName] @SingleTable(typeAttribute = \"\") must name an attribute")
                .onLineContaining("@SingleTable(");
    }

    @Test
    void anEntityIsNotAlsoATable() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Table(name = \"others\")",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(@PartitionKey String id) implements Thing {}")
                .hasError("[EntityWithTable] @Entity record A must not carry @Table as well: it is stored in the table of"
                        + " its sealed interface Thing; remove @Table")
                .onLineContaining("@Table(name = \"others\")");
    }

    @Test
    void anEntityIsNotGeneric() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A<V>(String id, V value) implements Thing {}")
                .hasError("[GenericEntity] @Entity record A must not be generic (found type parameters V)")
                .onLineContaining("record A<V>");
    }

    @Test
    void entitiesAgreeOnTheVersionAttribute() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id, @Version long version)"
                        + " implements Thing {}",
                "@Entity(partitionKey = \"B#{id}\", sortKey = \"B\") record B(String id, @Version long revision)"
                        + " implements Thing {}")
                .hasError("[RoleAttributeMismatch] entities of Thing store @Version in different attributes"
                        + " ({version=[A.version], revision=[B.revision]}); use one attribute name for all of them"
                        + " (@Attribute(name = ...)), as the table has one")
                .onLineContaining("@Table(name");
    }

    @Test
    void ttlDaysNeedsAnEntityWithTtl() {
        hierarchy("@Table(name = \"things\", ttlDays = 3)",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[TtlDaysWithoutTtl] @Table(ttlDays = 3) needs an entity with a @Ttl component to hold the"
                        + " expiry time")
                .onLineContaining("@Table(name");
    }

    @Test
    void aCollectionNamesEntitiesOfTheHierarchy() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"AWithStrings\", partition = A.class, members = String.class)",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[CollectionMember] @ItemCollection(name = \"AWithStrings\") names String, which is not an"
                        + " entity of Thing")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionIsOnePartition() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"AWithBs\", partition = A.class, members = B.class)",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"B#{id}\", sortKey = \"B\") record B(String id) implements Thing {}")
                .hasError("[CollectionPartition] @ItemCollection(name = \"AWithBs\"): member B has partition key"
                        + " template \"B#{id}\", but partition entity A has \"A#{id}\"; an item collection is read from"
                        + " one partition, so its members must share the template (its literal text and number of"
                        + " components)")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionNameIsAJavaTypeName() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"with space\", partition = A.class)",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasError("[CollectionName] @ItemCollection(name = \"with space\") is not a valid Java type name")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void anEntityBelongsToASealedTable() {
        hierarchy("@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record Thing(String id) {}")
                .hasError("[EntityWithoutTable] @Entity record Thing is permitted by no sealed @Table interface;"
                        + " implement one that permits it, such as @Table(name = \"...\") sealed interface Items permits"
                        + " Thing")
                .onLineContaining("record Thing(");
    }

    @Test
    void componentsOnlyParsedFromTheKeysHaveNoPaths() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\", storeKeyComponents = false)",
                "record A(String id, String name) implements Thing {}",
                "final class Use {",
                "    Object stored = A_.name;",
                "    Object parsed = A_.id;",
                "}")
                .hasError("cannot find symbol")
                .onLineContaining("Object parsed = A_.id;");
    }

    @Test
    void theInterfaceIsNotGeneric() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing<X> permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing<String> {}")
                .hasErrorCount(1)
                .hasError("[GenericTable] @Table interface Thing must not be generic (found type parameters X): its"
                        + " repository loads and saves one type; remove the type parameters")
                .onLineContaining("@Table(name");
    }

    @Test
    void aCollectionsPartitionEntityHasOneItemPerPartition() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"BsWithAs\", partition = B.class, members = A.class)",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"B#{n}\") record B(String id, int n) implements Thing {}")
                .hasError("[CollectionPartitionEntity] @ItemCollection(name = \"BsWithAs\"): partition entity B has"
                        + " sort key template \"B#{n}\", so a partition can hold many of its items, but the collection"
                        + " holds one; choose an entity with a constant sort key (such as \"PROFILE\") or list B among"
                        + " the members")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionsPartitionEntityIsNotAMember() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"AWithBs\", partition = A.class, members = {A.class, B.class})",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"B#{n}\") record B(String id, int n) implements Thing {}")
                .hasError("[CollectionMember] @ItemCollection(name = \"AWithBs\") lists its partition entity A among"
                        + " its members as well; remove it from members")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionListsEachMemberOnce() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"AWithBs\", partition = A.class, members = {B.class, B.class})",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"B#{n}\") record B(String id, int n) implements Thing {}")
                .hasError("[CollectionMember] @ItemCollection(name = \"AWithBs\") lists member B more than once;"
                        + " keep one")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionIsNotNamedLikeAnEntity() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"A\", partition = A.class)",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[CollectionNameClash] @ItemCollection(name = \"A\") would generate the record test.A, but"
                        + " that name is taken by a type that exists already; choose another name")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void aCollectionIsNotNamedLikeAGeneratedType() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"ThingRepository\", partition = A.class)",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[CollectionNameClash] @ItemCollection(name = \"ThingRepository\") would generate the record"
                        + " test.ThingRepository, but that name is taken by the repository generated for Thing; choose"
                        + " another name")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void twoCollectionsHaveTwoNames() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"Both\", partition = A.class)",
                "@ItemCollection(name = \"Both\", partition = A.class, members = B.class)",
                "sealed interface Thing permits A, B {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"B#{n}\") record B(String id, int n) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[CollectionNameClash] @ItemCollection(name = \"Both\") would generate the record test.Both,"
                        + " but that name is taken by the record of another @ItemCollection of Thing; choose another"
                        + " name")
                .onLineContaining("sealed interface Thing"); // javac has no position for a repeated annotation
    }

    @Test
    void sharedIndexNamesAreDistinct() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = {@SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"),",
                "        @SharedIndex(name = \"gsi1\", partitionKey = \"gsi2pk\")})",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\") record A(String id) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[DuplicateSharedIndex] @SingleTable declares shared index \"gsi1\" more than once; a table's"
                        + " indexes need distinct names: rename or remove one")
                .onLineContaining("gsi2pk");
    }

    @Test
    void singleTableBelongsOnTheInterface() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(typeAttribute = \"kind\")",
                "record Thing(@PartitionKey String id) {}")
                .hasError("[MisplacedAnnotation] @SingleTable on @Table record Thing has no effect: it describes a"
                        + " single-table hierarchy and belongs on a sealed @Table interface; move it there or remove it")
                .onLineContaining("@SingleTable(");
    }

    @Test
    void itemCollectionBelongsOnTheInterface() {
        hierarchy("@Table(name = \"things\")",
                "@ItemCollection(name = \"Things\", partition = Thing.class)",
                "record Thing(@PartitionKey String id) {}")
                .hasError("[MisplacedAnnotation] @ItemCollection on @Table record Thing has no effect: it describes a"
                        + " single-table hierarchy and belongs on a sealed @Table interface; move it there or remove it")
                .onLineContaining("@ItemCollection(");
    }

    @Test
    void repeatedItemCollectionsBelongOnTheInterface() {
        hierarchy("@ItemCollection(name = \"Things\", partition = Thing.class)",
                "@ItemCollection(name = \"MoreThings\", partition = Thing.class)",
                "interface Thing {}")
                .hasErrorCount(1)
                .hasError("[MisplacedAnnotation] @ItemCollection on interface Thing has no effect")
                .onLineContaining("interface Thing");
    }

    @Test
    void anEntitysOwnInterfaceIsNamedInTheFix() {
        hierarchy("interface Things {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(String id) implements Things {}")
                .hasError("[EntityWithoutTable] @Entity record A is permitted by no sealed @Table interface; declare its"
                        + " interface as @Table(name = \"...\") sealed interface Things permits A")
                .onLineContaining("record A(");
    }

    @Test
    void anUnsealedInterfaceIsReportedOnceNotOnItsEntities() {
        hierarchy("@Table(name = \"things\")",
                "interface Thing {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\") record A(String id) implements Thing {}",
                "@Entity(partitionKey = \"B#{id}\", sortKey = \"B\") record B(String id) implements Thing {}")
                .hasErrorCount(1)
                .hasError("[NotSealed] @Table interface Thing must be sealed")
                .onLineContaining("@Table(name");
    }

    @Test
    void anEntityIsARecord() {
        hierarchy("@Entity(partitionKey = \"A#{id}\", sortKey = \"A\")",
                "interface Thing {}")
                .hasErrorCount(1)
                .hasError("[EntityNotRecord] @Entity on interface Thing: an entity must be a record, permitted by a"
                        + " sealed @Table interface; declare it as a record or remove @Entity")
                .onLineContaining("interface Thing");
    }

    @Test
    void aTagIsNotBlank() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(tag = \" \", partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(String id) implements Thing {}")
                .hasError("[TagText] @Entity(tag = \" \") of record A is blank or starts or ends with whitespace; a type"
                        + " tag is stored and compared as written, so give it visible text, such as \"A\", or leave tag"
                        + " out for the record's simple name")
                .onLineContaining("@Entity(tag");
    }

    @Test
    void aTagHasNoSurroundingWhitespace() {
        hierarchy("@Table(name = \"things\")",
                "sealed interface Thing permits A {}",
                "@Entity(tag = \"order \", partitionKey = \"A#{id}\", sortKey = \"A\")",
                "record A(String id) implements Thing {}")
                .hasError("[TagText] @Entity(tag = \"order \") of record A is blank or starts or ends with whitespace;"
                        + " a type tag is stored and compared as written, so give it visible text, such as \"order\"")
                .onLineContaining("@Entity(tag");
    }

    @Test
    void aSparseIndexNamesANullableComponent() {
        hierarchy("@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"gsi1\", partitionKey = \"gsi1pk\"))",
                "sealed interface Thing permits A {}",
                "@Entity(partitionKey = \"A#{id}\", sortKey = \"A\",",
                "        indexKeys = @IndexKeys(index = \"gsi1\", partitionKey = \"N#{id}#{n}\", sparse = true))",
                "record A(String id, int n) implements Thing {}")
                .hasError("[SparseIndexKeys] @IndexKeys(index = \"gsi1\", sparse = true) of entity A names no component"
                        + " that can be null apart from the table's keys (found [id, n]), so every item would be indexed;"
                        + " name a nullable component in a template or remove sparse")
                .onLineContaining("@Entity(partitionKey");
    }
}
