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
 * models (validate, analyze, propose, generate), scenario files (simulate), changed models and
 * scenarios (simulate compare), sweeps (sweep run), sweep shards (merge), Service Cutter files,
 * traces and Java code bases (import, then validate what was written), component assignments
 * (evaluate) and template packs (generate with {@code --template}).
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
 * The same seed gives the same cases; a failing case names its kind, number and seed. Diagnostics
 * of {@code import java} name files relative to the source folder it was given.
 */
class MutationFuzzTest {

    private static final long SEED = 0x5EED_2026L;
    private static final Map<Kind, Integer> CASES = new java.util.EnumMap<>(Map.of(Kind.MODEL, 50, Kind.SCENARIOS, 20,
            Kind.COMPARE, 10, Kind.SWEEP, 12, Kind.MERGE, 16, Kind.SERVICE_CUTTER, 16, Kind.TRACES, 20,
            Kind.JAVA, 16, Kind.EVALUATE, 16, Kind.PACK, 12));

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path SERVICE_CUTTER_FILES = Path.of("..", "model", "src", "test", "resources", "servicecutter");
    private static final Path PACK = Path.of("..", "codegen", "src", "main", "resources", "io", "mdecomp", "codegen",
            "packs", "java-plain");
    private static final Path TRACES = Path.of("..", "importer", "src", "test", "resources", "traces");
    private static final Path CODE_BASE = Path.of("..", "importer", "src", "test", "resources", "codebases", "jaxrs-jpa");

    private static final Pattern STACK_FRAME = Pattern.compile("(?md)^\\s+at [\\w$.]+\\(|Exception in thread|internal error");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?md)^(.+?)(:\\d+:\\d+)?: error: .+ \\[[a-z0-9-]+]$");

    private static final Map<String, AtomicInteger> EXITS = new ConcurrentSkipListMap<>();

    @TempDir
    Path root;

    /** What relative file names in diagnostics are relative to: the working directory, or import java's source folder. */
    private Path relativeTo = Path.of("");

    static Stream<Arguments> cases() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        List<Arguments> cases = new ArrayList<>();
        CASES.forEach((kind, count) -> IntStream.range(0, count)
                .forEach(i -> cases.add(Arguments.of(kind, i, seeds.nextLong()))));
        return cases.stream();
    }

    enum Kind { MODEL, SCENARIOS, COMPARE, SWEEP, MERGE, SERVICE_CUTTER, TRACES, JAVA, EVALUATE, PACK }

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
            case COMPARE -> compare(random, in, out);
            case SWEEP -> sweep(random, in, out);
            case MERGE -> merge(random, in, out);
            case SERVICE_CUTTER -> serviceCutter(random, in, out);
            case TRACES -> traces(random, in, out);
            case JAVA -> java(random, in, out);
            case EVALUATE -> evaluate(random, in, out);
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
        if (random.nextInt(10) == 0) {
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

    /** A changed head model or a changed scenario file, compared against the sample in paired runs. */
    private void compare(SplittableRandom random, Path in, Path out) throws IOException {
        byte[] sample = read(SAMPLES.resolve("ecommerce/model.yaml"));
        Path base = write(in.resolve("base.yaml"), sample);
        boolean model = random.nextBoolean();
        Path head = write(in.resolve("head.yaml"), model ? Mutator.mutate(sample, random, Mutator.MODEL_VALUES) : sample);
        Path scenarios = write(in.resolve("scenarios.yaml"), model ? SCENARIO
                : Mutator.mutate(SCENARIO, random, Mutator.SCENARIO_VALUES));
        check(in, out, "simulate", "compare", base.toString(), head.toString(), scenarios.toString(), "--replications",
                "2", "--format", "json", "-o", out.resolve("comparison.json").toString());
    }

    private void sweep(SplittableRandom random, Path in, Path out) throws IOException {
        Path model = write(in.resolve("model.yaml"), read(SAMPLES.resolve("ecommerce/model.yaml")));
        Path scenarios = write(in.resolve("scenarios.yaml"), Mutator.mutate(SWEEP, random, Mutator.SCENARIO_VALUES));
        check(in, out, "sweep", "run", model.toString(), scenarios.toString(), "--threads", "1", "--format", "json",
                "-o", out.resolve("sweep.json").toString());
    }

    /** One shard of a two-shard sweep, written once and then mutated; the other shard is left as written. */
    private void merge(SplittableRandom random, Path in, Path out) throws IOException {
        List<byte[]> shards = shards();
        Path first = write(in.resolve("shard-0.json"), Mutator.mutate(shards.get(0), random, Mutator.JSON_VALUES));
        Path second = write(in.resolve("shard-1.json"), shards.get(1));
        check(in, out, "merge", first.toString(), second.toString(), "--format", "json", "-o",
                out.resolve("sweep.json").toString());
    }

    private static synchronized List<byte[]> shards() throws IOException {
        if (shards == null) {
            Path dir = Files.createTempDirectory("mdecomp-fuzz-shards");
            Path model = write(dir.resolve("model.yaml"), read(SAMPLES.resolve("ecommerce/model.yaml")));
            Path scenarios = write(dir.resolve("scenarios.yaml"), SWEEP);
            List<byte[]> written = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                Path shard = dir.resolve("shard-" + k + ".json");
                CliResult result = run("sweep", "run", model.toString(), scenarios.toString(), "--threads", "1",
                        "--shard", k + "/2", "-o", shard.toString());
                assertThat(result.code()).as(result.err()).isZero();
                written.add(read(shard));
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            shards = written;
        }
        return shards;
    }

    private static List<byte[]> shards;

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

    /** Jaeger or OTLP traces, mutated, into a new model or calibrating an existing one. */
    private void traces(SplittableRandom random, Path in, Path out) throws IOException {
        String name = random.nextBoolean() ? "shop-jaeger.json" : "checkout-otlp.json";
        Path traces = write(in.resolve(name), Mutator.mutate(read(TRACES.resolve(name)), random, Mutator.JSON_VALUES));
        List<String> args = new ArrayList<>(List.of("import", "traces", traces.toString(), "-o",
                out.resolve("model.yaml").toString(), "--scenarios-out", out.resolve("scenarios.yaml").toString()));
        if (random.nextInt(3) == 0) {
            Path model = write(in.resolve("shop-model.yaml"), read(TRACES.resolve("shop-model.yaml")));
            args.addAll(List.of("--into", model.toString()));
        }
        if (check(in, out, args.toArray(String[]::new)) == 0) {
            CliResult again = run("validate", out.resolve("model.yaml").toString());
            assertThat(again.code()).as("an imported model must be valid:%n%s", again.err()).isZero();
        }
    }

    /** A small JPA and JAX-RS code base with one source or descriptor mutated. */
    private void java(SplittableRandom random, Path in, Path out) throws IOException {
        Path project = in.resolve("project");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CODE_BASE)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path mutated = files.get(random.nextInt(files.size()));
        for (Path file : files) {
            write(project.resolve(CODE_BASE.relativize(file).toString()), file.equals(mutated)
                    ? Mutator.mutate(read(file), random, Mutator.JAVA_VALUES) : read(file));
        }
        String by = List.of("single", "module", "package").get(random.nextInt(3));
        relativeTo = project;
        if (check(in, out, "import", "java", project.toString(), "--services-by", by, "-o",
                out.resolve("model.yaml").toString(), "--report", out.resolve("report.md").toString()) == 0) {
            CliResult again = run("validate", out.resolve("model.yaml").toString());
            assertThat(again.code()).as("an imported model must be valid:%n%s", again.err()).isZero();
        }
    }

    private void evaluate(SplittableRandom random, Path in, Path out) throws IOException {
        boolean truth = random.nextBoolean();
        Path proposed = write(in.resolve("proposed.csv"), truth ? PROPOSED : Mutator.mutate(PROPOSED, random,
                Mutator.CSV_VALUES));
        Path expected = write(in.resolve("truth.csv"), truth ? Mutator.mutate(TRUTH, random, Mutator.CSV_VALUES) : TRUTH);
        check(in, out, "evaluate", proposed.toString(), "--truth", expected.toString(), "--baseline",
                "other=" + expected, "--format", "json", "-o", out.resolve("evaluation.json").toString());
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
            assertThat(DIAGNOSTIC.matcher(result.err()).results().map(m -> relativeTo.resolve(m.group(1)).normalize())
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
        // For the build log: how many runs of each command exited how, and the CPU time of this test JVM so far.
        long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("mutation fuzz: %s; JVM CPU time %.1f s%n", EXITS, cpu / 1e9);
    }

    /** A sweep of two points that runs in milliseconds. */
    private static final byte[] SWEEP = """
            scenarios:
              - name: sweep
                maxEvents: 100000
                duration: 10s
                warmup: 1s
                seed: 2
                workload:
                  open: {rate: 40/s}
                  clients: 50
                  mix: [{route: POST /orders, weight: 1}, {route: "GET /products/{sku}", weight: 2}]
                slos:
                  - {route: POST /orders, p99: 500ms}
                sweep:
                  replications: 1
                  parameters:
                    - {path: workload.open.rate, values: [20/s, 40/s]}
                    - {path: deployment.PaymentService.instances, range: {from: 1, to: 2, step: 1}}
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] PROPOSED = """
            component,kind,service
            Order,class,Orders
            OrderItem,class,Orders
            orders,table,Orders
            Product,class,Catalog
            products,table,Catalog
            checkout,view,Orders
            Payment,class,Payments
            lineitem,table,Orders
            """.getBytes(StandardCharsets.UTF_8);

    private static final byte[] TRUTH = """
            Components,Type,Label
            Order,class,S1
            OrderItem,class,S1
            orders,table,S1
            Product,class,S2
            lineitem(table),table,S1
            products,table,S2
            checkout(jsp),view,C
            Payment,class,S3
            """.getBytes(StandardCharsets.UTF_8);

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
