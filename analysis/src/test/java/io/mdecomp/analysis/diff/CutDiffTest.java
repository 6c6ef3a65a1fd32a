package io.mdecomp.analysis.diff;

import static io.mdecomp.analysis.fixtures.Models.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CutDiffTest {

    @Test
    void listsServiceChangesMovedEntitiesAndTheAgreementOfBothCuts() {
        DomainModel base = model().entities("Order", "Item", "Invoice", "Customer", "Coupon")
                .service("Shop", "Order", "Item", "Invoice").service("Crm", "Customer").build();
        DomainModel head = model().entities("Order", "Item", "Invoice", "Customer", "Review")
                .service("Shop", "Order", "Item").service("Billing", "Invoice").service("Crm", "Customer").build();
        CutDiff diff = CutDiff.between(base, head);
        assertThat(diff.addedServices()).containsExactly("Billing");
        assertThat(diff.removedServices()).isEmpty();
        assertThat(diff.addedEntities()).containsExactly("Review");
        assertThat(diff.removedEntities()).containsExactly("Coupon");
        assertThat(diff.moves()).containsExactly(new EntityMove("Invoice", "Shop", "Billing"));
        // head {Order,Item}{Invoice}{Customer} vs base {Order,Item,Invoice}{Customer}: one join, max mno 4 − 2 = 2
        assertThat(diff.mojoFm()).isEqualTo(50.0);
        // index 1, row pairs 1, column pairs 3, n = 4: expected 0.5, max 2 → 0.5 / 1.5
        assertThat(diff.adjustedRand()).isEqualTo(0.5 / 1.5);
    }

    @Test
    void unownedEntitiesAreSingletonClustersAndMovesFromNowhere() {
        DomainModel base = model().entities("A", "B").service("S", "A").build();
        DomainModel head = model().entities("A", "B").service("S", "A", "B").build();
        assertThat(CutDiff.between(base, head).moves())
                .containsExactly(new EntityMove("B", Assignment.UNOWNED + "B", "S"));
    }

    @Test
    void findingsAreMatchedByRuleAndSubjectsNeverByLocation() {
        Finding cycle = finding(RuleId.MD001, 3, "A", "B", "A");
        Finding movedCycle = finding(RuleId.MD001, 40, "A", "B", "A");
        Finding writers = finding(RuleId.MD003, 5, "Order", "A", "B");
        Finding coarse = finding(RuleId.MD006, 9, "A");
        FindingDelta delta = FindingDelta.between(List.of(cycle, writers), List.of(coarse, movedCycle));
        assertThat(delta.introduced()).containsExactly(coarse);
        assertThat(delta.resolved()).containsExactly(writers);
    }

    private static Finding finding(RuleId rule, int line, String... subjects) {
        return new Finding(rule, rule.defaultSeverity(), rule.title(), List.of(subjects),
                new SourceLocation("model.yaml", line, 3), Optional.empty());
    }
}
