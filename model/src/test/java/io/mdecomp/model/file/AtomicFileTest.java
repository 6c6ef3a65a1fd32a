package io.mdecomp.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    /** Above the largest process id Linux hands out (2^22), so never a running process. */
    private static final long ENDED = 9_999_999_999L;

    @TempDir
    Path dir;

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void writesTheContentAndLeavesOnlyTheTarget() throws IOException {
        Path target = dir.resolve("report.json");
        AtomicFile.write(target, "{}\n");
        AtomicFile.write(target, "{\"a\": 1}\n");
        assertThat(target).hasContent("{\"a\": 1}");
        assertThat(names()).containsExactly("report.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void writesBytesAsGivenInAFolderAlreadyCleaned() throws IOException {
        Path target = dir.resolve("archive.zip");
        byte[] bytes = {'P', 'K', 0, (byte) 0xff, 10};
        AtomicFile.writeInCleanFolder(target, bytes);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(names()).containsExactly("archive.zip");
    }

    @Test
    void removesTheTemporaryFileOfAKilledRunOnTheNextWrite() throws IOException {
        Files.writeString(dir.resolve(".report.json.mdecomp-" + ENDED + "-123456789.tmp"), "half a rep");
        Files.writeString(dir.resolve(".other.html.mdecomp-" + ENDED + "-42.tmp"), "<ht");
        AtomicFile.write(dir.resolve("report.json"), "whole\n");
        assertThat(names()).containsExactly("report.json");
    }

    @Test
    void keepsTemporaryFilesOfRunningProcessesAndFilesOfOtherNames() throws IOException {
        long self = ProcessHandle.current().pid();
        String running = ".report.json.mdecomp-" + self + "-1.tmp";
        Files.writeString(dir.resolve(running), "being written");
        Files.writeString(dir.resolve(".report.json12345.tmp"), "not ours");
        Files.writeString(dir.resolve("notes.mdecomp-" + ENDED + "-1.tmp"), "not hidden, not ours");
        Files.createDirectory(dir.resolve(".folder.mdecomp-" + ENDED + "-1.tmp"));
        assertThat(AtomicFile.removeStale(dir)).isEmpty();
        assertThat(names()).containsExactlyInAnyOrder(".folder.mdecomp-" + ENDED + "-1.tmp", ".report.json12345.tmp",
                running, "notes.mdecomp-" + ENDED + "-1.tmp");
    }

    @Test
    void asksWhetherTheWritingProcessStillRuns() throws IOException {
        Files.writeString(dir.resolve(".a.yaml.mdecomp-17-1.tmp"), "x");
        Files.writeString(dir.resolve(".b.yaml.mdecomp-18-1.tmp"), "y");
        assertThat(AtomicFile.removeStale(dir, pid -> pid == 17)).containsExactly(dir.resolve(".b.yaml.mdecomp-18-1.tmp"));
        assertThat(names()).containsExactly(".a.yaml.mdecomp-17-1.tmp");
    }

    @Test
    void aMissingFolderHasNoStaleFiles() throws IOException {
        assertThat(AtomicFile.removeStale(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path target = dir.resolve("run.sh");
        AtomicFile.write(target, "echo 1\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFile.write(target, "echo 2\n");
        assertThat(target).hasContent("echo 2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwxr-x---");
    }

    @Test
    void streamsTheContentIntoPlaceAsUtf8() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "an older and much longer report\n");
        AtomicFile.stream(target, writer -> writer.write("Grüße, ✓\n".repeat(2_000)));
        assertThat(Files.readString(target)).isEqualTo("Grüße, ✓\n".repeat(2_000));
        assertThat(names()).containsExactly("report.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailingBodyLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old\n");
        assertThatThrownBy(() -> AtomicFile.stream(target, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        assertThat(names()).containsExactly("report.txt");
    }

    @Test
    void leavesATemporaryFileOfTheSameProcessAndTargetAlone() throws IOException {
        long self = ProcessHandle.current().pid();
        Path other = dir.resolve(".a.txt.mdecomp-" + self + "-1.tmp");
        Files.writeString(other, "not to be touched");
        AtomicFile.writeInCleanFolder(dir.resolve("a.txt"), "a\n");
        assertThat(dir.resolve("a.txt")).hasContent("a");
        assertThat(other).hasContent("not to be touched");
    }
    @Test
    void writesSeveralFilesAllOrNone() throws IOException {
        Path model = dir.resolve("model.yaml");
        Path scenarios = dir.resolve("scenarios.yaml");
        Files.writeString(model, "old\n");
        AtomicFile.writeAll(new LinkedHashMap<>(Map.of(model, "model\n")));
        assertThat(model).hasContent("model");

        Map<Path, String> both = new LinkedHashMap<>();
        both.put(scenarios, "scenarios\n");
        both.put(dir.resolve("missing").resolve("model.yaml"), "model\n");
        assertThatThrownBy(() -> AtomicFile.writeAll(both)).isInstanceOf(NoSuchFileException.class);
        assertThat(names()).containsExactly("model.yaml");

        both.clear();
        both.put(scenarios, "scenarios\n");
        both.put(model, "new model\n");
        AtomicFile.writeAll(both);
        assertThat(scenarios).hasContent("scenarios");
        assertThat(model).hasContent("new model");
        assertThat(names()).containsExactly("model.yaml", "scenarios.yaml");
    }
    @Test
    void writesIntoADeviceInsteadOfReplacingIt() throws IOException {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "needs /dev/null");
        // Through a link, so that without the direct write only the link, not the device, is replaced.
        Path link = Files.createSymbolicLink(dir.resolve("sink"), device);
        AtomicFile.write(link, "report\n");
        AtomicFile.stream(link, writer -> writer.write("streamed\n"));
        Map<Path, String> both = new LinkedHashMap<>();
        both.put(link, "model\n");
        both.put(dir.resolve("scenarios.yaml"), "scenarios\n");
        AtomicFile.writeAll(both);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names()).containsExactly("scenarios.yaml", "sink");
    }
}
