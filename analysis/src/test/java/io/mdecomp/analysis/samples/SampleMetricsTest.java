package io.mdecomp.analysis.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Metric artefacts seen on the bundled samples, each pinned with hand-worked numbers. */
class SampleMetricsTest {

    private static AnalysisReport analyze(String sample) {
        return Analyzer.analyze(ModelReader.read(Path.of("..", "samples", sample, "model.yaml")));
    }

    @Test
    void theRideHailingCutIsNotReportedAsHighlyCoupled() {
        AnalysisReport report = analyze("ride-hailing");

        assertThat(report.findings()).noneMatch(f -> f.rule() == RuleId.MD008);
        // DispatchService (DriverLocation, Assignment): inside, their one pair weighs 67.86 (semantic proximity
        // 16.36, shared owner 30, latency 30, consistency −5, storage −3.5). Across to PricingService (FareQuote,
        // SurgeZone, same team): 61.18 + 61.68 + 82.77 + 60.18 = 265.81 over 2 · 2 pairs = 66.45.
        ServiceMetrics dispatch = report.service("DispatchService").orElseThrow();
        assertThat(dispatch.tie()).hasValueSatisfying(tie -> {
            assertThat(tie.partner()).isEqualTo("PricingService");
            assertThat(tie.inside()).isCloseTo(67.86, within(0.01));
            assertThat(tie.across()).isCloseTo(66.45, within(0.01));
        });
        assertThat(dispatch.coupling()).isCloseTo(66.45 / (67.86 + 66.45), within(1e-4));
        // TripService (Trip, Route, TripEvent): inside (120 + 90 + 87.27) / 3 pairs = 99.09; its strongest partner
        // is DispatchService, 193.32 over 3 · 2 pairs = 32.22, although its summed external weight (716.7) is more
        // than twice its internal weight
        ServiceMetrics trip = report.service("TripService").orElseThrow();
        assertThat(trip.coupling()).isCloseTo(32.22 / (99.09 + 32.22), within(1e-3));
    }

    @Test
    void choreographyIsNotACycle() {
        // BackOffice reads and writes Payment (data) and consumes ShopMonolith's events: both point at ShopMonolith
        assertThat(analyze("monolith").metrics().cycles()).isEmpty();
        // OrderService calls CustomerService and InventoryService, which consume OrderService's events
        AnalysisReport ecommerce = analyze("ecommerce");
        assertThat(ecommerce.metrics().cycles()).isEmpty();
        assertThat(ecommerce.metrics().siy()).isZero();
        assertThat(ecommerce.findings()).noneMatch(f -> f.rule() == RuleId.MD002);
    }
}
