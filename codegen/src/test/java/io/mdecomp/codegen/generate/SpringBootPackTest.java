package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.view.ResiliencePolicy;
import io.mdecomp.codegen.view.ViewModelBuilder;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the spring-boot pack writes for the e-commerce sample: endpoints that make their modelled
 * calls, problem answers, idempotency, events through Kafka, deployment with the broker, and the
 * scenario's resilience. (The generated project is built and its tests run by
 * {@link SpringBootSkeletonBuildTest}.)
 */
class SpringBootPackTest {

    private static final String ORDER = "order-service/src/main/java/com/example/ecommerce/orderservice/";
    private static final String INVENTORY = "inventory-service/src/main/java/com/example/ecommerce/inventoryservice/";

    private static DomainModel sample() throws IOException {
        return ModelReader.read(Path.of("..", "samples", "ecommerce", "model.yaml"));
    }

    private static GeneratedFiles generate(DomainModel model) {
        return new Generator(new PackLoader().builtin("spring-boot")).generate(model);
    }

    @Test
    void anEndpointMakesItsCallsInModelOrderAndPublishesAfterThem() throws IOException {
        String controller = generate(sample()).content(ORDER + "api/OrderServiceController.java");
        assertThat(controller).containsSubsequence(
                "public Order placeOrder(@RequestBody(required = false) Order body, @RequestHeader(name = \"Idempotency-Key\", required = false) String idempotencyKey) {",
                "String customerId = body == null ? null : Objects.toString(body.customerId(), null);",
                "// These calls, which the model marks parallel, run together.",
                "Downstream.parallel(",
                "() -> customerServiceClient.getCustomer(customerId),",
                "() -> inventoryServiceClient.reserveStock(Downstream.fields(), Downstream.key(idempotencyKey, 2)));",
                "// The model makes CustomerService.getLoyaltyDiscount on 30% of requests; the skeleton makes it on every one.",
                "customerServiceClient.getLoyaltyDiscount(customerId);",
                "paymentServiceClient.charge(Downstream.fields(\"orderId\", orderId), Downstream.key(idempotencyKey, 4));",
                "events.publish(new OrderPlaced(UUID.randomUUID().toString(), \"OrderService\", orderId, customerId));",
                "return Order.sample();");
        assertThat(controller).contains("Downstream.later(\"PaymentService.refund\", () -> paymentServiceClient.refund(id,");
    }

    @Test
    void failedCallsAnswer502To504WithAProblemAndKeyedRequestsAreHonoured() throws IOException {
        GeneratedFiles files = generate(sample());
        assertThat(files.content(ORDER + "api/Problems.java")).contains("@RestControllerAdvice",
                "@ExceptionHandler(ClientException.class)", "ProblemDetail.forStatusAndDetail",
                "@ExceptionHandler(EventPublisher.NotPublished.class)");
        assertThat(files.content(ORDER + "client/InventoryServiceClient.java")).contains(
                "return call(\"POST /reservations\", false, () -> rest.method(HttpMethod.POST)",
                ".header(\"Idempotency-Key\", idempotencyKey)",
                "return ClientException.UNAVAILABLE;", "return ClientException.TIMEOUT;",
                "catch (CallNotPermittedException e)", ".intervalFunction(IntervalFunction.ofExponentialBackoff(");
        assertThat(files.content(ORDER + "client/CustomerServiceClient.java"))
                .contains("return call(\"GET /customers/{id}\", true,").doesNotContain("Idempotency-Key\", idempotencyKey");
        assertThat(files.content(ORDER + "api/IdempotencyFilter.java")).contains("extends OncePerRequestFilter",
                "response.setHeader(\"Idempotent-Replayed\", \"true\");", "if (answer.status() >= 500) {");
        assertThat(files.files()).doesNotContainKey(
                "payment-service/src/main/java/com/example/ecommerce/paymentservice/client/Downstream.java");
    }

    @Test
    void eventsTravelThroughKafkaATopicPerEventAndAGroupPerService() throws IOException {
        GeneratedFiles files = generate(sample());
        assertThat(files.content(ORDER + "event/EventPublisher.java")).contains("KafkaTemplate<String, String> kafka",
                "send(\"order-placed\", event.eventId(), event);", ".get(ACK_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)");
        assertThat(files.content(INVENTORY + "event/EventConsumer.java")).contains(
                "@KafkaListener(topics = \"order-placed\", groupId = \"inventory-service\")",
                "@KafkaListener(topics = \"payment-failed\", groupId = \"inventory-service\")",
                "endpoints.commitReservation(");
        assertThat(files.content(INVENTORY + "event/Topics.java")).contains("TopicBuilder.name(\"order-placed\")");
        assertThat(files.content("order-service/pom.xml")).contains("<kafka.version>4.2.1</kafka.version>",
                "<artifactId>spring-boot-starter-kafka</artifactId>", "<artifactId>spring-boot-starter-kafka-test</artifactId>",
                "<artifactId>archunit-junit5</artifactId>", "<artifactId>jmolecules-ddd</artifactId>");
        assertThat(files.content("order-service/src/main/resources/application.yaml"))
                .contains("bootstrap-servers: localhost:9092", "auto-offset-reset: earliest");
        assertThat(files.content("order-service/src/test/java/com/example/ecommerce/orderservice/OrderServiceApplicationTests.java"))
                .contains("@EmbeddedKafka(partitions = 1, topics = {\"order-placed\"}",
                        "expectCalls(List.of(\"GET /customers/{id}/discount -\", \"POST /payments {key}/4\"),",
                        "List.of(\"GET /customers/{id} -\", \"POST /reservations {key}/2\"));",
                        "expectEvents(published, \"order-placed\");",
                        "void aDependencyThatIsDownMakesTheEndpointAnswer503WithAProblemAndPublishNothing()");
    }

    @Test
    void composeAndKubernetesRunTheBrokerInKraftMode() throws IOException {
        GeneratedFiles files = generate(sample());
        assertThat(files.content("docker-compose.yml")).contains("  kafka:\n", "image: apache/kafka:4.2.1",
                "KAFKA_PROCESS_ROLES: broker,controller", "SPRING_KAFKA_BOOTSTRAP_SERVERS: kafka:9092",
                "condition: service_healthy").doesNotContainIgnoringCase("zookeeper");
        assertThat(files.content("k8s/kafka.yaml")).contains("kind: StatefulSet", "value: broker,controller",
                "value: PLAINTEXT://kafka:9092").doesNotContainIgnoringCase("zookeeper");
        assertThat(files.content("k8s/order-service.yaml")).contains("name: SPRING_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void aModelWithoutEventsGetsNoBroker() {
        GeneratedFiles files = generate(TestModels.chain(2));
        assertThat(files.files()).doesNotContainKey("k8s/kafka.yaml").containsKey("k8s/service0.yaml")
                .allSatisfy((path, content) -> assertThat(content).as(path).doesNotContainIgnoringCase("kafka"));
    }

    @Test
    void typesCarryJMoleculesAnnotations() throws IOException {
        GeneratedFiles files = generate(sample());
        assertThat(files.content(ORDER + "package-info.java"))
                .contains("@BoundedContext(id = \"com.example.ecommerce.orderservice\", name = \"Order Processing\")");
        assertThat(files.content(ORDER + "domain/Order.java")).contains("@AggregateRoot", "@Identity ");
        assertThat(files.content(ORDER + "domain/OrderItem.java")).contains("@Entity");
    }

    /**
     * The generated ArchUnit rules hold for the generated domain and fail for code that crosses a
     * boundary: compiled in-process from the files the rules look at (domain records, the
     * package's jMolecules annotation, the test itself), which need no Spring.
     */
    @Test
    void theArchitectureTestCatchesCodeThatCrossesABoundary(@TempDir Path dir) throws Exception {
        SkeletonWriter.write(dir, generate(TestModels.ecommerce()), WriteOptions.DEFAULT);
        Path order = dir.resolve(ORDER);
        List<Path> sources = new ArrayList<>();
        for (String folder : List.of(ORDER + "domain", INVENTORY + "domain")) {
            try (Stream<Path> files = Files.list(dir.resolve(folder))) {
                files.forEach(sources::add);
            }
        }
        sources.add(order.resolve("package-info.java"));
        sources.add(dir.resolve("order-service/src/test/java/com/example/ecommerce/orderservice/OrderServiceArchitectureTest.java"));
        assertThat(JavaPlainCompileTest.violations(compile(dir.resolve("clean"), sources))).isEmpty();

        Path shortcut = Files.createDirectories(order.resolve("api")).resolve("Shortcut.java");
        Files.writeString(shortcut, JavaPlainCompileTest.SHORTCUT);
        sources.add(shortcut);
        assertThat(JavaPlainCompileTest.violations(compile(dir.resolve("crossing"), sources)))
                .containsExactlyInAnyOrder("NO_OTHER_SERVICE", "ORDER_INTERNALS");
    }

    private static Path compile(Path classes, List<Path> sources) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            assertThat(compiler.getTask(null, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call()).isTrue();
        }
        return classes;
    }

    @Test
    void aScenarioGivesTheClientsItsResilience() throws IOException {
        ResiliencePolicy.Patterns patterns = new ResiliencePolicy.Patterns(OptionalLong.of(750),
                Optional.of(new ResiliencePolicy.Retry(4, 100, 2, 0.5)), Optional.empty(), OptionalInt.of(7));
        ResiliencePolicy policy = ResiliencePolicy.scenario("busy", patterns, Map.of());
        GeneratedFiles files = new Generator(new PackLoader().builtin("spring-boot"))
                .generate(new ViewModelBuilder("com.example", policy).build(sample()));
        assertThat(files.content(ORDER + "client/InventoryServiceClient.java")).contains("with scenario busy:",
                "each attempt may take 500 ms", "maxConcurrentCalls(7)",
                "IntervalFunction.ofExponentialRandomBackoff(Math.max(1, waitMillis), 2, 0.5)", "no circuit breaker;")
                .doesNotContain("CircuitBreaker.of(");
        assertThat(files.content("order-service/pom.xml")).contains("<artifactId>resilience4j-bulkhead</artifactId>");
        assertThat(files.content("order-service/src/main/resources/application.yaml"))
                .contains("timeout-millis: 500", "max-attempts: 4").doesNotContain("circuit-breaker:");
    }
}
