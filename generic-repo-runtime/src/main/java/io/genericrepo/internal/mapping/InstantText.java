package io.genericrepo.internal.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * The text of a stored {@link Instant}. Writes ISO-8601 in UTC with exactly nine fraction digits
 * ({@code 2026-11-25T14:16:34.123456789Z}), a fixed width, so that text order (DynamoDB's order for
 * sort keys and range conditions) is time order; {@link Instant#toString()}'s shortest form is not:
 * {@code ...00Z} sorts after {@code ...00.5Z}, since {@code 'Z'} comes after {@code '.'}. Reads
 * every ISO-8601 instant and offset date-time, as {@link Instant#parse} and
 * {@link OffsetDateTime#parse} do.
 *
 * <p>Years 0000 to 9999, every instant in practice, are formatted and parsed by hand, which is
 * several times faster than {@link DateTimeFormatter}; other years and other forms (offsets,
 * lower case, leap seconds) go through {@code java.time}, so the results are the same. Internal.
 */
final class InstantText {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years written with four digits. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;
    private static final int LENGTH = 30;

    private InstantText() {}

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            return Wide.FORMAT.format(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int secondOfDay = Math.floorMod(seconds, 86_400);
        char[] text = new char[LENGTH]; // not bytes: a charset would load StandardCharsets and its 7 charsets
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = '.';
        digits(text, 20, instant.getNano(), 9);
        text[29] = 'Z';
        return new String(text);
    }

    /**
     * @param text a stored instant
     * @return the instant
     * @throws DateTimeParseException if neither an ISO-8601 instant nor an offset date-time
     */
    static Instant parse(String text) {
        Instant fast = parseUtc(text);
        if (fast != null) {
            return fast;
        }
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

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time, or null for anything else. */
    private static Instant parseUtc(String s) {
        int length = s.length();
        if (length < 20 || length > LENGTH || length == 21 || s.charAt(length - 1) != 'Z'
                || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || (length > 20 && s.charAt(19) != '.')) {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        int fraction = length > 20 ? number(s, 20, length - 21) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
                || day > daysIn(month, year) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        for (int i = length - 21; i < 9; i++) {
            fraction *= 10;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, fraction);
    }

    /** As {@code Month.of(month).length(Year.isLeap(year))}, without loading those classes. */
    private static int daysIn(int month, int year) {
        if (month == 2) {
            boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** The value of {@code count} (at most nine) decimal digits, or -1 if one is not a digit. */
    private static int number(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The formatter for years outside 0000-9999, loaded only if one is written. */
    private static final class Wide {
        static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();
    }
}
