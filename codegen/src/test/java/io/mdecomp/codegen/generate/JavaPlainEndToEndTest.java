package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.view.ClientView;
import io.mdecomp.codegen.view.EventView;
import io.mdecomp.codegen.view.ResiliencePolicy;
import io.mdecomp.codegen.view.ServiceView;
import io.mdecomp.codegen.view.SystemView;
import io.mdecomp.codegen.view.ViewModelBuilder;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.format.ModelReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The java-plain skeletons of the e-commerce sample working together: every service runs as a
 * process of its own on a loopback port; an order placed through OrderService makes the
 * modelled calls (identifiers passed on) and its {@code OrderPlaced} event reaches both consumers
 * through the outbox; with InventoryService stopped the same request answers 503 and nothing is
 * published. The run's log is kept in {@code target/java-plain-end-to-end.log}.
 */
class JavaPlainEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, List<String>> logs = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopAll() throws IOException {
        processes.values().forEach(Process::destroyForcibly);
        List<String> transcript = new ArrayList<>();
        logs.forEach((service, lines) -> lines.forEach(line -> transcript.add(line)));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "java-plain-end-to-end.log"), transcript);
    }

    @Test
    void anOrderMakesItsCallsAndItsEventReachesTheConsumersAndFailsWith503WithoutInventory() throws Exception {
        DomainModel model = ModelReader.read(Path.of("..", "samples", "ecommerce", "model.yaml"));
        // The model's timeouts (300 ms to 2 s) are for warm services on a quiet machine; on a loaded
        // test machine cold JVMs need longer, so every caller-callee pair gets 20 s, as a
        // scenario's resilience.calls would give them (retries and breakers are then off).
        Map<ResiliencePolicy.CallPair, ResiliencePolicy.Patterns> patient = new LinkedHashMap<>();
        for (Service caller : model.services()) {
            for (Service callee : model.services()) {
                patient.put(new ResiliencePolicy.CallPair(caller.name(), callee.name()), new ResiliencePolicy.Patterns(
                        OptionalLong.of(20_000), Optional.empty(), Optional.empty(), OptionalInt.empty()));
            }
        }
        SystemView system = new ViewModelBuilder("com.example", ResiliencePolicy.scenario("patient",
                ResiliencePolicy.Patterns.NONE, patient)).build(model);
        GeneratedFiles files = new Generator(new PackLoader().builtin("java-plain")).generate(system);
        Path project = dir.resolve("ecommerce");
        SkeletonWriter.write(project, files, WriteOptions.DEFAULT);
        Path classes = compileMainSources(project);

        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ServiceView service : system.services()) {
            ports.put(service.name(), freePort());
        }
        for (ServiceView service : system.services()) {
            start(service, classes, environment(service, ports));
        }
        for (ServiceView service : system.services()) {
            await(() -> status("GET", url(ports, service.name(), "/health/ready"), null, null) == 200,
                    service.name() + " ready");
        }

        String order = "{\"id\":\"o-1\",\"customerId\":\"c-42\",\"total\":12.5,\"status\":\"NEW\",\"items\":[]}";
        HttpResponse<String> placed = send("POST", url(ports, "OrderService", "/orders"), order, "key-1");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        awaitLine("customer-service", "GET /customers/c-42 -> 200");
        awaitLine("customer-service", "GET /customers/c-42/discount -> 200");
        awaitLine("inventory-service", "POST /reservations -> 200");
        awaitLine("payment-service", "POST /payments -> 200");
        awaitLine("order-service", "outbox order-placed ");
        awaitLine("inventory-service", "-> commitReservation");
        awaitLine("customer-service", "-> recordPurchase id=c-42");

        HttpResponse<String> replayed = send("POST", url(ports, "OrderService", "/orders"), order, "key-1");
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");

        processes.get("InventoryService").destroy();
        assertThat(processes.get("InventoryService").waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> failed = send("POST", url(ports, "OrderService", "/orders"),
                order.replace("o-1", "o-2"), "key-2");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(failed.body()).contains("\"status\":503", "InventoryService POST /reservations");

        // OrderService logs in order: once the next request's line is there, a publication of the
        // failed one would be there before it.
        assertThat(send("GET", url(ports, "OrderService", "/orders/o-2"), null, null).statusCode()).isEqualTo(200);
        awaitLine("order-service", "GET /orders/o-2 -> 200");
        assertThat(count("order-service", "outbox order-placed ")).as("published once, for the first order only").isEqualTo(1);
        assertThat(count("customer-service", "event OrderPlaced ")).isEqualTo(1);
    }

    private Map<String, String> environment(ServiceView service, Map<String, Integer> ports) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(ports.get(service.name())));
        for (ClientView client : service.clients()) {
            env.put(client.envVar(), "http://127.0.0.1:" + ports.get(client.service()));
        }
        for (EventView event : service.publishes()) {
            env.put(event.envVar(), event.consumers().stream().map(c -> "http://127.0.0.1:" + ports.get(c))
                    .collect(Collectors.joining(",")));
        }
        return env;
    }

    private void start(ServiceView service, Path classes, Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", classes.toString(), service.packageName() + "." + service.className() + "Application")
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.put(service.name(), process);
        List<String> lines = new CopyOnWriteArrayList<>();
        logs.put(service.artifactId(), lines);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(log ended: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private Path compileMainSources(Path project) throws IOException {
        List<File> sources;
        try (Stream<Path> walk = Files.walk(project)) {
            sources = walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .filter(p -> !project.relativize(p).startsWith(".mdecomp")).map(Path::toFile).sorted().toList();
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            assertThat(compiler.getTask(null, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromFiles(sources)).call()).isTrue();
        }
        return classes;
    }

    private void awaitLine(String service, String fragment) throws InterruptedException {
        await(() -> logs.get(service).stream().anyMatch(line -> line.contains(fragment)),
                service + " logs '" + fragment + "'; its log:\n" + String.join("\n", logs.get(service)));
    }

    private long count(String service, String fragment) {
        return logs.get(service).stream().filter(line -> line.contains(fragment)).count();
    }

    private void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain for " + what);
            }
            Thread.sleep(50);
        }
    }

    private int status(String method, String url, String body, String key) {
        try {
            return send(method, url, body, key).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> send(String method, String url, String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(Map<String, Integer> ports, String service, String path) {
        return "http://127.0.0.1:" + ports.get(service) + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
