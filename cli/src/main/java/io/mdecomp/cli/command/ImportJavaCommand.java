package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.importer.java.JavaImport;
import io.mdecomp.importer.java.JavaImporter;
import io.mdecomp.importer.java.assemble.ServicesBy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mdecomp import java SRC_DIR... [-o model.yaml] [--report FILE] [--services-by single|module|package]}:
 * a model from the sources of a Java monolith, by static analysis.
 */
@Command(name = "java", mixinStandardHelpOptions = true,
        description = {"Build a model from the sources of a Java code base (YAML, to -o or standard output):"
                + " entities, tables, endpoints, views, and a component per class, table and view with the"
                + " entities it uses. Nothing is compiled and nothing is fetched.",
            "Each element carries the file and line it was found at as a comment. Unreadable sources are"
                    + " reported with their locations and nothing is written (exit code 2)."})
public final class ImportJavaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    OutputOptions.Model output;

    @Parameters(arity = "1..*", paramLabel = "SRC_DIR", description = "Directories holding the sources"
            + " (a project's root; test sources and build output are left out).")
    List<Path> roots;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write what was recognised, what was"
            + " guessed (with confidence) and what was not understood, as Markdown.")
    Path report;

    @Option(names = "--services-by", paramLabel = "HOW", converter = ImportJavaCommand.ServicesByConverter.class,
            defaultValue = "single", description = "How to read the current services: single (one service,"
            + " the default), module (one per build module) or package (one per Java package).")
    ServicesBy servicesBy;

    @Override
    public Integer call() {
        OutputFiles.requireDistinct(spec, List.of(new OutputFiles.Named("-o", output.output()),
                new OutputFiles.Named("--report", report)), List.of());
        JavaImport result = JavaImporter.importJava(roots, servicesBy);
        String yaml = result.yaml();
        AtomicOutput.writeWithReport(output.output(), spec.commandLine().getOut(), writer -> writer.write(yaml),
                report == null ? Map.of() : Map.of(report, result.reportMarkdown()));
        spec.commandLine().getErr().println("imported " + result.model().entities().count() + " entities, "
                + result.model().services().stream().mapToInt(s -> s.endpoints().size()).sum() + " endpoints and "
                + result.model().components().size() + " components"
                + (report == null ? "" : "; report in " + report));
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
    }

    /** Parses {@code --services-by single|module|package}. */
    public static final class ServicesByConverter implements ITypeConverter<ServicesBy> {

        @Override
        public ServicesBy convert(String value) {
            for (ServicesBy by : ServicesBy.values()) {
                if (by.yamlName().equalsIgnoreCase(value)) {
                    return by;
                }
            }
            throw new TypeConversionException("unknown way '" + value + "' (known: single, module, package)");
        }
    }
}
