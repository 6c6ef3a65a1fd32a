package io.mdecomp.analysis.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding finding(RuleId rule, int line, String... subjects) {
        return new Finding(rule, rule.defaultSeverity(), rule.title() + ": " + String.join(", ", subjects),
                List.of(subjects), new SourceLocation("model.yaml", line, 5), Optional.empty());
    }

    private final Finding cycle = finding(RuleId.MD001, 10, "A", "B", "A");
    private final Finding writers = finding(RuleId.MD003, 20, "Order", "A", "B");
    private final Finding coarse = finding(RuleId.MD006, 30, "A");

    @Test
    void failsOnErrorsByDefaultAndNeverWithFailOnNever() {
        List<Finding> findings = List.of(coarse, cycle);
        assertThat(CheckResult.of(findings, Baseline.EMPTY, FailOn.ERROR).failing()).containsExactly(cycle);
        assertThat(CheckResult.of(findings, Baseline.EMPTY, FailOn.ERROR).passed()).isFalse();
        assertThat(CheckResult.of(findings, Baseline.EMPTY, FailOn.WARNING).failing()).containsExactly(cycle, coarse);
        assertThat(CheckResult.of(findings, Baseline.EMPTY, FailOn.NEVER).passed()).isTrue();
        assertThat(CheckResult.of(List.of(coarse), Baseline.EMPTY, FailOn.ERROR).passed()).isTrue();
    }

    @Test
    void baselinedFindingsDoNotFailEvenWhenTheirLineMoved() {
        Baseline baseline = Baseline.of(List.of(cycle, writers));
        Finding movedCycle = finding(RuleId.MD001, 99, "A", "B", "A");
        CheckResult result = CheckResult.of(List.of(movedCycle, writers), baseline, FailOn.ERROR);
        assertThat(result.passed()).isTrue();
        assertThat(result.comparison().baselined()).containsExactly(movedCycle, writers);
        assertThat(result.comparison().newFindings()).isEmpty();
        assertThat(result.comparison().fixed()).isEmpty();
    }

    @Test
    void aNewViolationFailsAndAFixedOneIsReportedAsGone() {
        Baseline baseline = Baseline.of(List.of(cycle, writers));
        Finding newWriters = finding(RuleId.MD003, 21, "Payment", "A", "C");
        CheckResult result = CheckResult.of(List.of(cycle, newWriters), baseline, FailOn.ERROR);
        assertThat(result.passed()).isFalse();
        assertThat(result.failing()).containsExactly(newWriters);
        assertThat(result.comparison().fixed()).extracting(BaselineEntry::key).containsExactly("MD003:Order,A,B");
    }

    @Test
    void writesASortedFileThatReadsBackToTheSameBaseline() {
        Finding quoted = new Finding(RuleId.MD013, RuleId.MD013.defaultSeverity(), "event \"Paid\" \\ never consumed",
                List.of("Paid"), SourceLocation.UNKNOWN, Optional.empty());
        Baseline baseline = Baseline.of(List.of(writers, quoted, cycle));
        String text = BaselineFile.write(baseline);
        assertThat(text).isEqualTo("# mdecomp baseline: findings accepted on purpose. A finding matches an entry\n"
                + "# by rule and subjects, never by line. Rewrite it with --update-baseline.\n"
                + "version: 1\n"
                + "findings:\n"
                + "  - rule: MD001\n"
                + "    subjects: [\"A\", \"B\", \"A\"]\n"
                + "    message: \"Cycle of synchronous calls between services: A, B, A\"\n"
                + "  - rule: MD003\n"
                + "    subjects: [\"Order\", \"A\", \"B\"]\n"
                + "    message: \"Entity written by more than one service: Order, A, B\"\n"
                + "  - rule: MD013\n"
                + "    subjects: [\"Paid\"]\n"
                + "    message: \"event \\\"Paid\\\" \\\\ never consumed\"\n");
        Baseline read = BaselineFile.read("baseline.yaml", text);
        assertThat(read.entries()).extracting(BaselineEntry::key)
                .containsExactly("MD001:A,B,A", "MD003:Order,A,B", "MD013:Paid");
        assertThat(read.entries().get(2).message()).isEqualTo("event \"Paid\" \\ never consumed");
        assertThat(read.entries().get(1).location()).isEqualTo(new SourceLocation("baseline.yaml", 8, 5));
        assertThat(BaselineFile.read("b.yaml", BaselineFile.write(Baseline.EMPTY)).entries()).isEmpty();
    }

    @Test
    void anEmptyFileIsAnEmptyBaseline() {
        assertThat(BaselineFile.read("baseline.yaml", "\n").entries()).isEmpty();
        assertThat(BaselineFile.read("baseline.yaml", "# nothing accepted yet\n").entries()).isEmpty();
    }

    @Test
    void writesJsonForAJsonFileThatReadsBackToTheSameBaseline() {
        Finding quoted = new Finding(RuleId.MD013, RuleId.MD013.defaultSeverity(), "event \"Paid\" \\ never\tconsumed",
                List.of("Paid"), SourceLocation.UNKNOWN, Optional.empty());
        Baseline baseline = Baseline.of(List.of(writers, quoted));
        String json = BaselineFile.write(baseline, "ci/baseline.JSON");
        assertThat(json).isEqualTo("{\n  \"version\": 1,\n  \"findings\": [\n"
                + "    {\"rule\": \"MD003\", \"subjects\": [\"Order\", \"A\", \"B\"], \"message\": "
                + "\"Entity written by more than one service: Order, A, B\"},\n"
                + "    {\"rule\": \"MD013\", \"subjects\": [\"Paid\"], \"message\": \"event \\\"Paid\\\" \\\\ never\\tconsumed\"}\n"
                + "  ]\n}\n");
        Baseline read = BaselineFile.read("baseline.json", json);
        assertThat(read.entries()).extracting(BaselineEntry::key).containsExactly("MD003:Order,A,B", "MD013:Paid");
        assertThat(read.entries().get(1).message()).isEqualTo(quoted.message());
        assertThat(read.entries().get(1).location()).isEqualTo(new SourceLocation("baseline.json", 5, 5));
        assertThat(BaselineFile.write(Baseline.EMPTY, "b.json")).isEqualTo("{\n  \"version\": 1,\n  \"findings\": []\n}\n");
        assertThat(BaselineFile.read("b.json", BaselineFile.write(Baseline.EMPTY, "b.json")).entries()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfABadBaselineWithItsLocation() {
        String text = "version: 1\nfindings:\n  - rule: MD099\n    subjects: [A]\n  - subjects: A\n    rule: MD001\n"
                + "  - {rule: MD002, subjects: [A], colour: red}\n";
        assertThatThrownBy(() -> BaselineFile.read("baseline.yaml", text))
                .isInstanceOf(InputException.class)
                .hasMessage("baseline.yaml:3:11: error: unknown rule 'MD099' (known: MD001 .. MD016) [ref]\n"
                        + "baseline.yaml:5:15: error: 'subjects' must be a list of names, got 'A' [type]\n"
                        + "baseline.yaml:7:34: error: unknown key 'colour' in a baseline entry (known: message, rule, "
                        + "subjects) [unknown-key]");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLocation() {
        assertThatThrownBy(() -> BaselineFile.read("baseline.yaml", "version: 1\nfindings: [\n  - {rule: \n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("baseline.yaml:")
                .hasMessageContaining("error: YAML syntax error");
    }

    @Test
    void parsesFailOnLabels() {
        assertThat(FailOn.parse(" Warning ")).contains(FailOn.WARNING);
        assertThat(FailOn.parse("never")).contains(FailOn.NEVER);
        assertThat(FailOn.parse("fatal")).isEmpty();
    }
}
