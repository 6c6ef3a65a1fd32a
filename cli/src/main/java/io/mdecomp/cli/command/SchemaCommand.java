package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.simulator.scenario.ScenarioSchema;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mdecomp schema KIND}: prints a JSON Schema: {@code scenarios} for scenario files; {@code model}
 * joins once the model module provides its schema.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (scenarios), for editors to complete and check them.")
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String kind;

    @Override
    public Integer call() {
        String schema;
        switch (kind) {
            case "scenarios" -> schema = ScenarioSchema.json();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown schema '" + kind + "' (known: " + String.join(", ", new Kinds()) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        return ExitCode.OK;
    }

    /** The schema kinds. */
    static final class Kinds extends LabelList {
        Kinds() {
            super(List.of("scenarios"));
        }
    }
}
