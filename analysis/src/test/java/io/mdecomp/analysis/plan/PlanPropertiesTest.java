package io.mdecomp.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.ModelGenerator;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws every plan obeys, over seeded synthetic models and the bundled samples. */
class PlanPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    static Stream<String> samples() {
        return Stream.of("antipatterns", "ecommerce", "monolith", "ride-hailing");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plansOfSyntheticModelsHoldNoConflictingSteps(long seed) {
        DomainModel model = ModelGenerator.generate(seed);
        laws(model, Analyzer.analyze(model), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void plansOfTheSamplesHoldNoConflictingSteps(String sample) {
        DomainModel model = ModelReader.read(Path.of("..", "samples", sample, "model.yaml"));
        laws(model, Analyzer.analyze(model), sample);
    }

    private static void laws(DomainModel model, AnalysisReport report, String label) {
        Plan plan = report.plan();
        PlanConsistency.check(model, plan, label);
        for (PlanStep step : plan.steps()) {
            String at = label + " step " + step.number();
            assertThat(step.number()).as(at).isEqualTo(plan.steps().indexOf(step) + 1);
            assertThat(step.effect().resolved().isEmpty() && step.effect().changed().isEmpty())
                    .as(at + ": resolves or reduces a finding").isFalse();
            assertThat(step.effect().introduced()).as(at + ": introduces no error")
                    .noneMatch(f -> f.severity() == Severity.ERROR);
        }
        // what the plan says it leaves is what analysing its result gives
        assertThat(Analyzer.evaluate(plan.result(), AnalysisSettings.defaults()).metrics()).as(label)
                .isEqualTo(plan.after());
        assertThat(plan.before()).as(label).isEqualTo(report.metrics());
    }
}
