package io.genericrepo.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import io.genericrepo.processor.model.KeyKind;
import io.genericrepo.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intersection of templates' texts, on models built by hand. */
class TemplateLanguageTest {

    /** Parses {@code "ORDER#{placedAt:INSTANT}#{orderId:STRING}"}. */
    private static TemplateModel model(String template) {
        List<String> literals = new ArrayList<>();
        List<TemplateModel.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                literal.append(c);
                continue;
            }
            int close = template.indexOf('}', i);
            String[] spec = template.substring(i + 1, close).split(":");
            KeyKind kind = KeyKind.valueOf(spec[1]);
            parts.add(new TemplateModel.Part(spec[0], kind, ClassName.OBJECT,
                    kind == KeyKind.BOOLEAN ? List.of("false", "true") : spec.length > 2 ? List.of(spec[2].split(",")) : List.of()));
            literals.add(literal.toString());
            literal.setLength(0);
            i = close;
        }
        literals.add(literal.toString());
        return new TemplateModel(template, "sk", TemplateModel.Role.SORT_KEY, literals, parts);
    }

    private static Optional<String> common(String a, String b) {
        return TemplateLanguage.of(model(a)).commonText(TemplateLanguage.of(model(b)));
    }

    @Test
    void literalsMeetOnlyWhenEqual() {
        assertEquals(Optional.of("PROFILE"), common("PROFILE", "PROFILE"));
        assertEquals(Optional.empty(), common("PROFILE", "PROFILES"));
    }

    @Test
    void aStringMeetsWhatItCanSpell() {
        assertEquals(Optional.of("ORDER#1111-11-11T11:11:11.111111111Z#a"),
                common("ORDER#{at:INSTANT}#{id:STRING}", "ORDER#{id:STRING}"));
        assertEquals(Optional.empty(), common("ORDER#{at:INSTANT}#{id:STRING}", "ORDER#{at:INSTANT}#{id:STRING}#LINE#{n:INTEGER}"));
        assertEquals(Optional.of("A#a#01111111111"), common("A#{id:STRING}", "A#{id:STRING}#{n:INTEGER}"));
        // "x" may contain "#" when "#$" follows it, so it can spell the other's separator
        assertEquals(Optional.of("A##$"), common("A{x:STRING}#$", "A#{y:STRING}"));
    }

    @Test
    void enumsMeetTheirConstants() {
        assertEquals(Optional.of("S#PAID"), common("S#{s:ENUM:NEW,PAID}", "S#PAID"));
        assertEquals(Optional.empty(), common("S#{s:ENUM:NEW,PAID}", "S#DONE"));
        assertEquals(Optional.of("S#true"), common("S#{b:BOOLEAN}", "S#{x:STRING}"));
    }

    @Test
    void fixedWidthPartsMeetByPattern() {
        assertEquals(Optional.empty(), common("N#{n:INTEGER}", "N#{d:LOCAL_DATE}"));
        assertEquals(Optional.of("N#-1111111111"), common("N#{n:INTEGER}", "N#-{c:STRING}"));
        assertEquals(Optional.empty(), common("N#{n:INTEGER}", "N#{n:LONG}"));
        assertEquals(Optional.empty(), common("U#{u:UUID}", "U#{u:INSTANT}"));
    }
}
