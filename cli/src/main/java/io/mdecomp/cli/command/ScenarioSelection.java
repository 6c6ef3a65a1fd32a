package io.mdecomp.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --scenario NAME}...: picks scenarios of a file by name, in the order asked; all when none is named. */
final class ScenarioSelection {

    private ScenarioSelection() {
    }

    /** The items named {@code only}; an unknown name is a usage error listing the known ones. */
    static <T> List<T> select(List<T> all, List<String> only, Function<T, String> name, Path file, CommandSpec spec) {
        if (only.isEmpty()) {
            return all;
        }
        List<T> chosen = new ArrayList<>();
        for (String wanted : only) {
            T match = all.stream().filter(s -> name.apply(s).equals(wanted)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown scenario '" + wanted
                            + "' in " + file + " (known: " + all.stream().map(name).collect(Collectors.joining(", "))
                            + ")"));
            chosen.add(match);
        }
        return chosen;
    }
}
