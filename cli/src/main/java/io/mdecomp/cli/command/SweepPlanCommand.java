package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.tune.SweepJobs;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.sweep.Shard;
import io.mdecomp.simulator.sweep.SweepPlan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdecomp sweep plan MODEL SCENARIOS --shards N --kubernetes|--github-actions}: the sweep as jobs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write the files that run the sweep of SCENARIOS on MODEL in N shards on a cluster or in CI:"
                + " a Kubernetes Indexed Job (--kubernetes) or a GitHub Actions workflow with a matrix job and a"
                + " merge job (--github-actions). The sweep is planned first, so a bad file fails here, not on the"
                + " cluster. See docs/ci.md.",
            "Exit codes: 0 written, 2 bad input, 3 internal error."})
final class SweepPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model YAML file.")
    Path model;

    @Parameters(index = "1", paramLabel = "SCENARIOS", description = "The scenario YAML file.")
    Path scenarios;

    @Mixin
    SweepCommand.SweepOptions sweep;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the shards run. */
    static final class Target {
        @Option(names = "--kubernetes", required = true, description = "Write a Kubernetes Indexed Job.")
        boolean kubernetes;

        @Option(names = "--github-actions", required = true, description = "Write a GitHub Actions workflow.")
        boolean githubActions;
    }

    @Option(names = "--shards", paramLabel = "N", required = true, description = "How many shards (1 to 10000).")
    int shards;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Runs at once in each shard (default: ${DEFAULT-VALUE}); the Job requests as many CPUs.")
    int threads;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The Job's or workflow's name (default: mdecomp-sweep-SYSTEM).")
    String name;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "mdecomp:latest",
            description = "With --kubernetes: an image whose entry point is mdecomp (default: ${DEFAULT-VALUE}).")
    String image;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (shards < 1 || shards > Shard.MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "--shards must lie in [1, " + Shard.MAX_COUNT + "], got "
                    + shards);
        }
        if (threads < 1 || threads > 1024) {
            throw new ParameterException(spec.commandLine(), "--threads must lie in [1, 1024], got " + threads);
        }
        DomainModel domainModel = ModelFiles.read(model);
        YamlDocument document = YamlLoader.load(scenarios);
        SweepPlan plan = sweep.plan(spec, model, scenarios, document, domainModel);
        String jobName = SweepJobs.label(name == null ? "mdecomp-sweep-" + plan.header().model() : name, 50,
                "mdecomp-sweep");
        SweepJobs jobs = new SweepJobs(jobName, model.toString(), scenarios.toString(), sweep.arguments(), shards,
                threads);
        String text;
        if (target.kubernetes) {
            String modelKey = key(model);
            String scenariosKey = key(scenarios);
            if (modelKey.equals(scenariosKey)) {
                throw new ParameterException(spec.commandLine(), "MODEL and SCENARIOS are both named '" + modelKey
                        + "'; the Job mounts both into one folder, so rename one");
            }
            text = jobs.kubernetes(image, modelKey, scenariosKey);
        } else {
            for (Path file : new Path[] {model, scenarios}) {
                if (file.isAbsolute() || file.normalize().startsWith("..")) {
                    throw new ParameterException(spec.commandLine(), "the workflow runs in a checkout of the repository,"
                            + " so give MODEL and SCENARIOS relative to its root (run this from there), got '" + file + "'");
                }
            }
            text = jobs.githubActions();
        }
        AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> writer.write(text));
        return ExitCode.OK;
    }

    /** The file's name as a ConfigMap key. */
    private String key(Path file) {
        String key = file.getFileName().toString();
        if (!key.matches("[-._a-zA-Z0-9]+") || key.length() > 253) {
            throw new ParameterException(spec.commandLine(), "a ConfigMap key is letters, digits, '-', '_' and '.',"
                    + " so the Job cannot mount '" + key + "'; rename the file");
        }
        return key;
    }
}
