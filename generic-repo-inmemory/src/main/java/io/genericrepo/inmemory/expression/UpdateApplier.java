package io.genericrepo.inmemory.expression;

import io.genericrepo.inmemory.error.Errors;
import io.genericrepo.inmemory.value.Numbers;
import io.genericrepo.inmemory.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Applies an update's actions to a copy of an item, as DynamoDB does: every SET value is computed
 * from the item as it was before the update; SET, ADD and DELETE then run in the order written,
 * and REMOVE last, the highest list index first, so that {@code REMOVE a[0], a[1]} removes the two
 * elements that were first (the elements after a removed one shift down).
 */
final class UpdateApplier implements UpdateExpr {

    /** A total order of paths in which, under one list, higher indexes come first. */
    private static final Comparator<DocumentPath> LAST_FIRST = (a, b) -> {
        for (int i = 0; i < Math.min(a.steps().size(), b.steps().size()); i++) {
            DocumentPath.Step x = a.steps().get(i);
            DocumentPath.Step y = b.steps().get(i);
            int order;
            if (x instanceof DocumentPath.Index ix && y instanceof DocumentPath.Index iy) {
                order = Integer.compare(iy.index(), ix.index());
            } else if (x instanceof DocumentPath.Key kx && y instanceof DocumentPath.Key ky) {
                order = kx.name().compareTo(ky.name());
            } else {
                order = x instanceof DocumentPath.Key ? -1 : 1;
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.steps().size(), b.steps().size());
    };

    private final List<Ast.Action> actions;

    UpdateApplier(List<Ast.Action> actions) {
        this.actions = actions;
    }

    @Override
    public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
        List<AttributeValue> setValues = new ArrayList<>();
        for (Ast.Action action : actions) {
            if (action instanceof Ast.Set set) {
                setValues.add(value(set.value(), item));
            }
        }
        Map<String, AttributeValue> result = item;
        int nextSet = 0;
        List<DocumentPath> removes = new ArrayList<>();
        for (Ast.Action action : actions) {
            if (action instanceof Ast.Set set) {
                result = DocumentPaths.set(result, set.path(), setValues.get(nextSet++));
            } else if (action instanceof Ast.Add add) {
                result = DocumentPaths.set(result, add.path(), added(DocumentPaths.get(result, add.path()), add.value().value()));
            } else if (action instanceof Ast.Delete delete) {
                AttributeValue left = deleted(DocumentPaths.get(result, delete.path()), delete.value().value());
                result = left == null ? DocumentPaths.remove(result, delete.path()) : DocumentPaths.set(result, delete.path(), left);
            } else {
                removes.add(action.path());
            }
        }
        removes.sort(LAST_FIRST);
        for (DocumentPath path : removes) {
            result = DocumentPaths.remove(result, path);
        }
        return result;
    }

    @Override
    public Set<String> topLevelAttributes() {
        Set<String> names = new LinkedHashSet<>();
        actions.forEach(a -> names.add(a.path().topLevel()));
        return names;
    }

    @Override
    public Map<String, AttributeValue> updatedPart(Map<String, AttributeValue> item) {
        return ProjectionBuilder.project(actions.stream().map(Ast.Action::path).toList(), item);
    }

    private static AttributeValue value(Ast.Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Ast.ValueOperand v) {
            return v.value();
        }
        if (operand instanceof Ast.PathOperand path) {
            AttributeValue value = DocumentPaths.get(item, path.path());
            if (value == null) {
                throw Errors.validation("The provided expression refers to an attribute that does not exist in the item");
            }
            return value;
        }
        if (operand instanceof Ast.Arithmetic arithmetic) {
            BigDecimal left = number(value(arithmetic.left(), item));
            BigDecimal right = number(value(arithmetic.right(), item));
            BigDecimal result = arithmetic.operator() == '+' ? left.add(right) : left.subtract(right);
            return AttributeValue.fromN(Numbers.format(Numbers.checkRange(result)));
        }
        Ast.Call call = (Ast.Call) operand;
        if (call.name().equals("if_not_exists")) {
            AttributeValue existing = DocumentPaths.get(item, ((Ast.PathOperand) call.args().get(0)).path());
            return existing != null ? existing : value(call.args().get(1), item);
        }
        AttributeValue first = value(call.args().get(0), item);
        AttributeValue second = value(call.args().get(1), item);
        if (!first.hasL() || !second.hasL()) {
            throw incorrectType();
        }
        List<AttributeValue> list = new ArrayList<>(first.l());
        list.addAll(second.l());
        return AttributeValue.fromL(list);
    }

    private static BigDecimal number(AttributeValue value) {
        if (value.n() == null) {
            throw incorrectType();
        }
        return new BigDecimal(value.n());
    }

    /** ADD: a number is added, a set's elements joined; a missing attribute starts from the value. */
    private static AttributeValue added(AttributeValue existing, AttributeValue value) {
        if (existing == null) {
            return value;
        }
        String type = Values.type(value);
        if (!type.equals(Values.type(existing))) {
            throw incorrectType();
        }
        if (type.equals("N")) {
            return AttributeValue.fromN(Numbers.format(Numbers.checkRange(new BigDecimal(existing.n()).add(new BigDecimal(value.n())))));
        }
        return setOperation(existing, value, (a, b) -> {
            List<Object> union = new ArrayList<>(a);
            b.stream().filter(e -> !a.contains(e)).forEach(union::add);
            return union;
        });
    }

    /** DELETE: the value's elements leave the set; null when none is left (the attribute goes). */
    private static AttributeValue deleted(AttributeValue existing, AttributeValue value) {
        if (existing == null) {
            return null;
        }
        if (!Values.type(value).equals(Values.type(existing))) {
            throw incorrectType();
        }
        AttributeValue left = setOperation(existing, value, (a, b) -> {
            List<Object> rest = new ArrayList<>(a);
            rest.removeAll(b);
            return rest;
        });
        return (left.hasSs() ? left.ss() : left.hasNs() ? left.ns() : left.bs()).isEmpty() ? null : left;
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue setOperation(AttributeValue a, AttributeValue b, BinaryOperator<List<Object>> operation) {
        // numbers in sets are stored normalised, so equal numbers have equal text
        if (a.hasSs()) {
            return AttributeValue.fromSs((List<String>) (List<?>) operation.apply(new ArrayList<>(a.ss()), new ArrayList<>(b.ss())));
        }
        if (a.hasNs()) {
            return AttributeValue.fromNs((List<String>) (List<?>) operation.apply(new ArrayList<>(a.ns()), new ArrayList<>(b.ns())));
        }
        return AttributeValue.fromBs((List<SdkBytes>) (List<?>) operation.apply(new ArrayList<>(a.bs()), new ArrayList<>(b.bs())));
    }

    private static DynamoDbException incorrectType() {
        return Errors.validation("An operand in the update expression has an incorrect data type");
    }
}
