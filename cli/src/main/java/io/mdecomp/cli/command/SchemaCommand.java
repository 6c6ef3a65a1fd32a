package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.model.schema.ModelSchema;
import io.mdecomp.simulator.scenario.ScenarioSchema;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mdecomp schema model|scenarios}: prints the JSON Schema of models or of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of model files (model) or of scenario files (scenarios), "
            + "for editors to complete and check them.")
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
            case "model" -> schema = ModelSchema.json();
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
            super(List.of("model", "scenarios"));
        }
    }
}
