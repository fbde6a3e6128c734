package org.weimin.spi.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.weimin.spi.LocalizedText;

class FormSchemaTest {

    private final FormSchema schema = FormSchema.of(
            Field.text("name", LocalizedText.of("名称", "Name")).asRequired().withRange(2, 20),
            Field.integer("members", LocalizedText.of("成员人数", "Members")).withRange(1, 500).withDefault("5"),
            Field.bool("active", LocalizedText.of("在服务", "Active")),
            Field.choice("kind", LocalizedText.of("类型", "Kind"),
                    new Option("union", LocalizedText.of("工会", "Trade union")),
                    new Option("youth", LocalizedText.of("团委", "Youth league"))),
            Field.multiChoice("days", LocalizedText.of("服务日", "Days"),
                    new Option("mon", LocalizedText.of("周一", "Monday")), new Option("sat", LocalizedText.of("周六", "Saturday"))),
            Field.date("since", LocalizedText.of("成立日期", "Founded")),
            Field.text("phone", LocalizedText.of("电话", "Phone")).withPattern("1[0-9]{10}"));

    @Test
    void goodValuesComeBackInTheirTypesWithDefaults() {
        ValidationResult result = schema.validate(Map.of("name", " 夕阳红志愿队 ", "active", "true", "kind", "union",
                "days", List.of("mon", "sat"), "since", "2019-04-03", "phone", "13800001111"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("name", "夕阳红志愿队").containsEntry("members", 5L)
                .containsEntry("active", true).containsEntry("days", List.of("mon", "sat"));
        assertThat(result.settings().integer("members")).contains(5L);
        assertThat(result.settings().flag("active")).isTrue();
    }

    @Test
    void everyBadValueIsNamedByItsField() {
        ValidationResult result = schema.validate(Map.of("members", "many", "active", "maybe", "kind", "guild",
                "days", "mon,sun", "since", "03/04/2019", "phone", "12345", "colour", "red"));
        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "members", "active", "kind", "days", "since", "phone", "colour");
        assertThat(result.errors()).filteredOn(e -> e.field().equals("name")).singleElement()
                .satisfies(e -> assertThat(e.message().en()).isEqualTo("Name is required"));
        assertThat(result.errors()).filteredOn(e -> e.field().equals("members")).singleElement()
                .satisfies(e -> assertThat(e.message().zh()).isEqualTo("成员人数应当是整数"));
    }

    @Test
    void anEmptyEntryInAListIsAnUnknownChoiceNotACrash() {
        java.util.List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        ValidationResult result = schema.validate(Map.of("name", "夕阳红", "days", withNull));
        assertThat(result.errors()).extracting(FieldError::field).containsExactly("days");
    }

    @Test
    void rangesApplyToNumbersAndTextLength() {
        ValidationResult result = schema.validate(Map.of("name", "超".repeat(21), "members", 501));
        assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "members");
    }

    @Test
    void aSchemaCannotBeDeclaredWrongly() {
        assertThatThrownBy(() -> FormSchema.of(Field.text("a", LocalizedText.of("甲", "A")),
                Field.text("a", LocalizedText.of("乙", "B")))).hasMessageContaining("used twice");
        assertThatThrownBy(() -> Field.text("1bad", LocalizedText.of("坏", "Bad"))).hasMessageContaining("field key");
        assertThatThrownBy(() -> Field.of("c", FieldType.CHOICE, LocalizedText.of("选", "Pick")))
                .hasMessageContaining("no options");
    }
}
