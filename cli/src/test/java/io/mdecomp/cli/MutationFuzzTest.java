package io.mdecomp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutation fuzzing of every kind of input file, through {@link Main#run} in this process:
 * models (validate, analyze, propose, generate), scenario files (simulate), Service Cutter files
 * (import, then validate what was written) and template packs (generate with {@code --template}).
 * Each case mutates a known-good file a few times (lines deleted, doubled, swapped or re-indented,
 * values replaced by hostile ones, characters inserted, the file cut short or made non-UTF-8) and
 * asserts what SPEC §9 promises for any input:
 *
 * <ul>
 *   <li>the exit code is 0, 1 or 2, never 3 (internal error);</li>
 *   <li>no stack trace or internal error on either stream;</li>
 *   <li>exit 2 comes with at least one diagnostic {@code FILE[:LINE:COL]: error: MESSAGE [CODE]}
 *       about one of the case's input files, and nothing in the output folder;</li>
 *   <li>nothing is written outside the output folder, and the inputs are left as they were.</li>
 * </ul>
 *
 * The same seed gives the same cases; a failing case names its kind, number and seed.
 */
class MutationFuzzTest {

    private static final long SEED = 0x5EED_2026L;
    private static final int MODELS = 100;
    private static final int SCENARIOS = 40;
    private static final int SERVICE_CUTTER = 30;
    private static final int PACKS = 30;

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SERVICE_CUTTER_FILES = Path.of("..", "model", "src", "test", "resources", "servicecutter");
    private static final Path PACK = Path.of("..", "codegen", "src", "main", "resources", "io", "mdecomp", "codegen",
            "packs", "java-plain");

    private static final Pattern STACK_FRAME = Pattern.compile("(?md)^\\s+at [\\w$.]+\\(|Exception in thread|internal error");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?md)^(.+?)(:\\d+:\\d+)?: error: .+ \\[[a-z0-9-]+]$");

    private static final Map<String, AtomicInteger> EXITS = new ConcurrentSkipListMap<>();

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        List<Arguments> cases = new ArrayList<>();
        IntStream.range(0, MODELS).forEach(i -> cases.add(Arguments.of(Kind.MODEL, i, seeds.nextLong())));
        IntStream.range(0, SCENARIOS).forEach(i -> cases.add(Arguments.of(Kind.SCENARIOS, i, seeds.nextLong())));
        IntStream.range(0, SERVICE_CUTTER).forEach(i -> cases.add(Arguments.of(Kind.SERVICE_CUTTER, i, seeds.nextLong())));
        IntStream.range(0, PACKS).forEach(i -> cases.add(Arguments.of(Kind.PACK, i, seeds.nextLong())));
        return cases.stream();
    }

    enum Kind { MODEL, SCENARIOS, SERVICE_CUTTER, PACK }

    @ParameterizedTest(name = "{0} #{1} (seed {2})")
    @MethodSource("cases")
    void anyMutatedInputExitsCleanlyWithLocatedErrorsAndWritesOnlyToItsOutput(Kind kind, int index, long seed)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        switch (kind) {
            case MODEL -> model(random, in, out);
            case SCENARIOS -> scenarios(random, in, out);
            case SERVICE_CUTTER -> serviceCutter(random, in, out);
            default -> pack(random, in, out);
        }
    }

    private void model(SplittableRandom random, Path in, Path out) throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.map(p -> p.resolve("model.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        Path model = write(in.resolve("model.yaml"), Mutator.mutate(read(samples.get(random.nextInt(samples.size()))),
                random, Mutator.MODEL_VALUES));
        check(in, out, "validate", model.toString());
        check(in, out, "analyze", model.toString(), "--format", "json", "-o", out.resolve("report.json").toString());
        if (random.nextInt(3) == 0) {
            check(in, out, "propose", model.toString(), "-o", out.resolve("proposed.yaml").toString());
        }
        if (random.nextInt(6) == 0) {
            check(in, out, "generate", "skeletons", model.toString(), "--out", out.resolve("gen").toString(),
                    "--template", "java-plain");
        }
    }

    private void scenarios(SplittableRandom random, Path in, Path out) throws IOException {
        Path model = write(in.resolve("model.yaml"), read(SAMPLES.resolve("ecommerce/model.yaml")));
        Path scenarios = write(in.resolve("scenarios.yaml"), Mutator.mutate(SCENARIO, random, Mutator.SCENARIO_VALUES));
        check(in, out, "simulate", "scenarios", model.toString(), scenarios.toString(), "--format", "json", "-o",
                out.resolve("simulation.json").toString());
    }

    private void serviceCutter(SplittableRandom random, Path in, Path out) throws IOException {
        Path erm = write(in.resolve("model.json"), read(SERVICE_CUTTER_FILES.resolve("library_1_model.json")));
        Path reps = write(in.resolve("reps.json"), read(SERVICE_CUTTER_FILES.resolve("library_2_user_representations.json")));
        Path mutated = random.nextBoolean() ? erm : reps;
        write(mutated, Mutator.mutate(read(mutated), random, Mutator.JSON_VALUES));
        Path imported = out.resolve("model.yaml");
        int code = check(in, out, "import", "servicecutter", erm.toString(), reps.toString(), "-o", imported.toString());
        if (code == 0) {
            CliResult again = run("validate", imported.toString());
            assertThat(again.code()).as("an imported model must be valid:%n%s", again.err()).isZero();
        }
    }

    private void pack(SplittableRandom random, Path in, Path out) throws IOException {
        Path pack = in.resolve("pack");
        try (Stream<Path> files = Files.walk(PACK)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                write(pack.resolve(PACK.relativize(file).toString()), read(file));
            }
        }
        if (random.nextBoolean()) {
            write(pack.resolve("pack.yaml"), Mutator.mutate(read(pack.resolve("pack.yaml")), random, Mutator.PACK_VALUES));
        } else {
            List<Path> templates;
            try (Stream<Path> files = Files.walk(pack)) {
                templates = files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
            }
            Path template = templates.get(random.nextInt(templates.size()));
            write(template, Mutator.mutateTemplate(read(template), random));
        }
        check(in, out, "generate", "skeletons", SAMPLES.resolve("ecommerce/model.yaml").toString(), "--out",
                out.resolve("gen").toString(), "--template", pack.toString());
    }

    /** Runs mdecomp and asserts the promises of the class comment; returns the exit code. */
    private int check(Path in, Path out, String... args) throws IOException {
        Map<String, String> before = snapshot(root);
        List<Path> workingDirectory = list(Path.of("").toAbsolutePath());
        CliResult result = run(args);
        String what = String.join(" ", args) + "\n--- stdout:\n" + result.out() + "\n--- stderr:\n" + result.err();
        EXITS.computeIfAbsent(args[0] + " exit " + result.code(), k -> new AtomicInteger()).incrementAndGet();
        assertThat(result.code()).as(what).isIn(0, 1, 2);
        assertThat(result.out() + result.err()).as(what).doesNotContainPattern(STACK_FRAME);
        assertThat(list(Path.of("").toAbsolutePath())).as("written to the working directory: " + what)
                .isEqualTo(workingDirectory);
        Map<String, String> after = snapshot(root);
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) {
                assertThat(root.resolve(file.getKey()).normalize()).as("written outside the output folder: " + what)
                        .startsWith(out.normalize());
            }
        }
        before.keySet().stream().filter(p -> root.resolve(p).startsWith(in)).forEach(p ->
                assertThat(after).as("an input was changed or removed: " + what).containsEntry(p, before.get(p)));
        if (result.code() == 2) {
            assertThat(DIAGNOSTIC.matcher(result.err()).results().map(m -> Path.of(m.group(1)).normalize())
                    .anyMatch(file -> file.startsWith(in.normalize()) || file.startsWith(out.normalize())))
                    .as("exit 2 needs a located error about an input: " + what).isTrue();
            assertThat(after.keySet().stream().filter(p -> root.resolve(p).startsWith(out)))
                    .as("exit 2 must leave no output: " + what).isEmpty();
        }
        return result.code();
    }

    private record CliResult(int code, String out, String err) {
    }

    private static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliResult(code, out.toString(), err.toString());
    }

    /** Every regular file below {@code folder}: relative path to size and content hash. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(folder.relativize(file).toString(), bytes.length + ":" + java.util.Arrays.hashCode(bytes));
            }
        }
        return files;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @AfterAll
    static void summary() {
        // The counts the fuzzing reached, for the build log: how many runs of each command exited how.
        System.out.println("mutation fuzz: " + EXITS);
    }

    /** A small scenario that runs in milliseconds; its maxEvents line is never mutated, so no run is long. */
    private static final byte[] SCENARIO = """
            scenarios:
              - name: fuzz
                maxEvents: 200000
                duration: 20s
                warmup: 2s
                seed: 1
                workload:
                  open: {rate: 50/s}
                  clients: 100
                  mix: [{route: POST /orders, weight: 1}, {route: "GET /products/{sku}", weight: 3}]
                gateway: {latency: 1ms}
                network: {latency: {dist: lognormal, median: 500us, p99: 3ms}}
                loadBalancer: {strategy: least-connections}
                resilience:
                  defaults:
                    timeout: 1s
                    retry: {maxAttempts: 2, wait: 10ms}
                    circuitBreaker: {window: 20, minimumCalls: 5, waitInOpen: 5s, failureRateThreshold: 50%}
                    bulkhead: {maxConcurrent: 10}
                deployment: {InventoryService: {instances: 2, workers: 4}}
                faults:
                  - {at: 5s, for: 5s, kill: {service: InventoryService, instances: 1}}
                  - {at: 8s, for: 3s, fail: {service: PaymentService, rate: 30%}}
                slos:
                  - {route: POST /orders, p99: 800ms, errorRate: 1%}
                  - {availability: 99%}
            """.getBytes(StandardCharsets.UTF_8);
}
