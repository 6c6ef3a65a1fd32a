package io.mdecomp.cli.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Loads a page in headless Chromium and returns the DOM after its scripts ran and whatever the page
 * wrote to the browser console.
 *
 * <p>The browser is found on {@code PATH} as {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome}. Each load gets a fresh, empty profile directory and the flags that keep
 * the browser off the network and away from the sandbox and shared memory a container lacks. {@code --dump-dom} prints
 * the serialized DOM once the page has loaded (inline scripts included), and
 * {@code --enable-logging=stderr --v=0} makes every console message of the page (console calls,
 * uncaught exceptions, Content-Security-Policy violations, failed loads) appear on standard error
 * as a line containing {@code :CONSOLE}, whatever its level. Both streams go to files, not pipes, so
 * a chatty browser cannot block. The process and all its children are killed forcibly on timeout
 * and in every other case once the load is over.
 */
final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The first of the known browser names found as an executable on {@code path} (a PATH value). */
    static Optional<HeadlessChromium> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What one load gave: the DOM after load, the page's console lines, the exit code (-1 when
     * the browser was killed at the timeout).
     */
    record Load(String dom, List<String> console, int exitCode, String stderr) {
    }

    /** Loads {@code page} (a file) with the browser preferring a dark colour scheme when {@code dark}. */
    Load load(Path page, boolean dark, Duration timeout, Path scratch) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Path stdout = scratch.resolve("chromium-" + profile.getFileName() + ".out");
        Path stderr = scratch.resolve("chromium-" + profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        if (dark) {
            command.add("--force-dark-mode");
        }
        command.add("--dump-dom");
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        int exitCode = -1;
        try {
            process.getOutputStream().close();
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                exitCode = process.exitValue();
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        List<String> console = new ArrayList<>();
        for (String line : errors.split("\n")) {
            if (CONSOLE.matcher(line).find()) {
                console.add(line);
            }
        }
        return new Load(Files.readString(stdout, StandardCharsets.UTF_8), console, exitCode, errors);
    }
}
