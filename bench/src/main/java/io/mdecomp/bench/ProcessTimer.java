package io.mdecomp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code ./mdecomp} launcher as a fresh process under {@code /usr/bin/time} with a 1 GB
 * heap ({@code MDECOMP_JAVA_OPTS=-Xmx1g}), for the bench commands that time whole commands.
 */
public final class ProcessTimer {

    private ProcessTimer() {
    }

    /** The sizes given after the launcher ({@code args[1..]}), or {@code defaults} when none are. */
    public static List<Integer> sizes(String[] args, List<Integer> defaults) {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        return sizes.isEmpty() ? defaults : sizes;
    }

    /** One untimed {@code --version} run, so that building a stale jar and its class-data archive is not timed. */
    public static boolean prepare(Path launcher) throws IOException, InterruptedException {
        return new ProcessBuilder(launcher.toString(), "--version").inheritIO().start().waitFor() == 0;
    }

    /**
     * Runs {@code command} {@code runs} times and keeps the run with the least CPU: {wall s, cpu s
     * (user + sys), peak RSS MB}; {-1, -1, -1} when it fails. CPU time is reported beside wall time
     * because on a shared machine wall time mostly measures the other processes.
     */
    public static double[] best(int runs, Path log, String... command) throws IOException, InterruptedException {
        double[] best = {-1, Double.MAX_VALUE, -1};
        for (int run = 0; run < runs; run++) {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "MDECOMP_TIME %e %U %S %M"));
            timed.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MDECOMP_JAVA_OPTS", "-Xmx1g");
            Process process = builder.start();
            if (process.waitFor() != 0) {
                return new double[] {-1, -1, -1};
            }
            String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("MDECOMP_TIME")).findFirst()
                    .orElseThrow();
            String[] f = line.split(" ");
            double cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
            if (cpu < best[1]) {
                best = new double[] {Double.parseDouble(f[1]), cpu, Double.parseDouble(f[4]) / 1024};
            }
        }
        return best;
    }
}
