package org.weimin.ui.shell;

/** Which field a use case refused, as forms name their fields. */
public final class InputErrors {

    private InputErrors() {
    }

    /** The last named node of the violation's path ("fulfil.note" names "note"); empty when there is none. */
    public static String field(jakarta.validation.ConstraintViolationException e) {
        return e.getConstraintViolations().stream().findFirst().map(v -> {
            String name = null;
            for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
                name = node.getName() == null ? name : node.getName();
            }
            return name;
        }).orElse("");
    }
}
