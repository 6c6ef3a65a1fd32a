package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOkWithCountsForAGoodModel() {
        CliRun run = CliRun.run("validate", CliRun.SAMPLE);
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("OK \\.\\./samples/ecommerce/model\\.yaml: \\d+ entities, \\d+ services\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsEveryBadFileAndStillChecksTheOthers() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "system: x\nversion: 1\ndomainz: []\n");
        CliRun run = CliRun.run("validate", bad.toString(), CliRun.SAMPLE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).startsWith("OK ../samples/ecommerce/model.yaml: ");
        assertThat(run.err()).contains(bad + ":3:1: error: ", "domainz");
    }

    @Test
    void missingFileIsBadInputWithAClearMessage() {
        Path missing = dir.resolve("nope.yaml");
        CliRun run = CliRun.run("validate", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(missing.toString()).contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directoryIsBadInput() {
        CliRun run = CliRun.run("validate", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(dir.toString()).contains("directory");
    }

    @Test
    void fileThatIsNotUtf8IsBadInput() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'s', 'y', 's', 't', 'e', 'm', ':', ' ',
            (byte) 0xE9, '\n'});
        CliRun run = CliRun.run("validate", latin1.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(latin1 + ":1:9: error: ").contains("UTF-8");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void needsAtLeastOneModel() {
        CliRun run = CliRun.run("validate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("MODEL");
    }
}
