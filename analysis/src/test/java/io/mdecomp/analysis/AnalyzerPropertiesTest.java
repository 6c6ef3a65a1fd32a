package io.mdecomp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.model.DomainModel;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzerPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(1, 121);
    }

    /** Fewer seeds where the whole analysis, plan included, runs twice per seed. */
    static LongStream planSeeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void metricsStayInRange(long seed) {
        DomainModel model = ModelGenerator.generate(seed);
        io.mdecomp.analysis.plan.Evaluation report = Analyzer.evaluate(model, AnalysisSettings.defaults());

        assertThat(report.services()).as("seed %d", seed).hasSize(model.services().size());
        for (ServiceMetrics m : report.services()) {
            assertThat(m.granularity()).as("seed %d %s", seed, m.name()).isBetween(0.0, 1.0);
            assertThat(m.sharedEntityCoupling()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(m.cohesion()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(m.coupling()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(m.instability()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(m.siuc()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(m.acs()).as("seed %d", seed).isEqualTo(m.ais() * m.ads());
            assertThat(m.topPartners()).as("seed %d", seed).hasSizeLessThanOrEqualTo(3);
            assertThat(m.syncFanOut()).as("seed %d", seed).isLessThanOrEqualTo(m.ce());
            assertThat(m.syncDepth()).as("seed %d", seed).isBetween(0, model.services().size() - 1);
        }
        SystemMetrics s = report.metrics();
        assertThat(s.modularity()).as("seed %d", seed).isBetween(-0.5, 1.0);
        assertThat(s.mq()).as("seed %d", seed).isBetween(0.0, (double) model.services().size());
        assertThat(s.sm()).as("seed %d", seed).isBetween(-1.0, 1.0);
        assertThat(s.icp()).as("seed %d", seed).isBetween(0.0, 1.0);
        assertThat(s.ned()).as("seed %d", seed).isBetween(0.0, 1.0);
        assertThat(s.scf()).as("seed %d", seed).isBetween(0.0, 1.0);
        assertThat(s.ifn()).as("seed %d", seed).isGreaterThanOrEqualTo(0.0);
        assertThat(s.siy()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
        for (var cycle : s.cycles()) {
            assertThat(cycle.get(0)).as("seed %d", seed).isEqualTo(cycle.get(cycle.size() - 1));
        }
        assertThat(report.findings()).as("seed %d", seed).isSortedAccordingTo(io.mdecomp.analysis.rules.Finding.ORDER);
        // the one-pass modularity equals the general function over the services' entity sets
        java.util.List<java.util.List<String>> cut = model.services().stream()
                .map(sv -> report.context().entityGraph().ownership().entitiesOf(sv.name())).toList();
        assertThat(s.modularity()).as("seed %d", seed).isCloseTo(io.mdecomp.analysis.clustering.Modularity.of(
                report.context().entityGraph().positive(), io.mdecomp.analysis.clustering.Clustering.of(cut)),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("planSeeds")
    void analysisIsDeterministic(long seed) {
        DomainModel model = ModelGenerator.generate(seed);
        AnalysisReport first = Analyzer.analyze(model);
        AnalysisReport second = Analyzer.analyze(ModelGenerator.generate(seed));

        assertThat(second.services()).as("seed %d", seed).isEqualTo(first.services());
        assertThat(second.metrics()).as("seed %d", seed).isEqualTo(first.metrics());
        assertThat(second.findings()).as("seed %d", seed).isEqualTo(first.findings());
        assertThat(second.recommendations()).as("seed %d", seed).isEqualTo(first.recommendations());
        assertThat(second.plan().steps()).as("seed %d", seed).isEqualTo(first.plan().steps());
        assertThat(second.plan().open()).as("seed %d", seed).isEqualTo(first.plan().open());
        assertThat(second.plan().comparison()).as("seed %d", seed).isEqualTo(first.plan().comparison());
        assertThat(second.entityGraph().edges().toString()).isEqualTo(first.entityGraph().edges().toString());
        assertThat(second.serviceGraph().edges()).isEqualTo(first.serviceGraph().edges());
    }
}
