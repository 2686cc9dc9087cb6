package io.genericrepo.inmemory.value;

import io.genericrepo.inmemory.error.Errors;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DynamoDB's numbers: at most 38 significant digits, a magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125 (or zero), compared numerically and returned to
 * clients in plain notation without redundant zeros ({@code "1.0"} is {@code "1"}, {@code "1E2"} is
 * {@code "100"}, {@code "-0"} is {@code "0"}), as dynalite and DynamoDB do.
 */
public final class Numbers {

    static final int MAX_DIGITS = 38;
    static final int MAX_EXPONENT = 125;
    static final int MIN_EXPONENT = -130;

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");

    private Numbers() {}

    /**
     * Parses a number sent by a client, checking DynamoDB's range and precision.
     *
     * @throws software.amazon.awssdk.services.dynamodb.model.DynamoDbException a ValidationException
     *     in DynamoDB's words when the text is no number or is out of range
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            throw Errors.validation("The parameter cannot be converted to a numeric value");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw Errors.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw Errors.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return checkRange(number);
    }

    /** @return the number in DynamoDB's normalised text form, after the checks of {@link #parse} */
    public static String normalise(String text) {
        return format(parse(text));
    }

    /**
     * Checks a computed number (the result of an update's arithmetic) against DynamoDB's range and
     * precision and returns it stripped of trailing zeros.
     */
    public static BigDecimal checkRange(BigDecimal number) {
        if (number.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        long exponent = (long) stripped.precision() - stripped.scale() - 1;
        if (exponent > MAX_EXPONENT) {
            throw Errors.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (exponent < MIN_EXPONENT) {
            throw Errors.validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (stripped.precision() > MAX_DIGITS) {
            throw Errors.validation("Attempting to store more than 38 significant digits in a Number");
        }
        return stripped;
    }

    /** @return the plain, normalised text of a number already checked */
    public static String format(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** Numeric order of two numbers in DynamoDB's text form. */
    public static int compare(String a, String b) {
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }

    /** The storage size DynamoDB counts for a number (dynalite's formula, matching the service). */
    static int size(String text) {
        BigDecimal number = new BigDecimal(text);
        if (number.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        int digits = stripped.precision();
        int exponent = stripped.precision() - stripped.scale() - 1;
        int size = 1 + (digits + 1) / 2;
        if (digits % 2 == 0 && exponent % 2 == 0) {
            size++;
        }
        return number.signum() < 0 ? size + 1 : size;
    }
}
