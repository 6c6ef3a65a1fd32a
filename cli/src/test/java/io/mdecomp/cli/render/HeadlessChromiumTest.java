package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the browser on a PATH: by name only, first known name first, executables only. */
class HeadlessChromiumTest {

    @TempDir
    Path dir;

    @Test
    void findsNothingOnAPathWithoutABrowser() {
        assertThat(HeadlessChromium.onPath(dir.toString())).isEmpty();
        assertThat(HeadlessChromium.onPath("")).isEmpty();
        assertThat(HeadlessChromium.onPath(null)).isEmpty();
    }

    @Test
    void findsAnExecutableUnderAnyOfTheKnownNames() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = Files.createFile(bin.resolve("chromium-browser"));
        assertThat(HeadlessChromium.onPath(dir + File.pathSeparator + bin)).isEmpty();
        assertThat(browser.toFile().setExecutable(true)).isTrue();
        assertThat(HeadlessChromium.onPath(dir + File.pathSeparator + bin)).isPresent();
    }
}
