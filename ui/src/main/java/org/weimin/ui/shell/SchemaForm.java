package org.weimin.ui.shell;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Option;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Renders any declared form (a feature's settings, an organisation type's attributes, a questionnaire)
 * without code that knows the plugin, and shows each refused field's message at the field.
 */
public class SchemaForm extends FormLayout {

    /** Shown instead of a stored secret; left as it is, the secret is kept. */
    public static final String SECRET_MASK = "********";

    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<String, Field> fields = new HashMap<>();

    public SchemaForm(FormSchema schema, Map<String, Object> values, Locale locale) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        for (Field field : schema.fields()) {
            Object value = values.get(field.key());
            HasValue<?, ?> input = input(field, value, locale);
            if (input instanceof Component component) {
                component.setId("field-" + field.key());
                add(component);
            }
            inputs.put(field.key(), input);
            fields.put(field.key(), field);
        }
    }

    private static HasValue<?, ?> input(Field field, Object value, Locale locale) {
        String label = field.label().in(locale) + (field.required() ? " *" : "");
        String help = field.help() == null ? null : field.help().in(locale);
        switch (field.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setValue(value == null ? "" : value.toString());
                area.setHelperText(help);
                return area;
            }
            case INTEGER -> {
                IntegerField number = new IntegerField(label);
                if (value != null && !value.toString().isBlank()) {
                    number.setValue(Integer.valueOf(value.toString()));
                }
                number.setHelperText(help);
                return number;
            }
            case BOOLEAN -> {
                Checkbox box = new Checkbox(label);
                box.setValue(value != null && Boolean.parseBoolean(value.toString()));
                return box;
            }
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.options().stream().map(Option::value).toList());
                select.setItemLabelGenerator(v -> optionLabel(field, v, locale));
                if (!field.required()) {
                    select.setEmptySelectionCaption("—");
                    select.setEmptySelectionAllowed(true);
                }
                if (value != null) {
                    select.setValue(value.toString());
                }
                select.setHelperText(help);
                return select;
            }
            case MULTI_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(field.options().stream().map(Option::value).toList());
                group.setItemLabelGenerator(v -> optionLabel(field, v, locale));
                if (value instanceof List<?> chosen) {
                    group.setValue(new LinkedHashSet<>(chosen.stream().map(Object::toString).toList()));
                }
                group.setHelperText(help);
                return group;
            }
            case DATE -> {
                DatePicker date = new DatePicker(label);
                if (value != null && !value.toString().isBlank()) {
                    date.setValue(LocalDate.parse(value.toString()));
                }
                date.setLocale(locale);
                date.setHelperText(help);
                return date;
            }
            case SECRET -> {
                PasswordField secret = new PasswordField(label);
                secret.setValue(value == null ? "" : value.toString());
                secret.setRevealButtonVisible(false);
                secret.setHelperText(help);
                return secret;
            }
            default -> {
                TextField text = new TextField(label);
                text.setValue(value == null ? "" : value.toString());
                text.setHelperText(help);
                return text;
            }
        }
    }

    private static String optionLabel(Field field, String value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return field.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().in(locale)).orElse(value);
    }

    /** The values as the platform's validation takes them; empty fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object value = input.getValue();
            if (value instanceof java.util.Set<?> set) {
                value = List.copyOf(set);
            } else if (value instanceof LocalDate date) {
                value = date.toString();
            } else if (value instanceof String text && text.isBlank()) {
                value = null;
            }
            if (value != null && !(fields.get(key).isSecret() && value.equals(""))) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** Marks the refused fields with their messages; returns the messages of fields not on this form. */
    public List<String> showErrors(List<FieldError> errors, Locale locale) {
        clearErrors();
        List<String> elsewhere = new java.util.ArrayList<>();
        for (FieldError error : errors) {
            HasValue<?, ?> input = inputs.get(error.field());
            if (input instanceof HasValidation validated) {
                validated.setErrorMessage(error.message().in(locale));
                validated.setInvalid(true);
            } else {
                elsewhere.add(error.message().in(locale));
            }
        }
        return elsewhere;
    }

    public void clearErrors() {
        inputs.values().forEach(input -> {
            if (input instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }
}
