package io.mdecomp.codegen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.generate.Generator;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.view.CyclicModel;
import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.format.ModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deployment files of both packs, for every sample and for models with a call cycle and a
 * call chain: {@code docker-compose.yml} is valid by the Compose Specification's JSON schema and
 * every Kubernetes object by the schema of its kind, derived from the Kubernetes API's OpenAPI
 * definitions (the schemas and where they come from: {@code src/test/resources/io/mdecomp/codegen/deploy/}),
 * and the services are wired to one another as {@link ComposeWiring} and {@link KubernetesWiring}
 * check. (Bringing the Compose deployment up needs a Docker daemon and the images' registry, which
 * the test suite does not assume.)
 */
class DeploymentFilesTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Schema COMPOSE = schema("compose/compose-spec.json");
    private static final Map<String, Schema> KUBERNETES = Map.of(
            "apps/v1 Deployment", schema("kubernetes/deployment-apps-v1.json"),
            "apps/v1 StatefulSet", schema("kubernetes/statefulset-apps-v1.json"),
            "v1 Service", schema("kubernetes/service-v1.json"));

    private static Schema schema(String resource) {
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream(resource)) {
            // located where it lies, against which the Compose schema's relative $id resolves
            return REGISTRY.getSchema(SchemaLocation.of("classpath:io/mdecomp/codegen/deploy/" + resource),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> generations() throws IOException {
        Map<String, DomainModel> models = new TreeMap<>();
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (Path sample : samples.sorted().toList()) {
                if (Files.exists(sample.resolve("model.yaml"))) {
                    models.put(sample.getFileName().toString(), ModelReader.read(sample.resolve("model.yaml")));
                }
            }
        }
        models.put("a call cycle", CyclicModel.twoServicesCallingEachOther());
        models.put("a call chain", TestModels.chain(4));
        List<Arguments> generations = new ArrayList<>();
        for (String pack : PackLoader.BUILTIN) {
            models.forEach((name, model) -> generations.add(Arguments.of(pack, name, model)));
        }
        return generations.stream();
    }

    /** Generations by pack and model, shared by the tests of one model. */
    private static final Map<List<Object>, GeneratedFiles> GENERATED = new ConcurrentHashMap<>();

    private static GeneratedFiles generate(String pack, DomainModel model) {
        return GENERATED.computeIfAbsent(List.of(pack, model), key -> new Generator(new PackLoader().builtin(pack)).generate(model));
    }

    private static JsonNode compose(GeneratedFiles files) throws IOException {
        return YAML.readTree(files.content("docker-compose.yml"));
    }

    /** Every object of every Kubernetes file of the generation. */
    private static List<JsonNode> kubernetes(GeneratedFiles files) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (Map.Entry<String, String> file : files.files().entrySet()) {
            if (file.getKey().endsWith("k8s.yaml") || file.getKey().startsWith("k8s/")) {
                try (var documents = YAML.readValues(YAML.createParser(file.getValue()), JsonNode.class)) {
                    while (documents.hasNext()) {
                        JsonNode document = documents.next();
                        if (document != null && !document.isEmpty()) {
                            objects.add(document);
                        }
                    }
                }
            }
        }
        return objects;
    }

    private static List<String> kubernetesErrors(List<JsonNode> objects) {
        List<String> errors = new ArrayList<>();
        for (JsonNode object : objects) {
            String kind = object.path("apiVersion").asText() + " " + object.path("kind").asText();
            Schema schema = KUBERNETES.get(kind);
            if (schema == null) {
                errors.add(kind + ": no schema for this kind here; add it");
                continue;
            }
            schema.validate(object).forEach(e -> errors.add(kind + " " + object.path("metadata").path("name").asText() + ": " + e));
        }
        return errors;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("generations")
    void theComposeFileIsValidByTheComposeSpecification(String pack, String name, DomainModel model) throws IOException {
        assertThat(COMPOSE.validate(compose(generate(pack, model)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("generations")
    void everyKubernetesObjectIsValidByTheSchemaOfItsKind(String pack, String name, DomainModel model) throws IOException {
        List<JsonNode> objects = kubernetes(generate(pack, model));
        assertThat(objects).extracting(o -> o.path("kind").asText()).contains("Deployment", "Service");
        assertThat(kubernetesErrors(objects)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("generations")
    void theComposeServicesReachOneAnother(String pack, String name, DomainModel model) throws IOException {
        JsonNode compose = compose(generate(pack, model));
        assertThat(ComposeWiring.problems(compose)).isEmpty();
        // every service called synchronously in the model is configured as a client
        for (Service service : model.services()) {
            JsonNode environment = compose.path("services").path(artifactOf(compose, service)).path("environment");
            Set<String> clients = new TreeSet<>();
            environment.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("CLIENTS_")) {
                    clients.add(e.getValue().asText().replaceAll("^https?://([^:/]+).*$", "$1"));
                }
            });
            for (String callee : syncCallees(model, service)) {
                assertThat(clients).as(service.name() + " calls " + callee).contains(artifactOf(compose, model.service(callee).orElseThrow()));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("generations")
    void theKubernetesObjectsReachOneAnother(String pack, String name, DomainModel model) throws IOException {
        assertThat(KubernetesWiring.problems(kubernetes(generate(pack, model)))).isEmpty();
    }

    /** The services {@code service} calls synchronously, other than itself. */
    private static Set<String> syncCallees(DomainModel model, Service service) {
        Set<String> callees = new TreeSet<>();
        for (Endpoint endpoint : service.endpoints()) {
            for (Call call : endpoint.calls()) {
                if (call.isSync() && !call.service().equals(service.name())) {
                    callees.add(call.service());
                }
            }
        }
        return callees;
    }

    /** The Compose service of a model service: the one whose build folder is named after it. */
    private static String artifactOf(JsonNode compose, Service service) {
        List<String> names = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(e -> {
            String build = e.getValue().path("build").asText();
            if (build.equals("./" + e.getKey()) && e.getKey().replace("-", "").equalsIgnoreCase(service.name().replaceAll("[^A-Za-z0-9]", ""))) {
                names.add(e.getKey());
            }
        });
        assertThat(names).as("the Compose service of " + service.name()).hasSize(1);
        return names.get(0);
    }

    // The checks can fail: each catches what it is there for.

    @Test
    void theComposeSchemaRefusesAKeyComposeDoesNotKnow() throws IOException {
        ObjectNode compose = (ObjectNode) compose(generate("spring-boot", TestModels.chain(2)));
        ((ObjectNode) compose.path("services").elements().next()).put("restart_policy", "always");
        assertThat(COMPOSE.validate(compose)).isNotEmpty();
    }

    @Test
    void theKubernetesSchemaRefusesAMisspelledFieldAndAWrongType() throws IOException {
        List<JsonNode> objects = kubernetes(generate("java-plain", TestModels.chain(2)));
        ObjectNode deployment = (ObjectNode) objects.stream().filter(o -> o.path("kind").asText().equals("Deployment"))
                .findFirst().orElseThrow();
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        ObjectNode service = (ObjectNode) objects.stream().filter(o -> o.path("kind").asText().equals("Service"))
                .findFirst().orElseThrow();
        ((ObjectNode) service.path("spec").path("ports").get(0)).put("port", "eighty");
        assertThat(kubernetesErrors(List.of(deployment))).singleElement().asString().contains("replica");
        assertThat(kubernetesErrors(List.of(service))).singleElement().asString().contains("port");
    }

    @Test
    void composeWiringFindsAWrongHostAWrongPortAMissingDependencyAndAnUnwatchedBroker() throws IOException {
        JsonNode compose = YAML.readTree("""
                services:
                  kafka:
                    image: apache/kafka
                    environment:
                      KAFKA_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093
                      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092
                  a:
                    build: ./a
                    ports: ["8081:8080"]
                    environment:
                      PORT: "8081"
                      CLIENTS_B_URL: "http://b:9999"
                      CLIENTS_C_URL: "http://c:8083"
                      SPRING_KAFKA_BOOTSTRAP_SERVERS: kafka:9093
                    depends_on: [nobody]
                  b:
                    build: ./b
                    environment:
                      PORT: "8082"
                      EVENTS_X_SUBSCRIBERS: "http://a:8081,http://b"
                """);
        assertThat(ComposeWiring.problems(compose)).containsExactlyInAnyOrder(
                "a: publishes container port 8080 but listens on 8081",
                "a: depends_on names 'nobody', not a service of the file",
                "a: CLIENTS_B_URL reaches 'b' on port 9999, which listens on 8082",
                "a: calls 'b' but does not depend on it",
                "a: CLIENTS_C_URL names 'c', not a service of the file",
                "a: SPRING_KAFKA_BOOTSTRAP_SERVERS is kafka:9093, which 'kafka' does not advertise (PLAINTEXT://kafka:9092)",
                "a: uses the broker 'kafka' without waiting for it to be healthy",
                "b: EVENTS_X_SUBSCRIBERS holds 'http://b', not a host with a port");
    }

    @Test
    void composeWiringAcceptsACallLeftOutOfDependsOnOnlyToAvoidACycle() throws IOException {
        String twoServices = """
                services:
                  a:
                    environment: {PORT: "1", CLIENTS_B_URL: "http://b:2"}
                    depends_on: [b]
                  b:
                    environment: {PORT: "2", CLIENTS_A_URL: "http://a:1"}
                %s
                """;
        assertThat(ComposeWiring.problems(YAML.readTree(twoServices.formatted("")))).isEmpty();
        assertThat(ComposeWiring.problems(YAML.readTree(twoServices.formatted("    depends_on: [a]"))))
                .containsExactly("depends_on has a cycle, which Compose refuses");
    }

    @Test
    void kubernetesWiringFindsUnmatchedSelectorsPortsAndAddresses() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var documents = YAML.readValues(YAML.createParser("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: a}
                spec:
                  selector: {matchLabels: {app: a}}
                  template:
                    metadata: {labels: {app: a}}
                    spec:
                      containers:
                        - name: a
                          ports: [{containerPort: 8081}]
                          env:
                            - {name: PORT, value: "8080"}
                            - {name: CLIENTS_B_URL, value: "http://b:8082"}
                            - {name: CLIENTS_A_URL, value: "http://a:9999"}
                            - {name: SPRING_KAFKA_BOOTSTRAP_SERVERS, value: "kafka:9092"}
                          readinessProbe: {httpGet: {path: /ready, port: 8082}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: a}
                spec:
                  selector: {app: a}
                  ports: [{port: 8081, targetPort: 8085}]
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: kafka}
                spec:
                  serviceName: broker
                  selector: {matchLabels: {app: kafka}}
                  template:
                    metadata: {labels: {app: other}}
                    spec:
                      containers: [{name: kafka, ports: [{containerPort: 9092}]}]
                """), JsonNode.class)) {
            documents.forEachRemaining(objects::add);
        }
        assertThat(KubernetesWiring.problems(objects)).containsExactlyInAnyOrder(
                "Service a forwards to port 8085, which a does not declare [8081]",
                "a: its readinessProbe checks port 8082, not a declared one [8081]",
                "a: listens on PORT 8080 but declares [8081]",
                "a: CLIENTS_B_URL names 'b', not a Service",
                "a: CLIENTS_A_URL reaches Service a on port 9999, which it does not serve",
                "a: SPRING_KAFKA_BOOTSTRAP_SERVERS names 'kafka', not a Service",
                "kafka: its selector does not match its pod labels",
                "kafka: no Service selects its pods",
                "kafka: serviceName 'broker' is not a Service");
    }
}
