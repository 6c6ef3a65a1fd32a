package io.mdecomp.bench.importer;

import io.mdecomp.bench.ProcessTimer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@code mdecomp import java} on synthetic Spring MVC + JPA code bases of growing size
 * ({@link SyntheticCodeBase}), each as a fresh process of the {@code ./mdecomp} launcher with a
 * 1 GB heap ({@code MDECOMP_JAVA_OPTS=-Xmx1g}) under {@code /usr/bin/time}, so JVM start, reading
 * the files and writing the model and the report are included. Runs each size
 * {@code -Druns=N} times (default 3) and prints the CPU seconds (user + sys) and wall seconds as
 * least / median / most over the runs, the highest peak resident memory, the machine's load
 * average before and after, and the size of the model written. On a shared machine the CPU time is
 * the steadier figure; the wall time of the quietest run is the one to compare with the target.
 *
 * <pre>
 * mvn -B -q -pl cli,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.importer.ImportBench ./mdecomp 500 5000
 * </pre>
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1) {
            out.println("usage: ImportBench MDECOMP_LAUNCHER [CLASSES...]   (default sizes 500 5000)");
            return;
        }
        Path launcher = Path.of(args[0]);
        List<Integer> sizes = ProcessTimer.sizes(args, List.of(500, 5000));
        int runs = Integer.getInteger("runs", 3);
        if (!ProcessTimer.prepare(launcher)) {
            out.println("ImportBench: " + launcher + " --version failed");
            return;
        }
        Path dir = Files.createTempDirectory("mdecomp-import");
        out.printf(Locale.ROOT, "%8s %8s %8s %8s | %4s | %-20s | %-20s | %7s | %-11s | %s%n", "classes", "files",
                "views", "source MB", "runs", "cpu s least/med/most", "wall s least/med/most", "peak MB", "load avg",
                "model: entities, components, KB");
        for (int classes : sizes) {
            Path root = dir.resolve("synthetic-" + classes);
            SyntheticCodeBase.write(root, classes, 42);
            long javaFiles;
            long views;
            long bytes;
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                javaFiles = all.stream().filter(p -> p.toString().endsWith(".java")).count();
                views = all.stream().filter(p -> p.toString().endsWith(".html")).count();
                bytes = 0;
                for (Path p : all) {
                    bytes += Files.size(p);
                }
            }
            Path model = dir.resolve("model-" + classes + ".yaml");
            double loadBefore = ProcessTimer.loadAverage();
            List<ProcessTimer.Run> timed = ProcessTimer.all(runs, dir.resolve("run.log"), launcher.toString(), "import",
                    "java", root.toString(), "-o", model.toString(), "--report", dir.resolve("report.md").toString());
            double loadAfter = ProcessTimer.loadAverage();
            if (timed.isEmpty()) {
                out.printf(Locale.ROOT, "%8d: import failed, see %s%n", classes, dir.resolve("run.log"));
                continue;
            }
            String text = Files.exists(model) ? Files.readString(model) : "";
            long entities = text.lines().filter(l -> l.matches("\\s+- (\\{)?name: .*kind: (aggregate-root|entity|value-object).*")
                    || l.matches("\\s+kind: (aggregate-root|entity|value-object)")).count();
            long components = text.lines().filter(l -> l.contains("kind: class") || l.contains("kind: table")
                    || l.contains("kind: view")).count();
            double[] cpu = timed.stream().mapToDouble(ProcessTimer.Run::cpu).sorted().toArray();
            double[] wall = timed.stream().mapToDouble(ProcessTimer.Run::wall).sorted().toArray();
            double peak = timed.stream().mapToDouble(ProcessTimer.Run::peakMb).max().orElse(-1);
            out.printf(Locale.ROOT, "%8d %8d %8d %8.1f | %4d | %-20s | %-20s | %7.0f | %4.1f -> %4.1f | %d, %d, %d%n",
                    classes, javaFiles, views, bytes / 1e6, timed.size(), spread(cpu), spread(wall), peak, loadBefore,
                    loadAfter, entities, components, text.length() / 1024);
        }
    }

    /** least / median / most of sorted values. */
    private static String spread(double[] sorted) {
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", sorted[0], median, sorted[n - 1]);
    }
}
