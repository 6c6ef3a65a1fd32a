package io.mdecomp.analysis.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.diff.OneToOneMatching.Pair;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.InputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final ComponentAssignment TRUTH = AssignmentCsv.parse("truth.csv", """
            Components,Type,Label
            a1,class,S1
            a2,class,S1
            a3,class,S1
            b1,class,S2
            b2,class,S2
            b3,class,S2
            Util,class,C
            Old,class,N/U
            """);

    private static final ComponentAssignment PROPOSED = AssignmentCsv.parse("proposed.csv", """
            component,kind,service
            a1,class,P
            a2,class,P
            a3,class,Q
            b1,class,Q
            b2,class,Q
            b3,class,C
            Util,class,P
            Unknown,class,Q
            """);

    @Test
    void scoresAccuracyMoJoFmAndAdjustedRandByHand() {
        Evaluation evaluation = Evaluator.evaluate(TRUTH, List.of(new Candidate("mdecomp", PROPOSED)));

        assertThat(evaluation.shared()).isEqualTo(1);
        assertThat(evaluation.unused()).isEqualTo(1);
        assertThat(evaluation.services()).containsEntry("S1", 3).containsEntry("S2", 3).hasSize(2);
        CandidateEvaluation result = evaluation.candidates().get(0);
        // only the class scope and the overall one: the truth has no tables or views
        assertThat(result.scores()).extracting(Score::scope).containsExactly(Scope.CLASS, Scope.ALL);
        Score all = result.score(Scope.ALL).orElseThrow();
        // P = {a1, a2} ⊂ S1, Q = {a3 (S1), b1, b2 (S2)}, b3 unplaced: P–S1 2 + Q–S2 2 of 6
        assertThat(all.components()).isEqualTo(6);
        assertThat(all.placed()).isEqualTo(5);
        assertThat(all.correct()).isEqualTo(4);
        assertThat(all.accuracy()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(all.matching()).containsExactly(new Pair("P", "S1", 2), new Pair("Q", "S2", 2));
        // with b3 a cluster of its own: one move (a3) and one join (b3 into Q) = 2; the farthest
        // partition from S1/S2 is 6 − min(0 + 3, 1 + 3, 2 + 0) = 4 away: MoJoFM = (1 − 2/4) · 100
        assertThat(all.mojoFm()).isCloseTo(50.0, within(1e-9));
        // contingency P·S1 2, Q·S1 1, Q·S2 2, {b3}·S2 1: index 2, rows 1 + 3 + 0 = 4, columns 3 + 3 = 6,
        // expected 4 · 6 / 15 = 1.6, maximum 5: (2 − 1.6) / (5 − 1.6)
        assertThat(all.adjustedRand()).isCloseTo(0.4 / 3.4, within(1e-12));
        assertThat(result.score(Scope.CLASS).orElseThrow()).isEqualTo(new Score(Scope.CLASS, 6, 5, 4,
                all.mojoFm(), all.adjustedRand(), all.matching()));
    }

    @Test
    void listsWhatItGetsWrongAndWhatTheTruthDoesNotKnow() {
        CandidateEvaluation result = Evaluator.evaluate(TRUTH, List.of(new Candidate("mdecomp", PROPOSED)))
                .candidates().get(0);
        assertThat(result.misplaced()).containsExactly(
                new Misplacement(new ComponentKey(ComponentKind.CLASS, "a3"), "S1", Optional.of("Q"), Optional.of("S2")),
                new Misplacement(new ComponentKey(ComponentKind.CLASS, "b3"), "S2", Optional.empty(), Optional.empty()));
        assertThat(result.notInTruth()).containsExactly(new CandidateEvaluation.Stray(
                new ComponentKey(ComponentKind.CLASS, "Unknown"), Optional.empty()));
    }

    @Test
    void aPerfectAssignmentUnderOtherNamesScoresOne() {
        ComponentAssignment renamed = AssignmentCsv.parse("p.csv", """
                Components,Label
                a1,x
                a2,x
                a3,x
                b1,y
                b2,y
                b3,y
                """);
        Score all = Evaluator.evaluate(TRUTH, List.of(new Candidate("p", renamed))).candidates().get(0)
                .score(Scope.ALL).orElseThrow();
        assertThat(all.accuracy()).isEqualTo(1.0);
        assertThat(all.mojoFm()).isEqualTo(100.0);
        assertThat(all.adjustedRand()).isEqualTo(1.0);
    }

    @Test
    void eachKindIsMatchedOnItsOwnAndUnplacedKindsCountAsWrong() {
        ComponentAssignment truth = AssignmentCsv.parse("truth.csv", """
                Components,Type,Label
                Order,class,0
                OrderMapper,class,0
                Account,class,1
                orders(table),table,0
                account(table),table,1
                Cart(jsp),view,0
                """);
        // the classes only, as the published baselines do: tables and the view are unplaced
        ComponentAssignment classesOnly = AssignmentCsv.parse("baseline.csv", """
                Components,Label
                Order,7
                OrderMapper,7
                Account,7
                """);
        CandidateEvaluation result = Evaluator.evaluate(truth, List.of(new Candidate("baseline", classesOnly)))
                .candidates().get(0);
        assertThat(result.scores()).extracting(Score::scope)
                .containsExactly(Scope.CLASS, Scope.TABLE, Scope.VIEW, Scope.ALL);
        Score classes = result.score(Scope.CLASS).orElseThrow();
        assertThat(classes.correct()).isEqualTo(2);
        assertThat(classes.accuracy()).isCloseTo(2 / 3.0, within(1e-12));
        Score tables = result.score(Scope.TABLE).orElseThrow();
        assertThat(tables.placed()).isZero();
        assertThat(tables.accuracy()).isZero();
        Score all = result.score(Scope.ALL).orElseThrow();
        assertThat(all.components()).isEqualTo(6);
        assertThat(all.accuracy()).isCloseTo(2 / 6.0, within(1e-12));
    }

    @Test
    void aTruthWithoutServicesIsRefused() {
        ComponentAssignment truth = AssignmentCsv.parse("truth.csv", "Components,Label\nUtil,C\nOld,N/U\n");
        assertThatThrownBy(() -> Evaluator.evaluate(truth, List.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("truth.csv:1:1: error: the ground truth labels no component with a service (every row "
                        + "is C or N/U); nothing to score [value]");
    }
}
