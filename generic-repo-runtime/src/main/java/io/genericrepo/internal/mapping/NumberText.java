package io.genericrepo.internal.mapping;

import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The number rules behind {@link Converters}: DynamoDB's precision and range, its normal form, and
 * exact reads of whole numbers. The common cases (plain digits read into an {@code int} or
 * {@code long}, a double's text without an exponent) take a fast path that gives what the exact
 * {@link BigDecimal} route gives; everything else, failures included, takes that route. Message
 * text is built only when a value fails. Internal.
 */
final class NumberText {

    private NumberText() {}

    /** The normal form of a number {@link #checkNumber} returned, already without trailing zeros. */
    static String plain(BigDecimal stripped) {
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    static RuntimeException outOfRange(String javaType, BigDecimal stored) {
        return AttributeProblem.of("must be a number within the range of " + javaType + ", found "
                + stored.stripTrailingZeros(), null);
    }

    static BigDecimal parse(AttributeValue value, String javaType) {
        String n = value.n();
        if (n == null) {
            throw AttributeProblem.expected("N (" + javaType + ")", value); // built only on failure
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            throw AttributeProblem.of("must be a number, found \"" + n + "\"", e);
        }
    }

    /** A stored number that must convert exactly: 2.5 or 1e20 into an int is a mismatch, not a silent cut. */
    static long whole(AttributeValue value, String javaType, long min, long max) {
        String n = value.n();
        int length = n == null ? 0 : n.length();
        int start = length > 0 && n.charAt(0) == '-' ? 1 : 0;
        if (length > start && length - start <= 18) { // plain digits, as DynamoDB returns them: no BigDecimal
            long result = 0;
            int i = start;
            for (; i < length; i++) {
                int digit = n.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                result = result * 10 + digit;
            }
            result = start == 1 ? -result : result;
            if (i == length && result >= min && result <= max) {
                return result;
            }
        }
        return wholeOrFail(value, javaType, min, max);
    }

    /** Exponents, leading '+', out of range and malformed text: exact but slower, with the failure's message. */
    private static long wholeOrFail(AttributeValue value, String javaType, long min, long max) {
        BigDecimal number = parse(value, javaType);
        try {
            long result = number.longValueExact();
            if (result >= min && result <= max) {
                return result;
            }
        } catch (ArithmeticException e) {
            throw notWhole(javaType, number, e);
        }
        throw notWhole(javaType, number, null);
    }

    static RuntimeException notWhole(String javaType, BigDecimal number, Throwable cause) {
        return AttributeProblem.of("must be a whole number that fits " + javaType + ", found " + number, cause);
    }

    static void checkFinite(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("is " + value + ", which DynamoDB cannot store as a number");
        }
    }

    /**
     * The normal form of a non-zero double's or float's {@code toString()}. Without an exponent
     * (magnitude from 1E-3 to 1E7) it is well inside DynamoDB's range and precision, and only its
     * trailing fraction zeros go ({@code 100.0} is {@code 100}); with one, it is checked and
     * rewritten through {@link BigDecimal}.
     */
    static String decimalText(String text) {
        if (text.indexOf('E') >= 0) {
            return plain(checkNumber(new BigDecimal(text)));
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, text.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /** DynamoDB numbers: up to 38 significant digits, magnitude between 1E-130 and 9.99...E+125. */
    static BigDecimal checkNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (stripped.precision() > 38) {
            throw new IllegalArgumentException("has " + stripped.precision()
                    + " significant digits, but DynamoDB numbers hold at most 38: " + value);
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent > 125 || exponent < -130) {
            throw new IllegalArgumentException("is outside DynamoDB's number range (1E-130 to 9.9E+125 in magnitude): " + value);
        }
        return stripped;
    }
}
