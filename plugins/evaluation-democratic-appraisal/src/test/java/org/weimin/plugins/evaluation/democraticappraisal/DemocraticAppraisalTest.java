package org.weimin.plugins.evaluation.democraticappraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.Score;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class DemocraticAppraisalTest {

    private final TestPluginContext context = new TestPluginContext();

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new DemocraticAppraisal());
    }

    @Test
    void democraticAppraisalSaysWhenTooFewTookPart() {
        var factory = new DemocraticAppraisal();
        EvaluationMethod method = factory.create(context, factory.settingsSchema().validate(Map.of("quorum", 3)).settings());
        Score satisfied = method.score(Map.of("verdict", "satisfied"));
        Score mostly = method.score(Map.of("verdict", "mostly"));
        assertThat(method.aggregate(java.util.List.of(satisfied, mostly)).explanation().en()).contains("fewer than the quorum of 3");
        Score enough = method.aggregate(java.util.List.of(satisfied, mostly, mostly));
        assertThat(enough.value()).isEqualTo(80);
        assertThat(enough.explanation().en()).doesNotContain("quorum");
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation.democraticappraisal");
    }
}
