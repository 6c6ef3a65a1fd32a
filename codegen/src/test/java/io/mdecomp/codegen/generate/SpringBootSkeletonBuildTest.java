package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.RequiredTool;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the spring-boot pack for the e-commerce sample ({@code samples/ecommerce/model.yaml}) and runs
 * {@code mvn -B -T 2 verify} on it once, two services at a time: every service compiles, and its
 * generated tests pass: the {@code @SpringBootTest} of its interactions over real HTTP (modelled calls to a stand-in server,
 * events through an embedded Kafka broker, idempotency, 503 with a problem when a dependency is down)
 * and its ArchUnit boundaries. The build runs offline from the local Maven repository, and online
 * only when something is missing there (the first run on a machine). Skipped (with the reason) only
 * when {@code mvn} is not on the PATH, and failed for that under CI ({@link RequiredTool}). The build's
 * output is kept in {@code target/spring-boot-build.log}.
 */
class SpringBootSkeletonBuildTest {

    private static final long TIMEOUT_MINUTES = 12;

    @TempDir
    Path dir;

    @Test
    void generatedSpringBootProjectBuildsAndItsTestsPass() throws Exception {
        Optional<Path> mvn = onPath(File.separatorChar == '\\' ? "mvn.cmd" : "mvn");
        RequiredTool.require(mvn.isPresent(), "mvn is not on the PATH: the generated Spring Boot build cannot run here");
        Path sample = Path.of("..", "samples", "ecommerce", "model.yaml");
        DomainModel model = Files.exists(sample) ? ModelReader.read(sample) : TestModels.ecommerce();
        GeneratedFiles files = new Generator(new PackLoader().builtin("spring-boot")).generate(model);
        Path project = dir.resolve("ecommerce");
        SkeletonWriter.write(project, files, WriteOptions.DEFAULT);
        Path log = dir.resolve("build.log");
        // Offline first: the shared local repository has everything after the first build, and the
        // network is not asked. Online only when something is missing there (a fresh machine).
        int exit = build(mvn.get(), project, log, true);
        if (exit != 0 && missingOffline(log)) {
            exit = build(mvn.get(), project, log, false);
        }
        Files.createDirectories(Path.of("target"));
        Files.copy(log, Path.of("target", "spring-boot-build.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(exit).as("mvn verify of the generated project failed:%n%s", tail(log)).isZero();
        Map<String, String> outcomes = outcomes(project);
        // Each service's interactions ran (none skipped), and its architecture rules held.
        assertThat(outcomes).containsEntry("OrderServiceApplicationTests.everyEndpointAnswersAndMakesItsCallsAndPublishesItsEvents", "passed")
                .containsEntry("OrderServiceApplicationTests.aRepeatedIdempotencyKeyGetsTheFirstAnswerAgain", "passed")
                .containsEntry("OrderServiceApplicationTests.aDependencyThatIsDownMakesTheEndpointAnswer503WithAProblemAndPublishNothing", "passed")
                .containsEntry("InventoryServiceApplicationTests.theEventsItConsumesReachTheirHandlers", "passed")
                .containsEntry("CustomerServiceApplicationTests.theEventsItConsumesReachTheirHandlers", "passed")
                .containsEntry("OrderServiceArchitectureTest.NO_OTHER_SERVICE", "passed")
                .containsEntry("OrderServiceArchitectureTest.ORDER_INTERNALS", "passed");
        assertThat(outcomes.values()).as("every test of the generated project passed: %s", outcomes).containsOnly("passed");
        assertThat(outcomes.keySet().stream().map(test -> test.substring(0, test.indexOf('.'))).distinct())
                .as("an application test and an architecture test per service").hasSize(2 * model.services().size());
    }

    /** Runs {@code mvn verify} in {@code project}, offline or not; answers the exit code. */
    private static int build(Path mvn, Path project, Path log, boolean offline) throws IOException, InterruptedException {
        // Two services built (and their Spring contexts started) at a time: the services are
        // independent modules, and one Spring test JVM leaves much of a second core idle.
        List<String> command = new java.util.ArrayList<>(List.of(mvn.toString(), "-B", "-q", "-T", "2", "-Dstyle.color=never",
                "-DargLine=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "verify"));
        if (offline) {
            command.add(1, "-o");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // Quick-starting JVMs: the build is short-lived, so the JIT's top tier never pays off.
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(finished).as("mvn verify did not finish within %d minutes:%n%s", TIMEOUT_MINUTES, tail(log)).isTrue();
        return process.exitValue();
    }

    /** True when the offline build failed only because the local repository lacks an artifact. */
    private static boolean missingOffline(Path log) throws IOException {
        String text = Files.readString(log);
        return text.contains("offline mode") || text.contains("has not been downloaded from it before");
    }

    /** "Class.test" to "passed", "failed" or "skipped", from the surefire reports of every service. */
    private static Map<String, String> outcomes(Path project) throws IOException {
        Map<String, String> outcomes = new java.util.TreeMap<>();
        List<Path> reports;
        try (Stream<Path> walk = Files.walk(project)) {
            reports = walk.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        java.util.regex.Pattern testcase = java.util.regex.Pattern.compile(
                "<testcase name=\"([^\"]+)\" classname=\"(?:[^\"]*\\.)?([^\".]+)\"[^>]*?(/>|>(.*?)</testcase>)",
                java.util.regex.Pattern.DOTALL);
        for (Path report : reports) {
            java.util.regex.Matcher m = testcase.matcher(Files.readString(report));
            while (m.find()) {
                String body = m.group(4) == null ? "" : m.group(4);
                String outcome = body.contains("<skipped") ? "skipped"
                        : body.contains("<failure") || body.contains("<error") ? "failed" : "passed";
                outcomes.put(m.group(2) + "." + m.group(1), outcome);
            }
        }
        return outcomes;
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, command))
                .filter(Files::isExecutable).findFirst();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
