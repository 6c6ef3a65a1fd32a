package io.mdecomp.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.ModelGenerator;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Planner#steps} (what a proposal reads) gives the steps of {@link Planner#plan} for every
 * budget, from one trial analysis to the default, on seeded synthetic models and the samples.
 */
class PlanStepsTest {

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();

    static Stream<Arguments> models() {
        Stream<Arguments> seeded = LongStream.range(1, 16)
                .mapToObj(seed -> Arguments.of("seed " + seed, ModelGenerator.generate(seed)));
        Stream<Arguments> samples = Stream.of("antipatterns", "ecommerce", "monolith", "ride-hailing")
                .map(s -> Arguments.of(s, ModelReader.read(Path.of("..", "samples", s, "model.yaml"))));
        return Stream.concat(seeded, samples);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void stepsAreThoseOfTheFullPlanWhateverTheBudget(String label, DomainModel model) {
        Evaluation base = Analyzer.evaluate(model, SETTINGS);
        long cost = Planner.units(base);
        for (long analyses : List.of(1L, 2L, 3L, 5L, 8L, 13L, Planner.BUDGET / cost)) {
            AtomicInteger full = new AtomicInteger();
            AtomicInteger stepsOnly = new AtomicInteger();
            Plan plan = planner(full, analyses * cost).plan(base);
            List<PlanStep> steps = planner(stepsOnly, analyses * cost).steps(base);
            assertThat(steps).as(label + ", " + analyses + " trial analyses").isEqualTo(plan.steps());
            assertThat(stepsOnly.get()).as(label + ", " + analyses + " trial analyses").isLessThanOrEqualTo(full.get());
        }
    }

    @Test
    void aRoundThatWouldSpendTheBudgetIsNotAnalysed() {
        int full = 0;
        int stepsOnly = 0;
        for (long seed = 1; seed < 16; seed++) {
            Evaluation base = Analyzer.evaluate(ModelGenerator.generate(seed), SETTINGS);
            AtomicInteger fullCount = new AtomicInteger();
            AtomicInteger stepsCount = new AtomicInteger();
            Plan plan = planner(fullCount, Planner.units(base)).plan(base);
            planner(stepsCount, Planner.units(base)).steps(base);
            if (plan.steps().isEmpty() && plan.stopped().startsWith("the plan stopped after 1 trial")) {
                // one analysis, a second candidate waiting: nothing can be taken, so nothing is analysed
                assertThat(stepsCount.get()).as("seed " + seed).isZero();
            }
            full += fullCount.get();
            stepsOnly += stepsCount.get();
        }
        assertThat(stepsOnly).isLessThan(full);
    }

    private static Planner planner(AtomicInteger count, long budgetUnits) {
        return new Planner(m -> {
            count.incrementAndGet();
            return Analyzer.evaluate(m, SETTINGS);
        }, SETTINGS, budgetUnits);
    }
}
