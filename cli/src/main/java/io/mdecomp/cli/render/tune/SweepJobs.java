package io.mdecomp.cli.render.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The files that run a sweep's shards on engines teams already run: a Kubernetes Indexed Job
 * (one pod per shard, the shard from {@code JOB_COMPLETION_INDEX}) and a GitHub Actions workflow
 * (a matrix job per shard, then a job that merges them). Pure text from the plan's settings; the
 * same settings give the same bytes.
 *
 * @param name      the Job's or workflow's name (a DNS-1123 label for Kubernetes)
 * @param model     the model file, as the shard's command line names it
 * @param scenarios the scenario file, likewise
 * @param options   the sweep options every shard and the merge must share ({@code --scenario}, ...)
 * @param shards    how many shards
 * @param threads   runs at once in each shard
 */
public record SweepJobs(String name, String model, String scenarios, List<String> options, int shards, int threads) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=-]+");
    private static final String INDEX = "JOB_COMPLETION_INDEX";

    public SweepJobs {
        options = List.copyOf(options);
        if (shards < 1 || threads < 1) {
            throw new IllegalArgumentException("shards and threads must be at least 1");
        }
    }

    /** {@code text} as a lower-case DNS-1123 label of at most {@code max} characters, or {@code fallback}. */
    public static String label(String text, int max, String fallback) {
        String label = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-");
        label = label.length() > max ? label.substring(0, max) : label;
        label = label.replaceAll("^-+|-+$", "");
        return label.isEmpty() ? fallback : label;
    }

    /**
     * An Indexed Job: {@code shards} completions, all in parallel; each pod runs the image's
     * entry point ({@code mdecomp}) on the inputs mounted from the ConfigMap {@code NAME-inputs}
     * at {@code /sweep} and writes {@code /results/shard-K.json} to the claim {@code NAME-results}.
     */
    public String kubernetes(String image, String modelKey, String scenariosKey) {
        List<String> args = new ArrayList<>(List.of("sweep", "run", "/sweep/" + modelKey, "/sweep/" + scenariosKey));
        args.addAll(options);
        args.addAll(List.of("--shard", "$(" + INDEX + ")/" + shards, "--threads", Integer.toString(threads),
                "--no-progress", "-o", "/results/shard-$(" + INDEX + ").json"));
        StringBuilder y = new StringBuilder();
        y.append("# The sweep of ").append(scenarios).append(" on ").append(model).append(" in ").append(shards)
                .append(" shards: one pod per shard, the shard from JOB_COMPLETION_INDEX.\n")
                .append("# Before applying: kubectl create configmap ").append(name).append("-inputs --from-file=")
                .append(modelKey).append('=').append(model).append(" --from-file=").append(scenariosKey).append('=')
                .append(scenarios).append("\n# and a ReadWriteMany PersistentVolumeClaim named ").append(name)
                .append("-results; afterwards: mdecomp merge /results/shard-*.json (docs/ci.md).\n")
                .append("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ").append(name).append('\n')
                .append("  labels:\n    app.kubernetes.io/name: mdecomp\n    app.kubernetes.io/component: sweep\n")
                .append("spec:\n  completionMode: Indexed\n  completions: ").append(shards).append("\n  parallelism: ")
                .append(shards).append("\n  backoffLimit: ").append(Math.max(6, shards)).append('\n')
                .append("  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: mdecomp\n")
                .append("        app.kubernetes.io/component: sweep\n    spec:\n      restartPolicy: Never\n")
                .append("      containers:\n        - name: sweep\n          image: ").append(quote(image)).append('\n')
                .append("          args:\n");
        for (String arg : args) {
            y.append("            - ").append(quote(arg)).append('\n');
        }
        y.append("          env:\n            - name: ").append(INDEX).append('\n')
                .append("              valueFrom:\n                fieldRef:\n                  fieldPath: ")
                .append("\"metadata.annotations['batch.kubernetes.io/job-completion-index']\"\n")
                .append("          resources:\n            requests:\n              cpu: \"").append(threads)
                .append("\"\n              memory: 1Gi\n")
                .append("          volumeMounts:\n            - name: inputs\n              mountPath: /sweep\n")
                .append("              readOnly: true\n            - name: results\n              mountPath: /results\n")
                .append("      volumes:\n        - name: inputs\n          configMap:\n            name: ").append(name)
                .append("-inputs\n        - name: results\n          persistentVolumeClaim:\n            claimName: ")
                .append(name).append("-results\n");
        return y.toString();
    }

    /**
     * A workflow run by hand ({@code workflow_dispatch}): job {@code shard} runs shard
     * {@code matrix.shard} of {@code shards} and uploads it; job {@code merge} downloads them all,
     * merges them into HTML, JSON and the run's summary, uploads the report, and fails when the
     * merged sweep does (exit 1: a scenario has no point that meets all its objectives).
     */
    public String githubActions() {
        List<String> run = new ArrayList<>(List.of("java", "-jar", "cli/target/mdecomp.jar", "sweep", "run", model,
                scenarios));
        run.addAll(options);
        StringBuilder shardsList = new StringBuilder();
        for (int k = 0; k < shards; k++) {
            shardsList.append(k == 0 ? "" : ", ").append(k);
        }
        String setup = """
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@v4
                        with: {distribution: temurin, java-version: '17', cache: maven}
                      - name: Build mdecomp
                        run: mvn -B -q -pl cli -am package -DskipTests
                """;
        String merge = "java -jar cli/target/mdecomp.jar merge shards/shard-*.json";
        return "# The sweep of " + scenarios + " on " + model + " in " + shards + " shards, then merged (docs/ci.md).\n"
                + "name: " + quote(name) + "\n"
                + "on:\n  workflow_dispatch: {}\n"
                + "permissions:\n  contents: read\n"
                + "jobs:\n"
                + "  shard:\n"
                + "    name: shard ${{ matrix.shard }} of " + shards + "\n"
                + "    runs-on: ubuntu-latest\n"
                + "    strategy:\n      fail-fast: false\n      matrix:\n        shard: [" + shardsList + "]\n"
                + "    steps:\n" + setup
                + "      - name: Run the shard\n"
                + "        run: |\n"
                + "          " + shell(run) + " --shard ${{ matrix.shard }}/" + shards + " --threads " + threads
                + " --no-progress -o shard-${{ matrix.shard }}.json\n"
                + "      - uses: actions/upload-artifact@v4\n"
                + "        with:\n"
                + "          name: " + name + "-shard-${{ matrix.shard }}\n"
                + "          path: shard-${{ matrix.shard }}.json\n"
                + "  merge:\n"
                + "    needs: shard\n"
                + "    runs-on: ubuntu-latest\n"
                + "    steps:\n" + setup
                + "      - uses: actions/download-artifact@v4\n"
                + "        with:\n"
                + "          pattern: " + name + "-shard-*\n"
                + "          merge-multiple: true\n"
                + "          path: shards\n"
                + "      - name: Merge the shards\n"
                + "        id: merge\n"
                + "        run: |\n"
                + "          set +e\n"
                + "          " + merge + " --format json -o sweep.json\n"
                + "          status=$?\n"
                + "          " + merge + " --format html -o sweep.html\n"
                + "          { echo '```'; " + merge + "; echo '```'; } >> \"$GITHUB_STEP_SUMMARY\"\n"
                + "          echo \"status=$status\" >> \"$GITHUB_OUTPUT\"\n"
                + "          exit 0\n"
                + "      - uses: actions/upload-artifact@v4\n"
                + "        with:\n"
                + "          name: " + name + "-report\n"
                + "          path: |\n"
                + "            sweep.json\n"
                + "            sweep.html\n"
                + "      - name: Fail when the sweep failed\n"
                + "        if: steps.merge.outputs.status != '0'\n"
                + "        run: |\n"
                + "          echo \"mdecomp merge exited with ${{ steps.merge.outputs.status }} (1: a scenario has no point"
                + " that meets all its objectives, 2: bad input)\"\n"
                + "          exit 1\n";
    }

    /** A YAML scalar: plain when safe, else double-quoted. */
    static String quote(String text) {
        if (PLAIN.matcher(text).matches() && !text.startsWith("-") && !text.matches("[0-9.]+")
                && !text.matches("(?i)true|false|yes|no|on|off|null|y|n")) {
            return text;
        }
        return io.mdecomp.model.yaml.DoubleQuoted.of(text);
    }

    /** Words as one POSIX shell command line: each word single-quoted unless it is plainly safe. */
    static String shell(List<String> words) {
        List<String> quoted = new ArrayList<>();
        for (String word : words) {
            quoted.add(PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }
}
