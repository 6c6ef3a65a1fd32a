package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final String DATA = "../bench/decomposition/PetClinic/";

    private static CliRun petClinic(String format) {
        return CliRun.run("evaluate", DATA + "baseline-Bunch.csv", "--name", "Bunch", "--truth", DATA + "ground-truth.csv",
                "--baseline", "MEM=" + DATA + "baseline-MEM.csv", "--baseline",
                "Mono2Micro=" + DATA + "baseline-Mono2Micro.csv", "--format", format);
    }

    @Test
    void scoresThePublishedBaselinesSideBySide() {
        CliRun run = petClinic("text");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("32 components scored in 3 services (18 class, 7 table, 7 view); left out: "
                + "11 shared (C), 1 unused (N/U)")
                .containsPattern("class  Bunch +17/18 +16 +0\\.889")
                .containsPattern("class  MEM +15/18 +8 +0\\.444")
                .containsPattern("class  Mono2Micro +10/18 +7 +0\\.389")
                .contains("not in the truth: PetTypeFormatter (class), did you mean PetTypeFormattor?");
        Golden.assertMatches("evaluate-petclinic.txt", run.out());
    }

    @Test
    void writesMarkdownAndJson() throws Exception {
        Golden.assertMatches("evaluate-petclinic.md", petClinic("markdown").out());
        CliRun run = petClinic("json");
        Golden.assertMatches("evaluate-petclinic.json", run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/scored/all").asInt()).isEqualTo(32);
        JsonNode bunch = json.at("/assignments/0");
        assertThat(bunch.get("name").asText()).isEqualTo("Bunch");
        assertThat(bunch.at("/scores/0/scope").asText()).isEqualTo("class");
        assertThat(bunch.at("/scores/0/accuracy").asDouble()).isEqualTo(0.8889);
        assertThat(bunch.at("/notInTruth/0/didYouMean").asText()).isEqualTo("PetTypeFormattor");
    }

    @Test
    void writesItsOwnComponentCsvScoresToAFile(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.csv"), "Components,Type,Label\nOrder,class,0\n"
                + "orders(table),table,0\nAccount,class,1\nHome(jsp),view,C\n");
        Path proposed = Files.writeString(dir.resolve("components.csv"), "component,kind,service\n"
                + "Order,class,Orders\norders,table,Orders\nAccount,class,Accounts\nHome,view,C\n");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("evaluate", proposed.toString(), "--truth", truth.toString(), "--format", "json",
                "-o", report.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/assignments/0/name").asText()).isEqualTo("proposed");
        assertThat(json.at("/assignments/0/scores/2/scope").asText()).isEqualTo("all");
        assertThat(json.at("/assignments/0/scores/2/accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/assignments/0/misplaced").size()).isZero();
    }

    @Test
    void scoresPagesOfOneBaseNameByExtensionAndWarnsOfAKindTheNameContradicts(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.csv"), "Components,Type,Label\naccount(jsp),view,1\n"
                + "account(xhtml),view,1\nquote(jsp),class,2\nQuote,class,2\n");
        Path proposed = Files.writeString(dir.resolve("components.csv"), "component,kind,service\n"
                + "account.jsp,view,Accounts\naccount.xhtml,view,Accounts\nquote,view,Quotes\nQuote,class,Quotes\n");
        CliRun run = CliRun.run("evaluate", proposed.toString(), "--truth", truth.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains(truth + ":4:1: warning: 'quote(jsp)' is written as a view but its kind is "
                + "class; taken as a view");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/scored/view").asInt()).isEqualTo(3);
        assertThat(json.at("/assignments/0/scores/2/scope").asText()).isEqualTo("all");
        assertThat(json.at("/assignments/0/scores/2/accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void reportsTheProblemsOfEveryFileAtOnce(@TempDir Path dir) throws Exception {
        Path truth = Files.writeString(dir.resolve("truth.csv"), "Components,Type,Label\nOrder,klass,0\n");
        Path proposed = Files.writeString(dir.resolve("p.csv"), "component,service\nOrder\n");
        CliRun run = CliRun.run("evaluate", proposed.toString(), "--truth", truth.toString());
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(proposed + ":2:1: error: this row has 1 field, the header has 2")
                .contains(truth + ":2:7: error: unknown kind 'klass'; did you mean 'class'?")
                .doesNotContain("Exception");
    }

    @Test
    void readsAndReportsAFileNamedTwiceOnce(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "Components,Type,Label\nOrder,klass,0\n");
        Path proposed = Files.writeString(dir.resolve("p.csv"), "component,kind,service\nOrder,class,Orders\n");
        CliRun run = CliRun.run("evaluate", proposed.toString(), "--truth", bad.toString(), "--baseline",
                "Same=" + bad, "--baseline", "Again=" + dir.resolve(".").resolve("bad.csv"));
        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        String error = ":2:7: error: unknown kind 'klass'";
        assertThat(run.err()).contains(error);
        assertThat(run.err().indexOf(error)).isEqualTo(run.err().lastIndexOf(error));

        Path warned = Files.writeString(dir.resolve("warned.csv"), "Components,Type,Label\nquote(jsp),class,2\n");
        CliRun self = CliRun.run("evaluate", warned.toString(), "--truth", warned.toString(), "--format", "json");
        assertThat(self.code()).as(self.err()).isEqualTo(ExitCode.OK);
        String warning = "warning: 'quote(jsp)' is written as a view";
        assertThat(self.err()).contains(warning);
        assertThat(self.err().indexOf(warning)).isEqualTo(self.err().lastIndexOf(warning));
    }

    @Test
    void refusesBadBaselineOptions() {
        String truth = DATA + "ground-truth.csv";
        CliRun noEquals = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", truth, "--baseline", "Bunch");
        assertThat(noEquals.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEquals.err()).contains("--baseline takes NAME=FILE, got 'Bunch'");
        CliRun twice = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", truth, "--baseline",
                "proposed=" + DATA + "baseline-Bunch.csv");
        assertThat(twice.err()).contains("two assignments are called 'proposed'");
        CliRun missing = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", truth, "--baseline",
                "X=" + DATA + "nothing.csv");
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nothing.csv: error: no such file [io]");
        CliRun noTruth = CliRun.run("evaluate", DATA + "baseline-MEM.csv");
        assertThat(noTruth.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noTruth.err()).contains("Missing required option: '--truth=TRUTH.csv'");
    }
    @Test
    void refusesBlankNamesAndAReportOverAnInput(@TempDir Path dir) throws Exception {
        String truth = DATA + "ground-truth.csv";
        CliRun blank = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", truth, "--name", " ");
        assertThat(blank.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(blank.err()).contains("--name must not be blank").doesNotContain("internal error");
        CliRun blankBaseline = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", truth, "--baseline",
                " =" + DATA + "baseline-Bunch.csv");
        assertThat(blankBaseline.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(blankBaseline.err()).contains("--baseline takes NAME=FILE, got ' =");
        Path copy = Files.copy(Path.of(truth), dir.resolve("truth.csv"));
        CliRun over = CliRun.run("evaluate", DATA + "baseline-MEM.csv", "--truth", copy.toString(), "-o", copy.toString());
        assertThat(over.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(over.err()).contains("-o " + copy + " is the input --truth and would be overwritten");
        assertThat(copy).hasSameTextualContentAs(Path.of(truth));
    }
}
