package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeReportToTheFile() throws IOException {
        Path target = dir.resolve("sub/report.json");
        AtomicOutput.write(target, new PrintWriter(new StringWriter()), w -> w.write("{}\n"));
        assertThat(target).hasContent("{}");
        assertThat(filesIn(target.getParent())).isEqualTo(1);
    }

    @Test
    void removesTheTemporaryFileAKilledRunLeftBeside() throws IOException {
        Path stale = Files.writeString(dir.resolve(".report.json.mdecomp-9999999999-5.tmp"), "{\"half");
        AtomicOutput.writeFile(dir.resolve("report.json"), "{}\n");
        assertThat(stale).doesNotExist();
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void givesANewReportTheUsualPermissionsAndKeepsThoseOfAReplacedOne() throws IOException {
        Path fresh = dir.resolve("fresh.txt");
        AtomicOutput.writeFile(fresh, "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicOutput.writeFile(shared, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailingRendererLeavesNoFileAndTheOldOneUntouched() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old");
        assertThatThrownBy(() -> AtomicOutput.write(target, new PrintWriter(new StringWriter()), w -> {
            w.write("half a rep");
            throw new IllegalStateException("renderer broke");
        })).hasMessage("renderer broke");
        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailingRendererPrintsNothingToStdout() {
        StringWriter stdout = new StringWriter();
        assertThatThrownBy(() -> AtomicOutput.write(null, new PrintWriter(stdout), w -> {
            w.write("half");
            throw new IllegalStateException("renderer broke");
        }));
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void refusesADirectoryAsTarget() {
        assertThatThrownBy(() -> AtomicOutput.write(dir, new PrintWriter(new StringWriter()), w -> w.write("x")))
                .hasMessageContaining("cannot write " + dir + ": is a directory; give a file name");
    }

    @Test
    void saysWhichFileCouldNotBeWrittenAndWhy() throws IOException {
        Path blocker = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = blocker.resolve("report.json");
        assertThatThrownBy(() -> AtomicOutput.writeFile(target, "x"))
                .hasMessage("java.io.IOException: cannot write " + target + ": " + blocker
                        + " is a file, not a directory");
    }
    @Test
    void reportsAFullDeviceAndLeavesItInPlace() throws IOException {
        Path device = Path.of("/dev/full");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "needs /dev/full");
        Path link = Files.createSymbolicLink(dir.resolve("full"), device);
        assertThatThrownBy(() -> AtomicOutput.writeFile(link, "{}\n"))
                .hasMessageStartingWith("java.io.IOException: cannot write " + link + ": ");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(filesIn(dir)).isEqualTo(1);
    }
    @Test
    void saysWhatIsWrongWithAnEmptyNameOrAFolderThatTakesNoFiles() {
        assertThatThrownBy(() -> AtomicOutput.writeFile(Path.of(""), "{}\n"))
                .hasMessage("java.io.IOException: cannot write '': the file name is empty; give one");
        Path proc = Path.of("/proc/version");
        assumeTrue(Files.isRegularFile(proc), "needs /proc");
        // Root is told the folder takes no files, others that they may not write there; neither sees the temporary file.
        assertThatThrownBy(() -> AtomicOutput.writeFile(proc, "{}\n"))
                .hasMessageStartingWith("java.io.IOException: cannot write /proc/version: ")
                .hasMessageNotContaining(".mdecomp-");
    }
}
