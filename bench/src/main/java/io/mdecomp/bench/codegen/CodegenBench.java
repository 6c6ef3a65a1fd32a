package io.mdecomp.bench.codegen;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.generate.Generator;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.codegen.write.WriteReport;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Times {@code generate skeletons} on a synthetic model (SPEC §10: 100 services under 3 s):
 * rendering (view model + FreeMarker) and safe writing, for each built-in pack, first run (cold
 * JVM, as the command line sees it) and the median of five more runs.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.codegen.CodegenBench [SERVICES] [MODEL_OUT.yaml]
 * </pre>
 * With {@code MODEL_OUT.yaml} it also writes the synthetic model, so the whole command, JVM start
 * included, can be timed: {@code time java -jar cli/target/mdecomp.jar generate skeletons MODEL_OUT.yaml --out DIR}.
 */
public final class CodegenBench {

    private static final int WARM_RUNS = 5;

    private CodegenBench() {
    }

    public static void main(String[] args) throws IOException {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long start = System.nanoTime();
        DomainModel model = SyntheticSystem.of(services);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), ModelWriter.write(model), StandardCharsets.UTF_8);
            System.out.println("wrote the synthetic model to " + args[1]);
        }
        System.out.printf("synthetic model: %d services, %d entities, built in %.0f ms%n", services,
                model.entities().count(), millis(System.nanoTime() - start));
        Path root = Files.createTempDirectory("mdecomp-codegen-bench");
        try {
            for (String pack : PackLoader.BUILTIN) {
                run(model, pack, root);
            }
        } finally {
            delete(root);
        }
    }

    private static void run(DomainModel model, String pack, Path root) {
        double[] render = new double[WARM_RUNS + 1];
        double[] write = new double[WARM_RUNS + 1];
        GeneratedFiles files = null;
        WriteReport report = null;
        for (int i = 0; i <= WARM_RUNS; i++) {
            long t0 = System.nanoTime();
            files = new Generator(new PackLoader().builtin(pack)).generate(model);
            long t1 = System.nanoTime();
            report = SkeletonWriter.write(root.resolve(pack + "-" + i), files, WriteOptions.DEFAULT);
            long t2 = System.nanoTime();
            render[i] = millis(t1 - t0);
            write[i] = millis(t2 - t1);
        }
        long bytes = files.files().values().stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%-11s %5d files, %6.1f MB | first run: render %6.0f ms + write %6.0f ms = %6.0f ms"
                        + " | warm median: render %5.0f ms + write %5.0f ms = %5.0f ms%n",
                pack, report.files().size(), bytes / 1e6, render[0], write[0], render[0] + write[0],
                median(render), median(write), median(render) + median(write));
    }

    private static double median(double[] cold) {
        double[] warm = Arrays.copyOfRange(cold, 1, cold.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
