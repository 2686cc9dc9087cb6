package io.genericrepo.processor;

import static io.genericrepo.processor.RecordCompilation.assertThatSource;

import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * Review of the entity schema's {@code INDEX_KEYS} constant (the index key templates updates
 * rebuild): a name the user never writes must give way to a component's converter constant, as
 * {@code PATHS} does, instead of making the generated schema fail to compile.
 */
class IndexKeyTemplatesNamesTest {

    /** {@code Thing}, with one shared index, and its entity {@code A(String id, String name, <extra>)}. */
    private static RecordCompilation thingWithA(String extra) {
        return assertThatSource(String.join("\n",
                "@Table(name = \"things\")",
                "@SingleTable(indexes = @SharedIndex(name = \"by-name\", partitionKey = \"gsi1pk\"))",
                "public sealed interface Thing permits A {}"),
                JavaFileObjects.forSourceString("test.A", RecordCompilation.HEADER + String.join("\n",
                        "@Entity(partitionKey = \"P#{id}\", sortKey = \"A\",",
                        "        indexKeys = @IndexKeys(index = \"by-name\", partitionKey = \"N#{name}\"))",
                        "public record A(String id, String name, " + extra + ") implements Thing {}")));
    }

    @Test
    void aComponentNamedIndexKeysStillCompiles() {
        thingWithA("int indexKeys").compilesWithoutWarnings();
    }

    /**
     * Not new with index key updates (the part, template and index constants predate them), found
     * beside it: a converter constant gives way to each.
     */
    @Test
    void componentsNamedLikeAKeyPartTemplateOrIndexConstantStillCompile() {
        thingWithA("int namePart, int gsi1pkTemplate, int byName").compilesWithoutWarnings();
    }
}
