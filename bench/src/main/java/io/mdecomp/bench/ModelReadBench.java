package io.mdecomp.bench;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.format.ModelWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Bench command: reads and validates a synthetic model of {@code N} entities (default 200,000:
 * 2,000 contexts of 100 entities, one service per context with 5 endpoints and 2 calls each) and
 * prints the time of each of five runs. Run with
 * {@code java -cp bench/target/classes:model/target/classes:$SNAKEYAML io.mdecomp.bench.ModelReadBench [N]}.
 */
public final class ModelReadBench {

    private ModelReadBench() {
    }

    public static void main(String[] args) {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String yaml = synthetic(entities);
        System.out.printf(Locale.ROOT, "model: %,d entities, %,d characters%n", entities, yaml.length());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            DomainModel model = ModelReader.readString("synthetic.yaml", yaml);
            long read = System.nanoTime();
            long readCpu = threads.getCurrentThreadCpuTime();
            String written = ModelWriter.write(model);
            long wrote = System.nanoTime();
            long wroteCpu = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "run %d: read+validate %.2f s wall (%.2f s cpu), write %.2f s wall (%.2f s cpu);"
                    + " %,d services, %,d characters written%n", run, (read - start) / 1e9, (readCpu - startCpu) / 1e9,
                    (wrote - read) / 1e9, (wroteCpu - readCpu) / 1e9, model.services().size(), written.length());
        }
    }

    /** A valid model with {@code entities} entities in contexts of 100. */
    static String synthetic(int entities) {
        int perContext = 100;
        int contexts = Math.max(1, entities / perContext);
        StringBuilder out = new StringBuilder("system: synthetic\nversion: 1\ndomains:\n");
        for (int c = 0; c < contexts; c++) {
            if (c % 20 == 0) {
                out.append("  - name: Domain").append(c / 20).append("\n    contexts:\n");
            }
            out.append("      - name: Context").append(c).append("\n        entities:\n");
            for (int e = 0; e < perContext; e++) {
                int id = c * perContext + e;
                if (e == 0) {
                    out.append("          - {name: E").append(id).append(", kind: aggregate-root, attributes: {id: uuid}}\n");
                } else {
                    int other = (id * 7919) % (contexts * perContext);
                    out.append("          - {name: E").append(id).append(", kind: entity, aggregate: E").append(c * perContext)
                            .append(", attributes: {id: uuid, other: E").append(other).append("}, references: [E")
                            .append(other).append("]}\n");
                }
            }
        }
        out.append("services:\n");
        for (int c = 0; c < contexts; c++) {
            out.append("  - name: S").append(c).append("\n    context: Context").append(c).append("\n    endpoints:\n");
            for (int p = 0; p < 5; p++) {
                int base = c * perContext;
                int callee = (c * 31 + p + 1) % contexts;
                out.append("      - {name: op").append(p).append(", method: POST, reads: [E").append(base + p)
                        .append(", E").append(base + p + 10).append("], writes: [E").append(base + p + 20)
                        .append("], serviceTime: {dist: lognormal, median: 2ms, p99: 20ms}, calls: [{service: S")
                        .append(callee).append(", endpoint: op").append(p).append("}, {service: S").append(callee)
                        .append(", endpoint: op").append((p + 1) % 5).append(", mode: async}]}\n");
            }
        }
        return out.toString();
    }
}
