package io.mdecomp.cli.command;

import io.mdecomp.cli.config.CliEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code mdecomp} command: lists the subcommands and holds the run's
 * {@link CliEnvironment}, which subcommands reach with {@code @ParentCommand MdecompCommand root}.
 */
@Command(name = "mdecomp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Split a system into services with Domain-Driven Design, and keep the split honest.")
public final class MdecompCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them. They are added when the command line is
     * built ({@code Main}), all of them or only the one a run needs: picocli reads every option of
     * every command it is given, which took about half of a short command's start-up.
     */
    public static final List<Class<?>> SUBCOMMANDS = List.of(
            ValidateCommand.class,
            AnalyzeCommand.class,
            CheckCommand.class,
            ProposeCommand.class,
            DiffCommand.class,
            EvaluateCommand.class,
            ImportCommand.class,
            GenerateCommand.class,
            SimulateCommand.class,
            SweepCommand.class,
            MergeCommand.class,
            TuneCommand.class,
            InitCommand.class,
            SchemaCommand.class,
            GenerateCompletionCommand.class);

    /**
     * The subcommands of the commands that group others, in the order their help lists them; added
     * like {@link #SUBCOMMANDS}, all of them or only the one a run names.
     */
    private static final Map<Class<?>, List<Class<?>>> GROUPS = Map.of(
            ImportCommand.class, List.of(ImportCommand.ServiceCutter.class, ImportTracesCommand.class,
                    ImportJavaCommand.class),
            GenerateCommand.class, List.of(GenerateCommand.SkeletonsCommand.class),
            SimulateCommand.class, List.of(SimulateCommand.Scenarios.class, SimulateCompareCommand.class),
            SweepCommand.class, List.of(SweepCommand.Run.class, SweepPlanCommand.class),
            TuneCommand.class, List.of(TuneCapacityCommand.class, TuneResilienceCommand.class));

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    public MdecompCommand(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The subcommands of {@code command}, in help order; none for a command that groups none. */
    public static List<Class<?>> subcommandsOf(Class<?> command) {
        return GROUPS.getOrDefault(command, List.of());
    }

    /** The environment variables and terminals of this run. */
    public CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
