package io.mdecomp.cli.command;

import io.mdecomp.cli.ExitCode;
import io.mdecomp.cli.render.AtomicOutput;
import io.mdecomp.model.diagnostic.MdecompException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mdecomp init [DIR]}: a small valid model, a scenario file and settings, commented to teach the format. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter model.yaml, scenarios.yaml and mdecomp.yaml, with comments that teach the format.")
public final class InitCommand implements Callable<Integer> {

    /** The files written, in order. */
    static final List<String> FILES = List.of("model.yaml", "scenarios.yaml", "mdecomp.yaml");

    @ParentCommand
    MdecompCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to write (default: the current directory).")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Replace files that already exist.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new MdecompException(dir + ": error: not a directory; give a folder for the starter files [init]");
        }
        for (String name : FILES) {
            Path target = dir.resolve(name);
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new MdecompException(target + ": error: already exists; nothing was written"
                        + " (move it away or pass --force) [init]");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String name : FILES) {
            AtomicOutput.writeFile(dir.resolve(name), resource(name));
            out.println("wrote " + dir.resolve(name));
        }
        // The launcher says how it was started (./mdecomp, or mdecomp when on the PATH).
        String program = root.environment().variable("MDECOMP_PROGRAM").orElse("mdecomp");
        out.println("Next: " + program + " validate " + dir.resolve("model.yaml"));
        out.flush();
        return ExitCode.OK;
    }

    private static String resource(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/io/mdecomp/cli/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing starter file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
