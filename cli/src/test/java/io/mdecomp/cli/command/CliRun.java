package io.mdecomp.cli.command;

import io.mdecomp.cli.Main;
import io.mdecomp.cli.config.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with captured output. */
record CliRun(int code, String out, String err) {

    /** The e-commerce sample, relative to the cli module (the tests' working directory). */
    static final String SAMPLE = "../samples/ecommerce/model.yaml";

    static CliRun run(String... args) {
        return run(CliEnvironment.none(), args);
    }

    static CliRun run(CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), environment, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
