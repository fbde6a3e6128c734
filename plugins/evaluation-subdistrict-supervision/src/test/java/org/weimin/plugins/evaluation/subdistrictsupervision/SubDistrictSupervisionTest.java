package org.weimin.plugins.evaluation.subdistrictsupervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class SubDistrictSupervisionTest {

    private final TestPluginContext context = new TestPluginContext();

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new SubDistrictSupervision());
    }

    @Test
    void supervisionDeductsBySeverity() {
        var factory = new SubDistrictSupervision();
        EvaluationMethod method = factory.create(context, factory.settingsSchema().validate(Map.of()).settings());
        var answers = method.questionnaire().validate(Map.of("criticalFindings", 1, "majorFindings", 2, "minorFindings", 5,
                "rectifiedOnTheSpot", true));
        assertThat(method.score(answers.values()).value()).isEqualTo(100 - 25 - 20 - 15 + 5);
        var many = method.questionnaire().validate(Map.of("criticalFindings", 9, "majorFindings", 0, "minorFindings", 0));
        assertThat(method.score(many.values()).value()).isZero();
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation.subdistrictsupervision");
    }
}
