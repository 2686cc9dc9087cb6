package io.genericrepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.genericrepo.processor.RecordCompilation.assertThatRecord;
import static io.genericrepo.processor.RecordCompilation.assertThatSource;
import static io.genericrepo.processor.RecordCompilation.assertThatTable;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per compile-time check of DESIGN.md: the tagged message, on the right line. */
class CompileTimeChecksTest {

    @Nested
    class TheRecord {

        @Test
        void mustBeARecord() {
            assertThatSource("@Table(name = \"things\")\npublic class Thing {}\n")
                    .hasError("[NotARecord] @Table must stand on a record, but Thing is a class")
                    .onLineContaining("@Table(name");
        }

        @Test
        void mustNotBeGeneric() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing<T>(@PartitionKey String id) {}\n")
                    .hasError("[GenericRecord] @Table record Thing must not be generic (found type parameters T)")
                    .onLineContaining("public record Thing<T>");
        }

        @Test
        void mustBeAccessible() {
            assertThatSource("public class Thing {\n    @Table(name = \"things\")\n"
                    + "    private record Inner(@PartitionKey String id) {}\n}\n")
                    .hasError("[NotAccessible] @Table record Inner must be accessible from its package, but Inner is private")
                    .onLineContaining("private record Inner");
        }

        @Test
        void keyAnnotationsOutsideATableAreReported() {
            assertThatSource("public record Thing(@PartitionKey String id) {}\n")
                    .hasError("[MissingTable] @PartitionKey on component id of Thing has no effect")
                    .onLineContaining("@PartitionKey String id");
        }

        @Test
        void everyProblemIsReportedNotOnlyTheFirst() {
            assertThatTable("@Table(name = \"x\", ttlDays = -1)",
                    "String id",
                    "@Version String version",
                    "Object anything")
                    .hasErrorCount(5)
                    .hasError("[MissingPartitionKey]")
                    .onLineContaining("public record Thing(");
        }
    }

    @Nested
    class Keys {

        @Test
        void aPartitionKeyIsRequired() {
            assertThatRecord("String id", "String name")
                    .hasError("[MissingPartitionKey] @Table record Thing has no @PartitionKey")
                    .onLineContaining("public record Thing(");
        }

        @Test
        void onlyOnePartitionKey() {
            assertThatRecord("@PartitionKey String customerId", "@PartitionKey String orderId")
                    .hasError("[DuplicatePartitionKey] @Table record Thing has more than one @PartitionKey"
                            + " (customerId, orderId); use @SortKey for the second")
                    .onLineContaining("@PartitionKey String orderId");
        }

        @Test
        void onlyOneSortKey() {
            assertThatRecord("@PartitionKey String id", "@SortKey String a", "@SortKey String b")
                    .hasError("[DuplicateSortKey] @Table record Thing has more than one @SortKey (a, b)")
                    .onLineContaining("@SortKey String b");
        }

        @Test
        void notBothPartitionAndSortKey() {
            assertThatRecord("@PartitionKey @SortKey String id")
                    .hasError("[PartitionAndSortKey] component id is marked both @PartitionKey and @SortKey")
                    .onLineContaining("@PartitionKey @SortKey String id");
        }

        @Test
        void aPartitionKeyMustMapToStringNumberOrBinary() {
            assertThatRecord("@PartitionKey boolean flag")
                    .hasError("[KeyType] key component flag has type boolean, which DynamoDB cannot use as a key")
                    .onLineContaining("@PartitionKey boolean flag");
        }

        @Test
        void aSortKeyMustMapToStringNumberOrBinary() {
            assertThatRecord("@PartitionKey String id", "@SortKey List<String> tags")
                    .hasError("[KeyType] key component tags has type java.util.List<java.lang.String>")
                    .onLineContaining("@SortKey List<String> tags");
        }

        @Test
        void anOptionalIsNoKey() {
            assertThatRecord("@PartitionKey Optional<String> id")
                    .hasError("[KeyType] key component id has type java.util.Optional<java.lang.String>")
                    .onLineContaining("@PartitionKey Optional<String> id");
        }

        @Test
        void aKeyMayNotUseAConverter() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(\n"
                    + "        @PartitionKey @Converter(Thing.Conv.class) String id) {\n"
                    + "    public static final class Conv implements io.genericrepo.AttributeConverter<String> {\n"
                    + "        public software.amazon.awssdk.services.dynamodb.model.AttributeValue write(String v) { return null; }\n"
                    + "        public String read(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) { return null; }\n"
                    + "    }\n}\n")
                    .hasError("[ConverterOnKey] key component id must not use @Converter")
                    .onLineContaining("@PartitionKey @Converter");
        }
    }

    @Nested
    class TimeToLive {

        @Test
        void ttlMustBeInstantOrLong() {
            assertThatRecord("@PartitionKey String id", "@Ttl String expiresAt")
                    .hasError("[TtlType] @Ttl component expiresAt must be Instant, long or Long, found java.lang.String")
                    .onLineContaining("@Ttl String expiresAt");
        }

        @Test
        void onlyOneTtl() {
            assertThatRecord("@PartitionKey String id", "@Ttl Instant a", "@Ttl long b")
                    .hasError("[DuplicateTtl] @Table record Thing has more than one @Ttl (a, b)")
                    .onLineContaining("@Ttl long b");
        }

        @Test
        void ttlIsNoKey() {
            assertThatRecord("@PartitionKey String id", "@SortKey @Ttl long expiresAt")
                    .hasError("[TtlOnKey] @Ttl component expiresAt is a key")
                    .onLineContaining("@SortKey @Ttl long expiresAt");
        }

        @Test
        void ttlDaysMustNotBeNegative() {
            assertThatTable("@Table(name = \"things\",\n        ttlDays = -3)", "@PartitionKey String id",
                    "@Ttl Instant expiresAt")
                    .hasError("[TtlDays] @Table(ttlDays = -3) must not be negative")
                    .onLineContaining("ttlDays = -3");
        }

        @Test
        void ttlDaysNeedATtlComponent() {
            assertThatTable("@Table(name = \"things\",\n        ttlDays = 30)", "@PartitionKey String id")
                    .hasError("[TtlDaysWithoutTtl] @Table(ttlDays = 30) needs a component marked @Ttl")
                    .onLineContaining("ttlDays = 30");
        }
    }

    @Nested
    class Names {

        @Test
        void tableNameMustBeValid() {
            assertThatTable("@Table(\n        name = \"or\")", "@PartitionKey String id")
                    .hasError("[TableName] @Table(name = \"or\") is not a valid DynamoDB table name:"
                            + " 3-255 characters of [a-zA-Z0-9_.-]")
                    .onLineContaining("name = \"or\"");
        }

        @Test
        void tableNameMustNotHaveOtherCharacters() {
            assertThatTable("@Table(name = \"my table\")", "@PartitionKey String id")
                    .hasError("[TableName] @Table(name = \"my table\")")
                    .onLineContaining("@Table(name = \"my table\")");
        }

        @Test
        void keyAttributeNamesHaveAtMost255Characters() {
            String tooLong = "k".repeat(256);
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by-status\")\n"
                    + "        @Attribute(name = \"" + tooLong + "\") String status",
                    "@Attribute(name = \"" + "n".repeat(300) + "\") String note")
                    .hasErrorCount(1)
                    .hasError("[AttributeName] component status is a key of the table or of an index, stored as"
                            + " attribute \"" + "k".repeat(40) + "...\", which is 256 characters long; DynamoDB allows"
                            + " at most 255 for a key attribute's name: give it a shorter one with @Attribute(name = ...)")
                    .onLineContaining("k".repeat(256));
        }

        @Test
        void aKeyAttributeNameOf255CharactersIsAccepted() {
            assertThatRecord("@PartitionKey @Attribute(name = \"" + "k".repeat(255) + "\") String id")
                    .compilesWithoutWarnings();
        }

        @Test
        void attributeNamesMustBeUnicodeText() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Attribute(name = \"a\\uD800b\") int broken,\n"
                    + "        @Attribute(name = \"smile\\uD83D\\uDE00\") int fine,\n"
                    + "        Inner inner) {\n"
                    + "    public record Inner(@Attribute(name = \"\\uDC00\") String name) {}\n}\n")
                    .hasErrorCount(2)
                    .hasError("[AttributeName] @Attribute(name = ...) of component broken holds an unpaired surrogate"
                            + " (\\uD800), which is not Unicode text and cannot be stored as a DynamoDB name; write the"
                            + " whole character")
                    .onLineContaining("int broken");
        }

        @Test
        void nestedAttributeNamesMustBeUnicodeText() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Inner inner) {\n"
                    + "    public record Inner(@Attribute(name = \"\\uDC00\") String name) {}\n}\n")
                    .hasError("[UnsupportedType] component inner.name has type test.Thing.Inner, which generic-repo"
                            + " cannot store: its attribute name holds an unpaired surrogate (\\uDC00), which is not"
                            + " Unicode text")
                    .onLineContaining("Inner inner");
        }

        @Test
        void indexNameMustBeValid() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by status\") String status")
                    .hasError("[IndexName] index name \"by status\" is not a valid DynamoDB index name")
                    .onLineContaining("@IndexPartitionKey(\"by status\")");
        }

        @Test
        void twoComponentsCannotShareAnAttributeName() {
            assertThatRecord("@PartitionKey String id", "String name", "@Attribute(name = \"name\") String title")
                    .hasError("[DuplicateAttributeName] components name, title of Thing are all stored as attribute"
                            + " \"name\"")
                    .onLineContaining("@Attribute(name = \"name\") String title");
        }

        @Test
        void attributeNameMustNotBeEmpty() {
            assertThatRecord("@PartitionKey String id", "@Attribute(name = \"\") String title")
                    .hasError("[AttributeName] @Attribute(name = \"\") must not be empty")
                    .onLineContaining("String title");
        }

        @Test
        void nestedRecordsCannotShareAnAttributeNameEither() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Inner inner) {\n"
                    + "    public record Inner(String a, @Attribute(name = \"a\") String b) {}\n}\n")
                    .hasError("[UnsupportedType] component inner.b has type test.Thing.Inner, which generic-repo"
                            + " cannot store: it is stored as attribute \"a\", as a is")
                    .onLineContaining("Inner inner");
        }
    }

    @Nested
    class GeneratedNames {

        @Test
        void aComponentIsNotNamedSchema() {
            assertThatRecord("@PartitionKey String id", "String SCHEMA")
                    .hasError("[ComponentNameClash] component SCHEMA of Thing would be Thing_.SCHEMA, which the"
                            + " metamodel uses for the schema; rename the component (@Attribute(name = \"SCHEMA\")"
                            + " keeps the stored name)")
                    .onLineContaining("String SCHEMA");
        }

        @Test
        void aComponentIsNotNamedLikeAnIndexConstant() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"status-index\") String status",
                    "@Attribute(name = \"si\") String STATUS_INDEX")
                    .hasError("[ComponentNameClash] component STATUS_INDEX of Thing would be Thing_.STATUS_INDEX,"
                            + " which the metamodel uses for index \"status-index\"; rename the component"
                            + " (@Attribute(name = \"si\") keeps the stored name)")
                    .onLineContaining("String STATUS_INDEX");
        }

        @Test
        void anIndexIsNotNamedLikeTheSchemaConstant() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"schema\") String status")
                    .hasError("[IndexConstantClash] index \"schema\" would be Thing_.SCHEMA, which the metamodel"
                            + " uses for the schema; rename the index")
                    .onLineContaining("String status");
        }

        @Test
        void twoIndexesDoNotShareAConstant() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"status-index\") String status",
                    "@IndexPartitionKey(\"statusIndex\") String state")
                    .hasError("[IndexConstantClash] indexes \"status-index\" and \"statusIndex\" would both be"
                            + " Thing_.STATUS_INDEX; rename one of them")
                    .onLineContaining("String state");
        }

        @Test
        void aComponentDoesNotHideATypeTheMetamodelNames() {
            assertThatRecord("@PartitionKey String id", "List<String> Converters")
                    .hasError("[ComponentNameClash] component Converters of Thing would hide type"
                            + " io.genericrepo.internal.mapping.Converters, which the generated Thing_ names; rename the"
                            + " component (@Attribute(name = \"Converters\") keeps the stored name)")
                    .onLineContaining("List<String> Converters");
        }

        @Test
        void aComponentDoesNotHideTheSchemaClass() {
            assertThatRecord("@PartitionKey String id", "int ThingSchema")
                    .hasError("[ComponentNameClash] component ThingSchema of Thing would hide type test.ThingSchema")
                    .onLineContaining("int ThingSchema");
        }

        @Test
        void aNestedRecordsComponentDoesNotHideATypeItsPathClassNames() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Inner inner) {\n"
                    + "    public record Inner(int CollectionConverters) {}\n}\n")
                    .hasError("[ComponentNameClash] component inner.CollectionConverters of Thing would hide type"
                            + " io.genericrepo.internal.mapping.CollectionConverters")
                    .onLineContaining("Inner inner");
        }

        @Test
        void aTypeInTheSourcesDoesNotHaveAGeneratedTypesName() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @SortKey String at) {}\n",
                    JavaFileObjects.forSourceString("test.ThingKey", "package test;\npublic class ThingKey {}\n"))
                    .hasError("[GeneratedTypeClash] @Table record Thing generates its key record test.ThingKey, but"
                            + " test.ThingKey is already declared in the sources; rename that type or the record")
                    .onLineContaining("public record Thing(");
        }

        @Test
        void twoRecordsDoNotGenerateOneType() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id) {}\n"
                    + "@Table(name = \"things-async\")\nrecord ThingAsync(@PartitionKey String id) {}\n")
                    .hasError("[GeneratedTypeClash] @Table record ThingAsync generates its repository"
                            + " test.ThingAsyncRepository, which is also the async repository of @Table record Thing;"
                            + " rename one of them")
                    .onLineContaining("record ThingAsync(");
        }

        @Test
        void aTypeAnotherProcessorGeneratedIsReportedNotACrash() {
            Compilation compilation = javac().withProcessors(new GeneratesThingSchema(), new GenericRepoProcessor())
                    .compile(JavaFileObjects.forSourceString("test.Thing", RecordCompilation.HEADER
                            + "@Table(name = \"things\")\npublic record Thing(@PartitionKey String id) {}\n"));
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining("[GeneratedTypeClash] @Table record Thing could not generate"
                    + " test.ThingSchema: ").inFile(compilation.sourceFiles().get(0))
                    .onLineContaining("public record Thing(");
        }

        @Test
        void generatedNamesUsersNeverWriteGiveWay() {
            // PATHS (package-private) and the schema's converter constants (a constant THING_ would hide the
            // metamodel THING_) are renamed; a component may share its name with a nested path class
            Compilation compilation = javac().withProcessors(new GenericRepoProcessor()).withOptions("-Xlint:all")
                    .compile(JavaFileObjects.forSourceString("test.THING", RecordCompilation.HEADER
                            + "@Table(name = \"things\")\npublic record THING(@PartitionKey String id,\n"
                            + "        int PATHS, int thing, int THING, Inner inner, String InnerPath) {\n"
                            + "    public record Inner(int path, int CONVERTER, int converter) {}\n}\n"));
            assertThat(compilation).succeededWithoutWarnings();
            assertThat(compilation).generatedSourceFile("test.THING_").contentsAsUtf8String()
                    .contains("static final Map<String, Path<THING>> PATHS_ = Path.byName(");
        }
    }

    @Nested
    class Indexes {

        @Test
        void oneIndexPartitionKey() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by-x\") String a",
                    "@IndexPartitionKey(\"by-x\") String b")
                    .hasError("[DuplicateIndexPartitionKey] index \"by-x\" has more than one @IndexPartitionKey (a, b)")
                    .onLineContaining("String b");
        }

        @Test
        void oneIndexSortKey() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by-x\") String a",
                    "@IndexSortKey(\"by-x\") String b", "@IndexSortKey(\"by-x\") String c")
                    .hasError("[DuplicateIndexSortKey] index \"by-x\" has more than one @IndexSortKey (b, c)")
                    .onLineContaining("String c");
        }

        @Test
        void indexKeysMustMapToStringNumberOrBinary() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by-flag\") boolean flag")
                    .hasError("[IndexKeyType] index key component flag has type boolean")
                    .onLineContaining("boolean flag");
        }

        @Test
        void indexSortKeysToo() {
            assertThatRecord("@PartitionKey String id", "@IndexPartitionKey(\"by-x\") String a",
                    "@IndexSortKey(\"by-x\") Map<String, String> attributes")
                    .hasError("[IndexKeyType] index key component attributes has type"
                            + " java.util.Map<java.lang.String,java.lang.String>")
                    .onLineContaining("Map<String, String> attributes");
        }

        @Test
        void aComponentIsNotBothKeysOfOneIndex() {
            assertThatRecord("@PartitionKey String id",
                    "@IndexPartitionKey(\"by-x\") @IndexSortKey(\"by-x\") String a")
                    .hasError("[IndexKeyTwice] component a is both partition and sort key of index \"by-x\"")
                    .onLineContaining("String a");
        }

        @Test
        void aLocalIndexNeedsATableSortKey() {
            assertThatRecord("@PartitionKey String id", "@IndexSortKey(\"by-date\") LocalDate date")
                    .hasError("[LocalIndexWithoutSortKey] index \"by-date\" has an @IndexSortKey but no"
                            + " @IndexPartitionKey, which makes it a local index")
                    .onLineContaining("LocalDate date");
        }
    }

    @Nested
    class Types {

        @Test
        void unsupportedComponentType() {
            assertThatRecord("@PartitionKey String id", "Object payload")
                    .hasError("[UnsupportedType] component payload has type java.lang.Object, which generic-repo"
                            + " cannot store: it has no mapping; use a supported type or @Converter")
                    .onLineContaining("Object payload");
        }

        @Test
        void unsupportedNestedTypeIsNamedWithItsPath() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Inner inner) {\n"
                    + "    public record Inner(String name, Deeper deeper) {}\n"
                    + "    public record Deeper(Thread thread) {}\n}\n")
                    .hasError("[UnsupportedType] component inner.deeper.thread has type java.lang.Thread")
                    .onLineContaining("Inner inner");
        }

        @Test
        void anEnumMustBeAccessible() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Kind kind) {\n"
                    + "    private enum Kind { A, B }\n}\n")
                    .hasError("[UnsupportedType] component kind has type test.Thing.Kind, which generic-repo cannot"
                            + " store: the enum is private; make it package-private or public")
                    .onLineContaining("Kind kind");
        }

        @Test
        void aNestedTypeInAPrivateClassIsNamedWithTheClass() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Hidden.Kind kind,\n"
                    + "        Hidden.Inner inner) {\n"
                    + "    private static final class Hidden { enum Kind { A } record Inner(String name) {} }\n}\n")
                    .hasError("[UnsupportedType] component inner has type test.Thing.Hidden.Inner, which generic-repo"
                            + " cannot store: it is nested in Hidden, which is private; make Hidden package-private"
                            + " or public")
                    .onLineContaining("Hidden.Inner inner");
        }

        @Test
        void anEnumInAPrivateClassIsReportedToo() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Hidden.Kind kind) {\n"
                    + "    private static final class Hidden { enum Kind { A } }\n}\n")
                    .hasError("[UnsupportedType] component kind has type test.Thing.Hidden.Kind, which generic-repo"
                            + " cannot store: it is nested in Hidden, which is private")
                    .onLineContaining("Hidden.Kind kind");
        }

        @Test
        void charIsNotMapped() {
            assertThatRecord("@PartitionKey String id", "char initial")
                    .hasError("[UnsupportedType] component initial has type char")
                    .onLineContaining("char initial");
        }

        @Test
        void setsHoldStringsOrNumbers() {
            assertThatRecord("@PartitionKey String id", "Set<Boolean> flags")
                    .hasError("[UnsupportedType] component flags has type java.util.Set<java.lang.Boolean>, which"
                            + " generic-repo cannot store: a set must hold strings or numbers")
                    .onLineContaining("Set<Boolean> flags");
        }

        @Test
        void mapKeysAreStrings() {
            assertThatRecord("@PartitionKey String id", "Map<Integer, String> byNumber")
                    .hasError("map keys must be String")
                    .onLineContaining("Map<Integer, String> byNumber");
        }

        @Test
        void optionalOnlyAsTheComponentsOwnType() {
            assertThatRecord("@PartitionKey String id", "List<Optional<String>> maybes")
                    .hasError("[UnsupportedType] component maybes[] has type java.util.Optional<java.lang.String>")
                    .onLineContaining("List<Optional<String>> maybes");
        }

        @Test
        void wildcardsAreNotMapped() {
            assertThatRecord("@PartitionKey String id", "List<? extends Number> numbers")
                    .hasError("wildcards and type variables are not mapped")
                    .onLineContaining("List<? extends Number> numbers");
        }

        @Test
        void arraysOtherThanBytesAreNotMapped() {
            assertThatRecord("@PartitionKey String id", "int[] numbers")
                    .hasError("arrays other than byte[] are not mapped; use List<...>")
                    .onLineContaining("int[] numbers");
        }

        @Test
        void recursiveRecordsAreReported() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        Node head) {\n"
                    + "    public record Node(String value, Node next) {}\n}\n")
                    .hasError("[RecursiveRecord] component head.next has type test.Thing.Node, which contains itself")
                    .onLineContaining("Node head");
        }
    }

    @Nested
    class Versions {

        @Test
        void versionMustBeAnInteger() {
            assertThatRecord("@PartitionKey String id", "@Version String version")
                    .hasError("[VersionType] @Version component version must be int, Integer, long or Long,"
                            + " found java.lang.String")
                    .onLineContaining("@Version String version");
        }

        @Test
        void onlyOneVersion() {
            assertThatRecord("@PartitionKey String id", "@Version long a", "@Version int b")
                    .hasError("[DuplicateVersion] @Table record Thing has more than one @Version (a, b)")
                    .onLineContaining("@Version int b");
        }

        @Test
        void versionIsNoKey() {
            assertThatRecord("@PartitionKey String id", "@SortKey @Version long version")
                    .hasError("[VersionOnKey] @Version component version is a key")
                    .onLineContaining("@SortKey @Version long version");
        }
    }

    @Nested
    class Converters {

        private static final String VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";

        private String converter(String declaration, String type) {
            return "    " + declaration + " implements io.genericrepo.AttributeConverter<" + type + "> {\n"
                    + "        public " + VALUE + " write(" + type + " v) { return null; }\n"
                    + "        public " + type + " read(" + VALUE + " v) { return null; }\n"
                    + "    }\n";
        }

        @Test
        void theConverterMustConvertTheComponentsType() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Thing.Conv.class) java.net.URI uri) {\n"
                    + converter("public static final class Conv", "String") + "}\n")
                    .hasError("[ConverterClass] @Converter(Conv.class) on component uri converts java.lang.String,"
                            + " but the component is java.net.URI")
                    .onLineContaining("@Converter(Thing.Conv.class)");
        }

        @Test
        void theConverterMustBePublic() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Thing.Conv.class) java.net.URI uri) {\n"
                    + converter("static final class Conv", "java.net.URI") + "}\n")
                    .hasError("[ConverterClass] @Converter(Conv.class) on component uri must name a public class")
                    .onLineContaining("@Converter(Thing.Conv.class)");
        }

        @Test
        void theConverterNeedsANoArgumentConstructor() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Thing.Conv.class) java.net.URI uri) {\n"
                    + "    public static final class Conv implements io.genericrepo.AttributeConverter<java.net.URI> {\n"
                    + "        public Conv(int x) {}\n"
                    + "        public " + VALUE + " write(java.net.URI v) { return null; }\n"
                    + "        public java.net.URI read(" + VALUE + " v) { return null; }\n"
                    + "    }\n}\n")
                    .hasError("must have a public constructor without parameters")
                    .onLineContaining("@Converter(Thing.Conv.class)");
        }

        @Test
        void theConverterMustNotBeNestedInAPrivateClass() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Thing.Hidden.Conv.class) java.net.URI uri) {\n"
                    + "    private static final class Hidden {\n"
                    + converter("public static final class Conv", "java.net.URI") + "}\n}\n")
                    .hasError("[ConverterClass] @Converter(Conv.class) on component uri must name a class that"
                            + " generated code can reach, but it is nested in Hidden, which is private; make Hidden"
                            + " package-private or public")
                    .onLineContaining("@Converter(Thing.Hidden.Conv.class)");
        }

        @Test
        void theConverterMustNotBeAnInnerClass() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Outer.Conv.class) java.net.URI uri) {}\n"
                    + "class Outer {\n"
                    + converter("public final class Conv", "java.net.URI") + "}\n")
                    .hasError("[ConverterClass] @Converter(Conv.class) on component uri must name a static nested"
                            + " class (an inner class needs an instance of Outer); declare it static")
                    .onLineContaining("@Converter(Outer.Conv.class)");
        }

        @Test
        void theConverterMustImplementAttributeConverter() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(String.class) java.net.URI uri) {}\n")
                    .hasError("[ConverterClass] @Converter(String.class) on component uri must implement"
                            + " io.genericrepo.AttributeConverter<java.net.URI>")
                    .onLineContaining("@Converter(String.class)");
        }

        @Test
        void aValidConverterIsAccepted() {
            assertThatSource("@Table(name = \"things\")\npublic record Thing(@PartitionKey String id,\n"
                    + "        @Converter(Thing.Conv.class) java.net.URI uri) {\n"
                    + converter("public static final class Conv", "java.net.URI") + "}\n")
                    .compilesWithoutWarnings();
        }
    }

    /** Generates {@code test.ThingSchema} on meeting {@code @Table}, before generic-repo runs. */
    static final class GeneratesThingSchema extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("io.genericrepo.annotations.Table");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done && !annotations.isEmpty()) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("test.ThingSchema").openWriter()) {
                    out.write("package test;\nclass ThingSchema {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
