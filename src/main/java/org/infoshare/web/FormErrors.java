package org.infoshare.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.springframework.validation.BindingResult;

/**
 * Shows a rule broken in the service on the form that sent it, beside the field concerned. The error
 * summary lists problems in the order the form declares its fields, which templates follow, so that the
 * summary reads in the same order as the page (as GOV.UK asks).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(BindingResult form, InvalidRequestException e) {
        Object target = form.getTarget();
        List<Violation> violations = target == null ? e.violations() : e.violations().stream()
                .sorted(Comparator.comparing((Violation v) -> position(target.getClass(), v.field()), FormErrors::compare))
                .toList();
        for (Violation violation : violations) {
            if (!violation.field().isEmpty() && target != null
                    && org.springframework.beans.BeanUtils.getPropertyDescriptor(target.getClass(), rootOf(violation.field())) != null) {
                form.rejectValue(violation.field(), violation.rule(), violation.message());
            } else {
                form.reject(violation.rule(), violation.message());
            }
        }
    }

    /**
     * Where a property path such as {@code firstAdministrator.username} sits in the form: the index of each
     * step among the declaring class's fields (superclasses' first). Problems not about a field come first;
     * paths the form does not declare, last.
     */
    static List<Integer> position(Class<?> form, String path) {
        List<Integer> position = new ArrayList<>();
        if (path.isEmpty()) {
            return List.of(-1);
        }
        Class<?> type = form;
        for (String step : path.split("\\.")) {
            String name = step.replaceAll("\\[.*]$", "");
            List<Field> fields = fields(type);
            int index = -1;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getName().equals(name)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                position.add(Integer.MAX_VALUE);
                break;
            }
            position.add(index);
            type = fields.get(index).getType();
        }
        return position;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            fields.addAll(fields(type.getSuperclass()));
        }
        // The JDK reports a class's fields in the order they are declared.
        Arrays.stream(type.getDeclaredFields()).filter(field -> !field.isSynthetic()
                && !java.lang.reflect.Modifier.isStatic(field.getModifiers())).forEach(fields::add);
        return fields;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int difference = Integer.compare(a.get(i), b.get(i));
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String rootOf(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return end < 0 ? path : path.substring(0, end);
    }
}
