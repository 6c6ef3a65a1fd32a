package io.mdecomp.cli.command;

import io.mdecomp.analysis.evaluate.AssignmentCsv;
import io.mdecomp.analysis.evaluate.Candidate;
import io.mdecomp.analysis.evaluate.ComponentAssignment;
import io.mdecomp.analysis.evaluate.Evaluation;
import io.mdecomp.analysis.evaluate.Evaluator;
import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.cli.render.RenderOptions;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.evaluate.EvaluationFormat;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp evaluate PROPOSED.csv --truth TRUTH.csv [--baseline NAME=FILE]... [--format F]}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a component assignment (component,kind,service CSV, as propose --components-out "
            + "writes it) against a ground truth: accuracy under the best one-to-one matching of services, MoJoFM "
            + "and the adjusted Rand index, per kind and over all components, baselines side by side.",
            "Components the truth labels C (shared) or N/U (unused) are not scored; a component an assignment "
                + "leaves out or labels C counts as wrong. Formats: text, json, markdown."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @ParentCommand
    MdecompCommand root;
    @Mixin
    CommonOptions common;
    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "PROPOSED.csv", description = "The assignment to score.")
    Path proposed;
    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv",
            description = "The ground truth (Components,Type,Label or component,kind,service).")
    Path truth;
    @Option(names = "--baseline", paramLabel = "NAME=FILE",
            description = "Another assignment to score on the same components, shown as NAME (repeatable).")
    List<String> baselines = new ArrayList<>();
    @Option(names = "--name", paramLabel = "NAME", defaultValue = "proposed",
            description = "What to call PROPOSED.csv in the report (default: ${DEFAULT-VALUE}).")
    String name;
    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    EvaluationFormat format;

    @Override
    public Integer call() {
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name must not be blank");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(name, proposed);
        for (String baseline : baselines) {
            int equals = baseline.indexOf('=');
            if (equals <= 0 || equals == baseline.length() - 1 || baseline.substring(0, equals).isBlank()) {
                throw new ParameterException(spec.commandLine(), "--baseline takes NAME=FILE, got '" + baseline + "'");
            }
            if (files.putIfAbsent(baseline.substring(0, equals), Path.of(baseline.substring(equals + 1))) != null) {
                throw new ParameterException(spec.commandLine(), "two assignments are called '"
                        + baseline.substring(0, equals) + "'; give each --baseline (and --name) its own NAME");
            }
        }
        List<OutputFiles.Named> inputs = new ArrayList<>();
        inputs.add(new OutputFiles.Named("--truth", truth));
        files.values().forEach(file -> inputs.add(new OutputFiles.Named(file == proposed ? "PROPOSED.csv" : "--baseline",
                file)));
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output())), inputs);
        // One file may be named twice (as the truth and as a baseline): read it, and report it, once.
        Map<Path, ComponentAssignment> read = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        ComponentAssignment expected = read(truth, read, problems);
        List<Candidate> candidates = new ArrayList<>();
        files.forEach((label, file) -> {
            ComponentAssignment assignment = read(file, read, problems);
            if (assignment != null) {
                candidates.add(new Candidate(label, assignment));
            }
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        read.values().forEach(a -> a.warnings().forEach(w -> spec.commandLine().getErr().println(w.format())));
        Evaluation evaluation = Evaluator.evaluate(expected, candidates);
        boolean color = output.output() == null && root.environment().colorOnStdout(common.noColor());
        Renderer<Evaluation> renderer = format.renderer(new RenderOptions(color));
        AtomicOutput.write(output.output(), spec.commandLine().getOut(), writer -> renderer.render(evaluation, writer));
        return ExitCode.OK;
    }

    /**
     * The assignment in {@code file}, read once into {@code read}; null, with its problems added to
     * {@code problems} the first time, when it cannot be read.
     */
    private static ComponentAssignment read(Path file, Map<Path, ComponentAssignment> read, List<Diagnostic> problems) {
        Path key = file.toAbsolutePath().normalize();
        if (read.containsKey(key)) {
            return read.get(key);
        }
        ComponentAssignment assignment = null;
        try {
            assignment = AssignmentCsv.read(file);
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
        }
        read.put(key, assignment);
        return assignment;
    }
}
