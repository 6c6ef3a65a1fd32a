package io.mdecomp.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.UnsafePathException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkeletonWriterTest {

    @TempDir
    Path dir;

    private static GeneratedFiles files(String... pathsAndContents) {
        TreeMap<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return new GeneratedFiles(files);
    }

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The bases in the archive, path → text. */
    private SortedMap<String, String> bases() throws IOException {
        SortedMap<String, String> bases = new TreeMap<>();
        Bases.unzip(Files.readAllBytes(out().resolve(Bases.FILE)))
                .forEach((path, bytes) -> bases.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return bases;
    }

    /** Replaces the base of {@code path} in the archive, or removes it when {@code text} is null. */
    private void setBase(String path, String text) throws IOException {
        SortedMap<String, byte[]> bases = Bases.unzip(Files.readAllBytes(out().resolve(Bases.FILE)));
        if (text == null) {
            bases.remove(path);
        } else {
            bases.put(path, text.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(out().resolve(Bases.FILE), Bases.zip(bases));
    }

    @Test
    void writesFilesAndRecordsTheirChecksums() throws IOException {
        WriteReport report = SkeletonWriter.write(out(), files("a/b.txt", "hello\n", "c.txt", "c"), WriteOptions.DEFAULT);
        assertThat(report.files()).containsExactly(new FileAction("a/b.txt", Action.CREATE), new FileAction("c.txt", Action.CREATE));
        assertThat(Files.readString(out().resolve("a/b.txt"))).isEqualTo("hello\n");
        assertThat(Files.readString(out().resolve(".mdecomp/generated.json"))).isEqualTo("{\n  \"version\": 1,\n  \"files\": {\n"
                + "    \"a/b.txt\": \"5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\",\n"
                + "    \"c.txt\": \"2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6\"\n  }\n}\n");
        assertThat(tree()).containsExactly("out/.mdecomp/base.zip", "out/.mdecomp/generated.json", "out/a/b.txt", "out/c.txt");
        assertThat(bases()).containsOnlyKeys("a/b.txt", "c.txt").containsEntry("a/b.txt", "hello\n").containsEntry("c.txt", "c");
    }

    @Test
    void dryRunReportsAndTouchesNothing() throws IOException {
        WriteReport report = SkeletonWriter.write(out(), files("a.txt", "x"), new WriteOptions(false, true));
        assertThat(report.dryRun()).isTrue();
        assertThat(report.files()).containsExactly(new FileAction("a.txt", Action.CREATE));
        assertThat(Files.exists(out())).isFalse();
    }

    @Test
    void regenerationMergesAHandEditWithTheNewGeneration() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "head\nbody\ntail\n", "theirs.txt", "v1", "same.txt", "s"),
                WriteOptions.DEFAULT);
        Files.writeString(out().resolve("mine.txt"), "head\nbody edited by hand\ntail\n");
        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "head\nbody\ntail\nnew method\n",
                "theirs.txt", "v2", "same.txt", "s"), WriteOptions.DEFAULT);
        assertThat(report.files()).containsExactly(new FileAction("mine.txt", Action.MERGE),
                new FileAction("same.txt", Action.UNCHANGED), new FileAction("theirs.txt", Action.UPDATE));
        assertThat(report.merged()).containsExactly("mine.txt");
        assertThat(report.hasConflicts()).isFalse();
        assertThat(out().resolve("mine.txt")).hasContent("head\nbody edited by hand\ntail\nnew method\n");
        assertThat(out().resolve("theirs.txt")).hasContent("v2");
        assertThat(bases()).containsEntry("mine.txt", "head\nbody\ntail\nnew method\n");

        WriteReport again = SkeletonWriter.write(out(), files("mine.txt", "head\nbody\ntail\nnew method\n",
                "theirs.txt", "v2", "same.txt", "s"), WriteOptions.DEFAULT);
        assertThat(again.files()).contains(new FileAction("mine.txt", Action.KEEP));
        assertThat(out().resolve("mine.txt")).hasContent("head\nbody edited by hand\ntail\nnew method\n");
    }

    @Test
    void editsOfTheSameLinesConflictAndTheNewGenerationGoesBeside() throws IOException {
        SkeletonWriter.write(out(), files("a.txt", "one\ntwo\n"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("a.txt"), "one\nmine\n");
        WriteReport report = SkeletonWriter.write(out(), files("a.txt", "one\ntheirs\n"), WriteOptions.DEFAULT);
        assertThat(report.conflicts()).containsExactly("a.txt");
        assertThat(report.hasConflicts()).isTrue();
        assertThat(out().resolve("a.txt")).hasContent("one\n<<<<<<< yours\nmine\n||||||| generated before\ntwo\n"
                + "=======\ntheirs\n>>>>>>> generated now\n");
        assertThat(out().resolve("a.txt.mdecomp-new")).hasContent("one\ntheirs\n");

        WriteReport unresolved = SkeletonWriter.write(out(), files("a.txt", "one\ntheirs\n"), WriteOptions.DEFAULT);
        assertThat(unresolved.conflicts()).as("markers left in the file").containsExactly("a.txt");

        Files.writeString(out().resolve("a.txt"), "one\nmine and theirs\n");
        Files.delete(out().resolve("a.txt.mdecomp-new"));
        WriteReport resolved = SkeletonWriter.write(out(), files("a.txt", "one\ntheirs\n"), WriteOptions.DEFAULT);
        assertThat(resolved.files()).containsExactly(new FileAction("a.txt", Action.KEEP));
        assertThat(out().resolve("a.txt")).hasContent("one\nmine and theirs\n");
        assertThat(out().resolve("a.txt.mdecomp-new")).doesNotExist();
    }

    @Test
    void aDryRunDecidesTheMergeButWritesNothing() throws IOException {
        SkeletonWriter.write(out(), files("a.txt", "one\ntwo\n"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("a.txt"), "one\nmine\n");
        WriteReport report = SkeletonWriter.write(out(), files("a.txt", "one\ntheirs\n"), new WriteOptions(false, true));
        assertThat(report.conflicts()).containsExactly("a.txt");
        assertThat(out().resolve("a.txt")).hasContent("one\nmine\n");
        assertThat(out().resolve("a.txt.mdecomp-new")).doesNotExist();
    }

    @Test
    void withoutABaseAHandEditIsKeptAndListed() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "v1\n"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("mine.txt"), "edited by hand\n");
        setBase("mine.txt", null);
        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "v2\n"), WriteOptions.DEFAULT);
        assertThat(report.skipped()).containsExactly("mine.txt");
        assertThat(out().resolve("mine.txt")).hasContent("edited by hand\n");
        assertThat(SkeletonWriter.write(out(), files("mine.txt", "v2\n"), WriteOptions.DEFAULT).skipped())
                .containsExactly("mine.txt");
    }

    @Test
    void aBaseThatNoLongerMatchesItsChecksumIsNotTrusted() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "v1\n"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("mine.txt"), "edited by hand\n");
        setBase("mine.txt", "tampered\n");
        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "v2\n"), WriteOptions.DEFAULT);
        assertThat(report.skipped()).containsExactly("mine.txt");
    }

    @Test
    void keepsAFileThatExistedBeforeMdecompWroteThere() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("README.md"), "my own readme");
        WriteReport report = SkeletonWriter.write(out(), files("README.md", "generated"), WriteOptions.DEFAULT);
        assertThat(report.skipped()).containsExactly("README.md");
        assertThat(Files.readString(out().resolve("README.md"))).isEqualTo("my own readme");
    }

    @Test
    void forceOverwritesFilesTheUserChanged() throws IOException {
        SkeletonWriter.write(out(), files("a.txt", "v1"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("a.txt"), "edited");
        WriteReport report = SkeletonWriter.write(out(), files("a.txt", "v2"), new WriteOptions(true, false));
        assertThat(report.files()).containsExactly(new FileAction("a.txt", Action.OVERWRITE));
        assertThat(Files.readString(out().resolve("a.txt"))).isEqualTo("v2");
    }

    @Test
    void refusesPathsThatLeaveTheOutputDirectory() {
        for (String path : List.of("../../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "./a", "a\\..\\b", "C:/x", "")) {
            assertThatThrownBy(() -> files(path, "x")).as(path).isInstanceOf(UnsafePathException.class)
                    .hasMessageStartingWith((path.isEmpty() ? "<empty path>" : path) + ": error: refusing to write it: ")
                    .hasMessageEndingWith("; generated files stay inside --out [unsafe-path]");
        }
    }

    @Test
    void doesNotFollowASymlinkOutOfTheOutputDirectory() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("link"), outside);
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files("a.txt", "fine", "link/evil.txt", "x"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class)
                .hasMessage("link/evil.txt: error: refusing to write it: 'link' is a symbolic link leading outside the output"
                        + " directory; generated files stay inside --out [unsafe-path]");
        assertThat(tree()).isEmpty();
    }

    @Test
    void doesNotFollowItsRecordFolderOutOfTheOutputDirectory() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve(".mdecomp"), outside);
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files("a.txt", "x"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("'.mdecomp' is a symbolic link leading outside");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void doesNotWriteThroughASymlinkedFile() throws IOException {
        Path target = Files.writeString(dir.resolve("target.txt"), "precious");
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("a.txt"), target);
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files("a.txt", "x"), new WriteOptions(true, false)))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(target)).isEqualTo("precious");
    }

    @Test
    void followsASymlinkThatStaysInside() throws IOException {
        Files.createDirectories(out().resolve("real"));
        Files.createSymbolicLink(out().resolve("alias"), out().resolve("real"));
        SkeletonWriter.write(out(), files("alias/a.txt", "x"), WriteOptions.DEFAULT);
        assertThat(Files.readString(out().resolve("real/a.txt"))).isEqualTo("x");
    }

    @Test
    void refusesToWriteIntoItsOwnRecordFolder() {
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files(".mdecomp/generated.json", "{}"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("'.mdecomp/' is where mdecomp keeps its own records");
    }

    @Test
    void refusesAnOutputThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> SkeletonWriter.write(file, files("a.txt", "x"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("--out exists and is not a directory");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        SkeletonWriter.write(out(), files("a/b/c.txt", "x", "d.txt", "y"), WriteOptions.DEFAULT);
        assertThat(tree()).allMatch(p -> !p.endsWith(".tmp"));
    }

    @Test
    void removesTheTemporaryFilesAKilledRunLeftInTheFoldersItWrites() throws IOException {
        SkeletonWriter.write(out(), files("a/b/c.txt", "x", "d.txt", "y"), WriteOptions.DEFAULT);
        // a run killed while writing: its process (an id Linux never hands out) is gone
        Files.writeString(out().resolve("a/b/.c.txt.mdecomp-9999999999-77.tmp"), "hal");
        Files.writeString(out().resolve(".mdecomp/.generated.json.mdecomp-9999999999-78.tmp"), "{");
        SkeletonWriter.write(out(), files("a/b/c.txt", "x2", "d.txt", "y"), new WriteOptions(true, false));
        assertThat(tree()).containsExactly("out/.mdecomp/base.zip", "out/.mdecomp/generated.json", "out/a/b/c.txt", "out/d.txt");
    }

    @Test
    void theArchiveOfBasesIsRewrittenOnlyWhenABaseChanges() throws IOException {
        SkeletonWriter.write(out(), files("a.txt", "one\n", "b.txt", "two\n"), WriteOptions.DEFAULT);
        Path archive = out().resolve(Bases.FILE);
        byte[] first = Files.readAllBytes(archive);
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(archive, longAgo);

        SkeletonWriter.write(out(), files("a.txt", "one\n", "b.txt", "two\n"), WriteOptions.DEFAULT);
        assertThat(Files.getLastModifiedTime(archive)).as("nothing changed").isEqualTo(longAgo);

        SkeletonWriter.write(out(), files("a.txt", "one\n"), WriteOptions.DEFAULT);
        assertThat(bases()).as("b.txt is no longer generated").containsOnlyKeys("a.txt");
        SkeletonWriter.write(out(), files("a.txt", "one\n", "b.txt", "two\n"), WriteOptions.DEFAULT);
        assertThat(Files.readAllBytes(archive)).as("the same bases make the same archive").isEqualTo(first);
    }

    @Test
    void anUnreadableArchiveLeavesHandEditsAlone() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "v1\n"), WriteOptions.DEFAULT);
        Files.writeString(out().resolve("mine.txt"), "edited by hand\n");
        Files.write(out().resolve(Bases.FILE), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "v2\n"), WriteOptions.DEFAULT);
        assertThat(report.skipped()).containsExactly("mine.txt");
        assertThat(out().resolve("mine.txt")).hasContent("edited by hand\n");
    }

    @Test
    void basesKeptOneFileEachAreMergedWithAndMovedIntoTheArchive() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "head\nbody\n", "other/b.txt", "b\n"), WriteOptions.DEFAULT);
        // the layout of earlier versions: a copy of each generation under .mdecomp/base/, no archive
        Files.createDirectories(out().resolve(".mdecomp/base/other"));
        Files.writeString(out().resolve(".mdecomp/base/mine.txt"), "head\nbody\n");
        Files.writeString(out().resolve(".mdecomp/base/other/b.txt"), "b\n");
        Files.delete(out().resolve(Bases.FILE));
        Files.writeString(out().resolve("mine.txt"), "head\nbody\nmine\n");

        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "new head\nbody\n", "other/b.txt", "b\n"),
                WriteOptions.DEFAULT);
        assertThat(report.merged()).containsExactly("mine.txt");
        assertThat(out().resolve("mine.txt")).hasContent("new head\nbody\nmine\n");
        assertThat(out().resolve(".mdecomp/base")).doesNotExist();
        assertThat(bases()).containsEntry("mine.txt", "new head\nbody\n").containsEntry("other/b.txt", "b\n");
    }

    @Test
    void keepsTheModeOfAFileItReplacesAndGivesNewFilesTheUsualOne() throws IOException {
        SkeletonWriter.write(out(), files("bin/run.sh", "echo 1\n", "a.txt", "a\n"), WriteOptions.DEFAULT);
        Files.setPosixFilePermissions(out().resolve("bin/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        WriteReport report = SkeletonWriter.write(out(), files("bin/run.sh", "echo 2\n", "a.txt", "a\n", "bin/new.sh", "n\n"),
                WriteOptions.DEFAULT);
        assertThat(report.files()).containsExactly(new FileAction("a.txt", Action.UNCHANGED),
                new FileAction("bin/new.sh", Action.CREATE), new FileAction("bin/run.sh", Action.UPDATE));
        assertThat(out().resolve("bin/run.sh")).hasContent("echo 2");
        assertThat(mode("bin/run.sh")).isEqualTo("rwxr-x---");
        assertThat(mode("bin/new.sh")).isEqualTo("rw-r--r--");
        assertThat(mode("a.txt")).isEqualTo("rw-r--r--");
    }

    @Test
    void createsEachFolderOnceAndWritesIntoFoldersThatAlreadyExist() throws IOException {
        // part of the tree exists (one folder with a killed run's temporary file), part does not
        Files.createDirectories(out().resolve("s1/src/main"));
        Files.writeString(out().resolve("s1/src/main/.A.java.mdecomp-9999999999-5.tmp"), "hal");
        Files.writeString(out().resolve("s1/src/keep.txt"), "not generated\n");
        SkeletonWriter.write(out(), files("s1/src/main/A.java", "a", "s1/src/main/java/B.java", "b",
                "s1/src/test/java/C.java", "c", "s2/deep/er/still/D.java", "d", "s2/deep/E.java", "e", "top.txt", "t"),
                WriteOptions.DEFAULT);
        assertThat(tree()).containsExactly("out/.mdecomp/base.zip", "out/.mdecomp/generated.json", "out/s1/src/keep.txt",
                "out/s1/src/main/A.java", "out/s1/src/main/java/B.java", "out/s1/src/test/java/C.java",
                "out/s2/deep/E.java", "out/s2/deep/er/still/D.java", "out/top.txt");
        assertThat(out().resolve("s2/deep/er/still/D.java")).hasContent("d");
        assertThat(out().resolve("s1/src/keep.txt")).hasContent("not generated");
    }

    @Test
    void refusesAFileWhereAFolderMustBeAndAFolderWhereAFileMustBe() throws IOException {
        Files.createDirectories(out().resolve("b.txt"));
        Files.writeString(out().resolve("a"), "a file\n");
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files("a/x.txt", "x", "a/y.txt", "y"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class)
                .hasMessage("a/x.txt: error: refusing to write it: 'a' is a file, not a folder;"
                        + " generated files stay inside --out [unsafe-path]");
        assertThatThrownBy(() -> SkeletonWriter.write(out(), files("b.txt", "x"), WriteOptions.DEFAULT))
                .isInstanceOf(UnsafePathException.class).hasMessageContaining("a directory of that name is in the way");
        assertThat(tree()).containsExactly("out/a");
    }

    @Test
    void mergesWithBasesDeflatedAsEarlierVersionsArchivedThem() throws IOException {
        SkeletonWriter.write(out(), files("mine.txt", "head\nbody\n"), WriteOptions.DEFAULT);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(deflated, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("mine.txt"));
            zip.write("head\nbody\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(out().resolve(Bases.FILE), deflated.toByteArray());
        Files.writeString(out().resolve("mine.txt"), "head\nbody\nmine\n");
        WriteReport report = SkeletonWriter.write(out(), files("mine.txt", "new head\nbody\n"), WriteOptions.DEFAULT);
        assertThat(report.merged()).containsExactly("mine.txt");
        assertThat(out().resolve("mine.txt")).hasContent("new head\nbody\nmine\n");
        assertThat(bases()).containsEntry("mine.txt", "new head\nbody\n");
    }

    @Test
    void storesTheBasesUncompressed() throws IOException {
        SkeletonWriter.write(out(), files("a.txt", "a\n".repeat(1_000), "b/c.txt", "c\n"), WriteOptions.DEFAULT);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out().resolve(Bases.FILE)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED);
            }
        }
        assertThat(bases()).containsOnlyKeys("a.txt", "b/c.txt").containsEntry("a.txt", "a\n".repeat(1_000));
    }

    private String mode(String path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(out().resolve(path)));
    }
}
