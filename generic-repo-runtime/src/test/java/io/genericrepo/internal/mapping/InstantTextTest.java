package io.genericrepo.internal.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written instant text against {@code java.time}: the same text as a nine-digit
 * {@link DateTimeFormatter}, the same instants as {@link Instant#parse} (or
 * {@link OffsetDateTime#parse}), the same failures, and text order equal to time order.
 */
class InstantTextTest {

    private static final DateTimeFormatter NINE_DIGITS = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    /** Instants whose shortest forms sort out of time order; each pair is one nanosecond to a second apart. */
    private static final List<Instant> TRICKY = List.of(
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T00:00:00.000000001Z"),
            Instant.parse("2026-01-01T00:00:00.1Z"),
            Instant.parse("2026-01-01T00:00:00.123Z"),
            Instant.parse("2026-01-01T00:00:00.123456Z"),
            Instant.parse("2026-01-01T00:00:00.1234567Z"),
            Instant.parse("2026-01-01T00:00:00.5Z"),
            Instant.parse("2026-01-01T00:00:00.999999999Z"),
            Instant.parse("2026-01-01T00:00:01Z"),
            Instant.parse("2025-12-31T23:59:59.999Z"),
            Instant.parse("1999-12-31T23:59:59Z"),
            Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.parse("0999-06-01T12:00:00Z"),
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"));

    @Test
    void writtenTextSortsAsTimeWhereTheShortestFormDoesNot() {
        List<Instant> byTime = TRICKY.stream().sorted().toList();
        List<Instant> byWrittenText = TRICKY.stream().sorted(Comparator.comparing(InstantText::format)).toList();
        assertEquals(byTime, byWrittenText);
        // Why not Instant.toString(): "...00Z" sorts after "...00.5Z" ('Z' > '.') and "...00.123Z" after "...00.123456Z"
        List<Instant> byShortestText = TRICKY.stream().sorted(Comparator.comparing(Instant::toString)).toList();
        assertNotEquals(byTime, byShortestText);
        assertTrue("2026-01-01T00:00:00Z".compareTo("2026-01-01T00:00:00.5Z") > 0);
        assertTrue("2026-01-01T00:00:00.123Z".compareTo("2026-01-01T00:00:00.123456Z") > 0);
    }

    @Test
    void textIsTheNineDigitFormattersOverTheWholeRange() {
        List<Instant> instants = new ArrayList<>(TRICKY);
        instants.addAll(List.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1), Instant.parse("0000-01-01T00:00:00Z").minusNanos(1),
                Instant.parse("-0001-12-31T23:59:59.5Z"), Instant.parse("2024-02-29T12:34:56.789Z")));
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            long second = i % 2 == 0 ? random.nextLong(-62_167_219_200L, 253_402_300_800L)
                    : random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
            instants.add(Instant.ofEpochSecond(second, random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            assertEquals(NINE_DIGITS.format(instant), InstantText.format(instant));
            assertEquals(instant, InstantText.parse(InstantText.format(instant)));
        }
    }

    @Test
    void everyFormOtherWritersUseReadsAsJavaTimeReadsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(1_000_000_000));
            for (String text : List.of(instant.toString(), instant.truncatedTo(ChronoUnit.MILLIS).toString(),
                    instant.truncatedTo(ChronoUnit.MICROS).toString(), instant.truncatedTo(ChronoUnit.SECONDS).toString(),
                    NINE_DIGITS.format(instant))) {
                assertEquals(Instant.parse(text), InstantText.parse(text), text);
            }
        }
    }

    @Test
    void edgeCasesAcceptAndRefuseExactlyWhatJavaTimeDoes() {
        List<String> texts = List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z",
                "2024-02-29T00:00:00Z", "2025-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
                "2026-12-31T23:59:60Z", "2026-01-01t00:00:00z", "2026-01-01T00:00Z", "2026-01-01T01:00:00+01:00",
                "2026-01-01T00:00:00.5-02:30", "+2026-01-01T00:00:00Z", "2026-1-01T00:00:00Z", "2026-01-01 00:00:00Z",
                "2026-01-01T00:00:0aZ", "2026-01-01T00:00:00.1a3Z", "2026-01-01T00:00:00", "", "yesterday",
                "12345-01-01T00:00:00Z", "+12345-01-01T00:00:00Z", "-0001-01-01T00:00:00Z");
        for (String text : texts) {
            Instant expected;
            try {
                expected = javaTime(text);
            } catch (DateTimeParseException e) {
                DateTimeParseException ours = assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
                assertEquals(e.getMessage(), ours.getMessage());
                continue;
            }
            assertEquals(expected, InstantText.parse(text), text);
        }
    }

    private static Instant javaTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException ignored) {
                throw e;
            }
        }
    }
}
