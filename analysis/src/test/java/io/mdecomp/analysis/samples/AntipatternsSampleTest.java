package io.mdecomp.analysis.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The antipatterns sample exists to show every rule: each must fire on it at least once. */
class AntipatternsSampleTest {

    static final Path SAMPLE = Path.of("..", "samples", "antipatterns", "model.yaml");

    private static AnalysisReport report() {
        DomainModel model = ModelReader.read(SAMPLE);
        return Analyzer.analyze(model);
    }

    @Test
    void everyRuleFiresOnTheAntipatternsSample() {
        Set<RuleId> fired = report().findings().stream().map(Finding::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleId.class)));

        assertThat(fired).containsExactlyInAnyOrder(RuleId.values());
    }

    @Test
    void findingsPointIntoTheSampleFile() {
        assertThat(report().findings()).allSatisfy(f -> {
            assertThat(f.location().isKnown()).as(f.key()).isTrue();
            assertThat(f.location().file()).as(f.key()).endsWith("model.yaml");
        });
    }

    @Test
    void recommendsSplittingTheOrderMonolithAndMergingLoyalty() {
        AnalysisReport report = report();

        assertThat(report.recommendations()).filteredOn(r -> r instanceof Split).extracting(r -> r.service())
                .containsExactly("OrderService");
        assertThat(report.recommendations()).filteredOn(r -> r instanceof Merge).extracting(r -> r.service())
                .contains("LoyaltyService");
    }

    @Test
    void keyFindingsNameTheirSubjects() {
        List<Finding> findings = report().findings();

        assertThat(findings).filteredOn(f -> f.rule() == RuleId.MD001).extracting(Finding::subjects)
                .containsExactly(List.of("OrderService", "PaymentService"));
        assertThat(findings).filteredOn(f -> f.rule() == RuleId.MD005).extracting(Finding::subjects)
                .containsExactly(List.of("Payment", "OrderService", "PaymentService"));
        assertThat(findings).filteredOn(f -> f.rule() == RuleId.MD016).extracting(Finding::subjects)
                .contains(List.of("StorefrontService.checkout", "OrderService.placeOrder", "PaymentService.charge"));
    }
}
