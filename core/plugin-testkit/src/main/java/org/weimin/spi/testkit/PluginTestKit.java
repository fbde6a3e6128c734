package org.weimin.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.weimin.spi.FeatureFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.Score;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.ValidationResult;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.payment.PaymentChannel;
import org.weimin.spi.payment.PaymentNotice;
import org.weimin.spi.payment.PaymentOrder;
import org.weimin.spi.payment.PaymentRequest;
import org.weimin.spi.organization.OrganizationType;

/**
 * The contract every plugin feature keeps. In a plugin's tests:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> contract() {
 *     return PluginTestKit.contract(new MerchantTypeFactory(), new VolunteerTypeFactory());
 * }
 * }</pre>
 *
 * It checks that ids are well-formed, stable and unique; that every form (settings, attributes,
 * questionnaire, intake form) can be rendered; that create() works with default settings; and that bad
 * settings are refused with a message naming the field.
 */
public final class PluginTestKit {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    private PluginTestKit() {
    }

    public static Stream<DynamicTest> contract(FeatureFactory<?>... factories) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("feature ids are unique", () -> {
            Set<String> ids = new HashSet<>();
            for (FeatureFactory<?> factory : factories) {
                assertTrue(ids.add(factory.id()), "id used twice: " + factory.id());
            }
        }));
        for (FeatureFactory<?> factory : factories) {
            String id = factory.id();
            tests.add(dynamicTest(id + ": id is well-formed and stable", () -> {
                assertTrue(ID.matcher(id).matches(), "ids are lowercase words joined by dots or dashes: " + id);
                assertEquals(id, factory.id(), "the id must not change between calls");
                assertFalse(factory.displayName().zh().isBlank(), "a Chinese display name is required");
                assertNotNull(factory.displayName().en(), "an English display name is expected");
            }));
            tests.add(dynamicTest(id + ": settings form can be rendered", () -> assertRenderable(factory.settingsSchema())));
            tests.add(dynamicTest(id + ": create() works with default settings", () -> {
                Map<String, Object> sample = new HashMap<>(sampleValues(factory.settingsSchema()));
                sample.putAll(factory.exampleSettings());
                ValidationResult settings = factory.settingsSchema().validate(sample);
                assertTrue(settings.isValid(), "sample settings refused: " + settings.errors());
                assertTrue(factory.check(settings.settings()).isEmpty(), "sample settings refused by check()");
                Object feature = factory.create(new TestPluginContext(), settings.settings());
                assertNotNull(feature, "create() returned null");
                checkFeature(feature);
            }));
            tests.add(dynamicTest(id + ": bad settings are refused naming the field", () ->
                    assertRefusesBadValues(factory.settingsSchema())));
        }
        return tests.stream();
    }

    private static void checkFeature(Object feature) {
        if (feature instanceof OrganizationType type) {
            assertRenderable(type.attributes());
            assertFalse(type.modes().isEmpty(), "an organisation type takes on at least one resolution mode");
            ValidationResult attributes = type.attributes().validate(sampleValues(type.attributes()));
            assertTrue(attributes.isValid(), "sample attributes refused: " + attributes.errors());
            assertTrue(type.check(attributes.values()).isEmpty(), "sample attributes refused by check()");
            assertRefusesBadValues(type.attributes());
        }
        if (feature instanceof EvaluationMethod method) {
            assertFalse(method.subjects().isEmpty(), "an evaluation method evaluates something");
            assertFalse(method.participantRoles().isEmpty(), "somebody must be able to take part");
            assertRenderable(method.questionnaire());
            ValidationResult answers = method.questionnaire().validate(sampleValues(method.questionnaire()));
            assertTrue(answers.isValid(), "sample answers refused: " + answers.errors());
            Score score = method.score(answers.values());
            assertFalse(score.explanation().zh().isBlank(), "a score explains itself");
            Score combined = method.aggregate(List.of(score, score));
            assertTrue(combined.value() >= 0 && combined.value() <= 100);
        }
        if (feature instanceof IntakeChannel channel) {
            assertRenderable(channel.form());
        }
        if (feature instanceof PaymentChannel channel) {
            PaymentRequest request = new PaymentRequest("00000000-0000-0000-0000-000000000001", 100, "测试", "https://weimin.example/notify",
                    "https://weimin.example/return");
            PaymentOrder order = channel.order(request);
            assertNotNull(order, "order() returned null");
            assertFalse(order.providerReference() == null || order.providerReference().isBlank(), "an order has the provider's reference");
            assertTrue(order.payUrl() != null && order.payUrl().startsWith("http"), "an order has an address to pay at");
            assertEquals(order, channel.order(request), "asking again for the same payment gives the same order");
            PaymentNotice unsigned = channel.notice(new InboundDelivery("POST", Map.of(), Map.of(), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "127.0.0.1"));
            assertTrue(unsigned instanceof PaymentNotice.Unauthenticated, "an unsigned notification is refused, not read: " + unsigned);
        }
    }

    /** Every field has a Chinese label, every choice a labelled option, every default passes its own field. */
    public static void assertRenderable(FormSchema schema) {
        Map<String, Object> defaults = new HashMap<>();
        for (Field field : schema.fields()) {
            assertFalse(field.label().zh().isBlank(), field.key() + " has no Chinese label");
            field.options().forEach(o -> assertFalse(o.label().zh().isBlank(), field.key() + "." + o.value() + " has no label"));
            if (field.defaultValue() != null) {
                defaults.put(field.key(), field.defaultValue());
            }
        }
        ValidationResult result = schema.validate(defaults);
        assertTrue(result.errors().stream().allMatch(e -> !defaults.containsKey(e.field())),
                "a default value does not pass its own field: " + result.errors());
    }

    /** Valid values for every field of a schema: defaults where given, plausible samples otherwise. */
    public static Map<String, Object> sampleValues(FormSchema schema) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : schema.fields()) {
            if (field.defaultValue() != null || !field.required() && field.pattern() != null) {
                // An optional field with a pattern is left out: absent is always a valid value for it.
                continue;
            }
            values.put(field.key(), switch (field.type()) {
                case INTEGER -> field.min() != null ? field.min().longValue() : field.max() != null ? Math.min(1L, field.max()) : 1L;
                case BOOLEAN -> true;
                case CHOICE -> field.options().get(0).value();
                case MULTI_CHOICE -> List.of(field.options().get(0).value());
                case DATE -> LocalDate.of(2026, 11, 27).toString();
                default -> sampleText(field);
            });
        }
        return values;
    }

    private static String sampleText(Field field) {
        if (field.pattern() != null) {
            throw new IllegalStateException("field " + field.key() + " has a pattern: give it a default value, "
                    + "so that the test kit (and people) can see a valid example");
        }
        int length = field.min() == null ? 4 : Math.max(field.min(), 1);
        return "示例文本示例文本示例文本".repeat(length / 12 + 1).substring(0, length);
    }

    private static void assertRefusesBadValues(FormSchema schema) {
        Map<String, Object> good = sampleValues(schema);
        ValidationResult unknown = schema.validate(with(good, "noSuchField", "x"));
        assertTrue(unknown.errors().stream().anyMatch(e -> e.field().equals("noSuchField")), "an unknown field must be refused");
        for (Field field : schema.fields()) {
            if (field.required() && field.defaultValue() == null) {
                Map<String, Object> missing = new HashMap<>(good);
                missing.remove(field.key());
                assertNamed(schema.validate(missing), field, "left out although required");
            }
            Object bad = badValue(field);
            if (bad != null) {
                assertNamed(schema.validate(with(good, field.key(), bad)), field, "given " + bad);
            }
        }
    }

    private static void assertNamed(ValidationResult result, Field field, String situation) {
        assertTrue(result.errors().stream().anyMatch(e -> e.field().equals(field.key())
                        && !e.message().zh().isBlank()),
                field.key() + " " + situation + " must be refused with a message naming it, got " + result.errors());
    }

    private static Object badValue(Field field) {
        return switch (field.type()) {
            case INTEGER -> "not a number";
            case BOOLEAN -> "maybe";
            case CHOICE, MULTI_CHOICE -> "no-such-option";
            case DATE -> "31/02/2026";
            default -> field.max() != null ? "长".repeat(field.max() + 1) : field.pattern() != null ? "\u0000" : null;
        };
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(key, value);
        return copy;
    }
}
