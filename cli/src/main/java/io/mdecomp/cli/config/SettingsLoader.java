package io.mdecomp.cli.config;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Settings} of a run over one model, in rising priority: defaults; the
 * configuration file ({@code --config FILE}, else {@code mdecomp.yaml} in the model's directory
 * when there is one); {@code MDECOMP_*} environment variables. Command-line options are the last
 * layer and are applied by the command with {@code Settings.with…}.
 *
 * <p>Any problem (a bad configuration file, a bad variable) is an {@link InputException} with
 * located diagnostics, which the command line reports with exit code 2.
 */
public final class SettingsLoader {

    /** The configuration file looked for next to a model. */
    public static final String FILE_NAME = "mdecomp.yaml";

    private SettingsLoader() {
    }

    /**
     * The settings for analysing {@code model}.
     *
     * @param model       the model file (its directory is searched for {@value #FILE_NAME})
     * @param configFile  {@code --config FILE}, which replaces the search; it must exist
     * @param environment the process environment
     */
    public static Settings load(Path model, Optional<Path> configFile, Map<String, String> environment) {
        Settings settings = Settings.defaults();
        Optional<Path> file = configFileFor(model, configFile);
        if (file.isPresent()) {
            settings = ConfigFileReader.apply(settings, file.get());
        }
        return EnvironmentReader.apply(settings, environment);
    }

    /**
     * Warnings for {@code MDECOMP_*} variables in {@code environment} that mdecomp does not read
     * (likely misspelt), each with the closest known name.
     */
    public static List<Diagnostic> unknownVariables(Map<String, String> environment) {
        return EnvironmentReader.unknownVariables(environment);
    }

    /** The configuration file that applies to {@code model}: the explicit one, or the one beside it. */
    public static Optional<Path> configFileFor(Path model, Optional<Path> explicit) {
        if (explicit.isPresent()) {
            Path file = explicit.get();
            if (!Files.exists(file)) {
                throw new InputException(Diagnostic.error(SourceLocation.startOf(file.toString()), "file",
                        "configuration file not found (given with --config)"));
            }
            return explicit;
        }
        Path directory = model.toAbsolutePath().getParent();
        if (directory == null) {
            return Optional.empty();
        }
        Path beside = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(beside)) {
            return Optional.empty();
        }
        Path relative = model.getParent() == null ? Path.of(FILE_NAME) : model.getParent().resolve(FILE_NAME);
        return Optional.of(relative);
    }
}
