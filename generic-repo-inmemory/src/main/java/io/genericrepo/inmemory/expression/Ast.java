package io.genericrepo.inmemory.expression;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one AST of DynamoDB's expressions: conditions (condition, filter and key condition
 * expressions), operands, and update actions. Placeholders are resolved while parsing, so the
 * tree holds attribute names and values.
 */
final class Ast {

    private Ast() {}

    /** A condition: true or false for an item. */
    sealed interface Condition permits Compare, Between, In, And, Or, Not, Function {}

    /** {@code left op right}, op one of {@code = <> < <= > >=}. */
    record Compare(String operator, Operand left, Operand right) implements Condition {}

    /** {@code value BETWEEN low AND high}. */
    record Between(Operand value, Operand low, Operand high) implements Condition {}

    /** {@code value IN (candidates...)}. */
    record In(Operand value, List<Operand> candidates) implements Condition {}

    /** {@code left AND right}. */
    record And(Condition left, Condition right) implements Condition {}

    /** {@code left OR right}. */
    record Or(Condition left, Condition right) implements Condition {}

    /** {@code NOT condition}. */
    record Not(Condition condition) implements Condition {}

    /** A function used as a condition: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    record Function(String name, List<Operand> args) implements Condition {}

    /** Something that has a value (or none) for an item. */
    sealed interface Operand permits PathOperand, ValueOperand, Call, Arithmetic {}

    /** The value at a document path of the item. */
    record PathOperand(DocumentPath path) implements Operand {}

    /** An expression attribute value ({@code value} is null when the placeholder is undefined). */
    record ValueOperand(String placeholder, AttributeValue value) implements Operand {}

    /** A function used as an operand: size (conditions), if_not_exists and list_append (updates). */
    record Call(String name, List<Operand> args) implements Operand {}

    /** {@code left + right} or {@code left - right} in an update's SET. */
    record Arithmetic(char operator, Operand left, Operand right) implements Operand {}

    /** One action of an update expression. */
    sealed interface Action permits Set, Remove, Add, Delete {
        DocumentPath path();
    }

    /** {@code SET path = value}. */
    record Set(DocumentPath path, Operand value) implements Action {}

    /** {@code REMOVE path}. */
    record Remove(DocumentPath path) implements Action {}

    /** {@code ADD path :value}. */
    record Add(DocumentPath path, ValueOperand value) implements Action {}

    /** {@code DELETE path :value}. */
    record Delete(DocumentPath path, ValueOperand value) implements Action {}
}
