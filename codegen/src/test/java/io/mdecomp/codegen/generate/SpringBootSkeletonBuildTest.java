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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the spring-boot pack for the e-commerce sample ({@code samples/ecommerce/model.yaml}) and runs {@code mvn -B verify} on it:
 * every service compiles and its {@code @SpringBootTest} smoke test passes over real HTTP. The
 * first run downloads Spring Boot; skipped (with the reason) only when {@code mvn} is not on the PATH,
 * and failed for that under CI ({@link RequiredTool}).
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
        ProcessBuilder builder = new ProcessBuilder(mvn.get().toString(), "-B", "-q", "-Dstyle.color=never",
                "-DargLine=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "verify")
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
        assertThat(process.exitValue()).as("mvn verify of the generated project failed:%n%s", tail(log)).isZero();
        try (Stream<Path> reports = Files.walk(project).filter(p -> p.getFileName().toString().startsWith("TEST-"))) {
            assertThat(reports.count()).as("one test report per service").isEqualTo(model.services().size());
        }
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
