package io.mdecomp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
     * One timed run of a command.
     *
     * @param wall   elapsed seconds
     * @param cpu    user + sys CPU seconds of the process and its children
     * @param peakMb peak resident set size in MB
     */
    public record Run(double wall, double cpu, double peakMb) {
    }

    /**
     * Runs {@code command} {@code runs} times and keeps the run with the least CPU: {wall s, cpu s
     * (user + sys), peak RSS MB}; {-1, -1, -1} when it fails. CPU time is reported beside wall time
     * because on a shared machine wall time mostly measures the other processes.
     */
    public static double[] best(int runs, Path log, String... command) throws IOException, InterruptedException {
        List<Run> all = all(runs, log, command);
        if (all.isEmpty()) {
            return new double[] {-1, -1, -1};
        }
        Run best = all.stream().min(Comparator.comparingDouble(Run::cpu)).orElseThrow();
        return new double[] {best.wall(), best.cpu(), best.peakMb()};
    }

    /**
     * Runs {@code command} {@code runs} times, one after the other, and returns every run in order;
     * an empty list as soon as one fails (its output is in {@code log}).
     */
    public static List<Run> all(int runs, Path log, String... command) throws IOException, InterruptedException {
        List<Run> all = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "MDECOMP_TIME %e %U %S %M"));
            timed.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("MDECOMP_JAVA_OPTS", "-Xmx1g");
            Process process = builder.start();
            if (process.waitFor() != 0) {
                return List.of();
            }
            String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("MDECOMP_TIME")).findFirst()
                    .orElseThrow();
            String[] f = line.split(" ");
            all.add(new Run(Double.parseDouble(f[1]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]) / 1024));
        }
        return all;
    }

    /** The machine's 1-minute load average, or -1 where {@code /proc/loadavg} cannot be read. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
