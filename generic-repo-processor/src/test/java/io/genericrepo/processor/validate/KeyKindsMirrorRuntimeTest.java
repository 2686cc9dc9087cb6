package io.genericrepo.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.genericrepo.internal.keys.KeyPart;
import io.genericrepo.internal.keys.KeyParts;
import io.genericrepo.processor.model.KeyKind;
import org.junit.jupiter.api.Test;

/**
 * The processor's {@link KeyKind}s describe the runtime's {@link KeyParts}: the same constant, width
 * and characters, so that the compile-time separator and overlap checks judge the texts the runtime
 * really writes.
 */
class KeyKindsMirrorRuntimeTest {

    @Test
    void eachKindNamesARuntimePartWithItsWidthAndCharacters() throws ReflectiveOperationException {
        for (KeyKind kind : KeyKind.values()) {
            if (kind == KeyKind.ENUM) {
                continue; // KeyParts.enumOf(type): texts are the constants' names, which the processor reads itself
            }
            KeyPart<?> part = (KeyPart<?>) KeyParts.class.getField(kind.partConstant()).get(null);
            assertEquals(part.width(), kind.width(), kind.name());
            if (part.width() >= 0) {
                assertEquals(part.alphabet(), kind.alphabet(), kind.name());
            }
        }
        assertEquals("false", KeyParts.BOOLEAN.write(false));
        assertEquals("true", KeyParts.BOOLEAN.write(true));
    }
}
