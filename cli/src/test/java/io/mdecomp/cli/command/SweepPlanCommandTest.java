package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mdecomp sweep plan}: the Kubernetes Indexed Job is valid against the Kubernetes Job schema
 * and its shards, run as the pods would run them, merge to the single run's bytes; the GitHub
 * Actions workflow has a matrix job and a merge job whose commands do the same.
 *
 * <p>The Job schema is the one fabric8's kubernetes-model-batch ships (JSON Schema draft-07,
 * generated from the Kubernetes API types). Two corrections bring it to what the API server
 * accepts: it lets unknown fields through, which strict field validation
 * ({@code kubectl apply --validate=strict}) does not, so the test closes every object that lists
 * its properties; and it describes {@code Quantity} and {@code IntOrString} by their Java
 * fields, while the API writes them as a string or a number ({@code cpu: "2"},
 * {@code memory: 1Gi}), as Kubernetes' own OpenAPI says ({@code x-kubernetes-int-or-string}).
 */
class SweepPlanCommandTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static Schema jobSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheJobSchema() throws IOException {
        JsonNode schema;
        try (InputStream in = SweepPlanCommandTest.class.getResourceAsStream("/schema/validation-schema.json")) {
            assertThat(in).as("kubernetes-model-batch's schema on the test class path").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$ref", "#/definitions/kubernetes_batch_v1_Job");
        ObjectNode definitions = (ObjectNode) schema.get("definitions").deepCopy();
        close(definitions);
        for (String scalar : List.of("k8s_io_apimachinery_pkg_api_resource_Quantity",
                "kubernetes_apimachinery_pkg_util_intstr_IntOrString")) {
            assertThat(definitions.has(scalar)).as(scalar).isTrue();
            definitions.set(scalar, new ObjectMapper().readTree("{\"type\": [\"string\", \"integer\"]}"));
        }
        root.set("definitions", definitions);
        jobSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(root.toString(), InputFormat.JSON);
    }

    /** Every object with {@code properties} admits no others (maps, whose schema has none, stay open). */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject()) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> values = object.elements(); values.hasNext(); ) {
                close(values.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(SweepPlanCommandTest::close);
        }
    }

    private static List<Error> validate(String manifest) throws IOException {
        return jobSchema.validate(YAML.readTree(manifest));
    }

    private Path scenarios() throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: rates
                    duration: 4s
                    warmup: 1s
                    seed: 3
                    workload:
                      open: {rate: 200/s}
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    slos:
                      - {route: POST /orders, p99: 400ms}
                    sweep:
                      parameters:
                        - {path: workload.open.rate, values: [100/s, 300/s]}
                """);
        return file;
    }

    private Path model() throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.copy(Path.of(CliRun.SAMPLE), file);
        return file;
    }

    @Test
    void theIndexedJobIsValidAndItsPodsMergeToTheSingleRun() throws IOException {
        Path model = model();
        Path scenarios = scenarios();
        CliRun run = CliRun.run("sweep", "plan", model.toString(), scenarios.toString(), "--kubernetes", "--shards", "3",
                "--replications", "2", "--image", "registry.example/mdecomp:1.0");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(validate(run.out())).isEmpty();
        JsonNode job = YAML.readTree(run.out());
        assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
        assertThat(job.path("kind").asText()).isEqualTo("Job");
        assertThat(job.path("metadata").path("name").asText()).isEqualTo("mdecomp-sweep-ecommerce");
        assertThat(job.at("/spec/completionMode").asText()).isEqualTo("Indexed");
        assertThat(job.at("/spec/completions").asInt()).isEqualTo(3);
        assertThat(job.at("/spec/parallelism").asInt()).isEqualTo(3);
        JsonNode container = job.at("/spec/template/spec/containers/0");
        assertThat(container.path("image").asText()).isEqualTo("registry.example/mdecomp:1.0");
        assertThat(container.at("/env/0/name").asText()).isEqualTo("JOB_COMPLETION_INDEX");
        assertThat(container.at("/env/0/valueFrom/fieldRef/fieldPath").asText())
                .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");

        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        assertThat(args).containsSubsequence("--shard", "$(JOB_COMPLETION_INDEX)/3");
        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String index = Integer.toString(k);
            String[] pod = args.stream().map(a -> a.replace("$(JOB_COMPLETION_INDEX)", index)
                    .replace("/sweep/", dir + "/").replace("/results/", dir + "/")).toArray(String[]::new);
            CliRun shard = CliRun.run(pod);
            assertThat(shard.code()).as(shard.err()).isZero();
            shards.add(dir.resolve("shard-" + k + ".json"));
        }
        List<String> merge = new ArrayList<>(List.of("merge", "--format", "json"));
        shards.forEach(s -> merge.add(s.toString()));
        CliRun merged = CliRun.run(merge.toArray(String[]::new));
        CliRun single = CliRun.run("sweep", "run", model.toString(), scenarios.toString(), "--replications", "2",
                "--format", "json");
        assertThat(merged.out()).isEqualTo(single.out());
    }

    @Test
    void theSchemaCheckRejectsABrokenJob() throws IOException {
        String manifest = CliRun.run("sweep", "plan", model().toString(), scenarios().toString(), "--kubernetes",
                "--shards", "2").out();
        assertThat(validate(manifest)).isEmpty();
        assertThat(validate(manifest.replace("completions: 2", "completions: two"))).isNotEmpty();
        assertThat(validate(manifest.replace("completionMode: Indexed", "completionMode: Indexed\n  completionMod: x")))
                .isNotEmpty();
        assertThat(validate(manifest.replace("restartPolicy: Never", "restartPolicy: [Never]"))).isNotEmpty();
    }

    /** The workflow names its files relative to the repository's root: here, the module's folder. */
    @Test
    void theWorkflowHasAMatrixJobAndAMergeJob() throws IOException {
        Path inside = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sweep-plan");
        Path model = Files.copy(model(), inside.resolve("model.yaml"));
        Path scenarios = Files.copy(scenarios(), inside.resolve("scenarios.yaml"));
        CliRun run = CliRun.run("sweep", "plan", model.toString(), scenarios.toString(),
                "--github-actions", "--shards", "2", "--scenario", "rates", "--name", "Capacity Sweep");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        JsonNode workflow = YAML.readTree(run.out());
        assertThat(workflow.path("name").asText()).isEqualTo("capacity-sweep");
        assertThat(workflow.at("/jobs/shard/strategy/matrix/shard").toString()).isEqualTo("[0,1]");
        assertThat(workflow.at("/jobs/merge/needs").asText()).isEqualTo("shard");
        String shardStep = workflow.at("/jobs/shard/steps/3/run").asText().strip();
        assertThat(shardStep).startsWith("java -jar cli/target/mdecomp.jar sweep run ")
                .endsWith("--scenario rates --shard ${{ matrix.shard }}/2 --threads 2 --no-progress"
                        + " -o shard-${{ matrix.shard }}.json");
        assertThat(workflow.at("/jobs/shard/steps/4/with/name").asText()).isEqualTo("capacity-sweep-shard-${{ matrix.shard }}");
        assertThat(workflow.at("/jobs/merge/steps/3/with/pattern").asText()).isEqualTo("capacity-sweep-shard-*");
        String mergeStep = workflow.at("/jobs/merge/steps/4/run").asText();
        assertThat(mergeStep).contains("java -jar cli/target/mdecomp.jar merge shards/shard-*.json --format html -o sweep.html")
                .contains("$GITHUB_STEP_SUMMARY");

        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String line = shardStep.replace("${{ matrix.shard }}", Integer.toString(k))
                    .replace("-o shard-", "-o " + dir + "/shard-");
            List<String> words = List.of(line.substring("java -jar cli/target/mdecomp.jar ".length()).split(" "));
            CliRun shard = CliRun.run(words.toArray(String[]::new));
            assertThat(shard.code()).as(shard.err()).isZero();
            shards.add(dir.resolve("shard-" + k + ".json"));
        }
        CliRun merged = CliRun.run("merge", shards.get(1).toString(), shards.get(0).toString());
        CliRun single = CliRun.run("sweep", "run", model.toString(), scenarios.toString());
        assertThat(merged.out()).isEqualTo(single.out());
    }

    @Test
    void badPlansExitTwo() throws IOException {
        String model = model().toString();
        String scenarios = scenarios().toString();
        CliRun zero = CliRun.run("sweep", "plan", model, scenarios, "--kubernetes", "--shards", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--shards must lie in [1, 10000], got 0");
        assertThat(CliRun.run("sweep", "plan", model, scenarios, "--kubernetes", "--github-actions", "--shards", "2")
                .err()).contains("mutually exclusive");
        assertThat(CliRun.run("sweep", "plan", model, scenarios, "--shards", "2").code()).isEqualTo(2);
        CliRun absolute = CliRun.run("sweep", "plan", model, scenarios, "--github-actions", "--shards", "2");
        assertThat(absolute.code()).isEqualTo(2);
        assertThat(absolute.err()).contains("relative to its root");
        Path same = dir.resolve("other").resolve("model.yaml");
        Files.createDirectories(same.getParent());
        Files.copy(Path.of(scenarios), same);
        assertThat(CliRun.run("sweep", "plan", model, same.toString(), "--kubernetes", "--shards", "2").err())
                .contains("MODEL and SCENARIOS are both named 'model.yaml'");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(scenarios)).replace("300/s", "-3/s"));
        CliRun located = CliRun.run("sweep", "plan", model, bad.toString(), "--kubernetes", "--shards", "2");
        assertThat(located.code()).isEqualTo(2);
        assertThat(located.err()).startsWith(bad + ":13:").doesNotContain("Exception");
        assertThat(located.out()).isEmpty();
    }
}
