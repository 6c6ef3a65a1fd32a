package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The java-plain pack's output compiles without warnings (javac in-process) and its tests pass. */
class JavaPlainCompileTest {

    @TempDir
    Path dir;

    /** Every sample under {@code samples/} (read with the model reader), and the models built in code. */
    static Stream<Arguments> models() throws IOException {
        List<Arguments> models = new ArrayList<>();
        Path samples = Path.of("..", "samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> walk = Files.walk(samples, 2)) {
                for (Path file : walk.filter(p -> p.getFileName().toString().equals("model.yaml")).sorted().toList()) {
                    models.add(Arguments.of("sample " + samples.relativize(file), ModelReader.read(file)));
                }
            }
        }
        models.add(Arguments.of("ecommerce in code", TestModels.ecommerce()));
        models.add(Arguments.of("tiny", TestModels.tiny()));
        models.add(Arguments.of("chain", TestModels.chain(4)));
        models.add(Arguments.of("hostile names", TestModels.hostile()));
        return models.stream();
    }

    private Path generate(DomainModel model) {
        GeneratedFiles files = new Generator(new PackLoader().builtin("java-plain")).generate(model);
        SkeletonWriter.write(dir, files, WriteOptions.DEFAULT);
        return dir;
    }

    private Path compile(Path root) throws Exception {
        List<File> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            // .mdecomp/ holds mdecomp's records, not sources
            sources = walk.filter(p -> p.toString().endsWith(".java") && !root.relativize(p).startsWith(".mdecomp"))
                    .map(Path::toFile).sorted().toList();
        }
        Path classes = Files.createDirectories(root.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
            String report = diagnostics.getDiagnostics().stream().map(d -> d.getKind() + ": " + d.getSource() + ":"
                    + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
            assertThat(ok).as(report).isTrue();
            assertThat(diagnostics.getDiagnostics()).as(report)
                    .noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
        }
        return classes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void generatedServicesCompileWithoutWarnings(String name, DomainModel model) throws Exception {
        compile(generate(model));
    }

    @Test
    void aGeneratedServicesOwnTestsPass() throws Exception {
        Path classes = compile(generate(TestModels.ecommerce()));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> testClass = loader.loadClass("com.example.ecommerce.orderservice.OrderServiceApplicationTest");
            Constructor<?> constructor = testClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            List<String> ran = new ArrayList<>();
            for (Method method : testClass.getDeclaredMethods()) {
                if (method.isAnnotationPresent(org.junit.jupiter.api.Test.class)) {
                    Object test = constructor.newInstance();
                    lifecycle(testClass, test, org.junit.jupiter.api.BeforeEach.class);
                    try {
                        method.setAccessible(true);
                        method.invoke(test);
                    } finally {
                        lifecycle(testClass, test, org.junit.jupiter.api.AfterEach.class);
                    }
                    ran.add(method.getName());
                }
            }
            assertThat(ran).containsExactlyInAnyOrder("answersHealthChecksAndEveryEndpoint",
                    "aDependencyThatIsDownMakesTheEndpointAnswer503WithAProblem",
                    "aRepeatedIdempotencyKeyGetsTheFirstAnswerAgain");
        }
    }

    private static void lifecycle(Class<?> testClass, Object test, Class<? extends java.lang.annotation.Annotation> phase)
            throws Exception {
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(phase)) {
                method.setAccessible(true);
                method.invoke(test);
            }
        }
    }

    /** The generated ArchUnit rules hold for the generated code and fail for code that crosses a boundary. */
    @Test
    void theArchitectureTestCatchesCodeThatCrossesABoundary() throws Exception {
        Path root = generate(TestModels.ecommerce());
        Path api = root.resolve("order-service/src/main/java/com/example/ecommerce/orderservice/api");
        Path classes = compile(root);
        assertThat(violations(classes)).isEmpty();
        Files.writeString(api.resolve("Shortcut.java"), SHORTCUT);
        assertThat(violations(compile(root))).containsExactlyInAnyOrder("NO_OTHER_SERVICE", "ORDER_INTERNALS");
    }

    /** A class of OrderService's API that reaches into the Order aggregate and into InventoryService (either pack). */
    static final String SHORTCUT = "package com.example.ecommerce.orderservice.api;\n\n"
            + "/** Reaches into the Order aggregate and into another service. */\n"
            + "public final class Shortcut {\n\n    private Shortcut() {\n    }\n\n"
            + "    /** An item without its order, and a product of the inventory service. */\n"
            + "    public static Object[] both() {\n"
            + "        return new Object[] {com.example.ecommerce.orderservice.domain.OrderItem.sample(),"
            + " com.example.ecommerce.inventoryservice.domain.Stock.sample()};\n    }\n}\n";

    /** The names of the OrderService architecture rules that fail on {@code classes} (either pack's). */
    static List<String> violations(Path classes) throws Exception {
        List<String> failing = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaPlainCompileTest.class.getClassLoader())) {
            Class<?> testClass = loader.loadClass("com.example.ecommerce.orderservice.OrderServiceArchitectureTest");
            com.tngtech.archunit.core.domain.JavaClasses imported = new com.tngtech.archunit.core.importer.ClassFileImporter()
                    .importPath(classes.resolve("com/example/ecommerce/orderservice"));
            for (java.lang.reflect.Field field : testClass.getDeclaredFields()) {
                if (field.getType() == com.tngtech.archunit.lang.ArchRule.class) {
                    com.tngtech.archunit.lang.ArchRule rule = (com.tngtech.archunit.lang.ArchRule) field.get(null);
                    if (rule.evaluate(imported).hasViolation()) {
                        failing.add(field.getName());
                    }
                }
            }
        }
        return failing;
    }
}
