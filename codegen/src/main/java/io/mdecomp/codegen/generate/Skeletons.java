package io.mdecomp.codegen.generate;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.view.ResiliencePolicy;
import io.mdecomp.codegen.view.SystemView;
import io.mdecomp.codegen.view.ViewModelBuilder;
import io.mdecomp.codegen.write.SkeletonWriter;
import io.mdecomp.codegen.write.WriteOptions;
import io.mdecomp.codegen.write.WriteReport;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The facade behind {@code mdecomp generate skeletons}: load the pack, render it over the model,
 * write the files safely (or only plan, in a dry run).
 */
public final class Skeletons {

    private Skeletons() {
    }

    /**
     * Generates skeletons for {@code model} into {@code outDir}.
     *
     * @param template a built-in pack's name or a pack folder (relative to {@code baseDir})
     */
    public static Result generate(DomainModel model, String template, Path baseDir, Path outDir, WriteOptions options) {
        return generate(model, template, baseDir, outDir, options, ResiliencePolicy.RESILIENCE4J_DEFAULTS);
    }

    /**
     * Generates skeletons for {@code model} into {@code outDir}, the clients taking their
     * resilience settings from {@code resilience}.
     *
     * @param template a built-in pack's name or a pack folder (relative to {@code baseDir})
     */
    public static Result generate(DomainModel model, String template, Path baseDir, Path outDir, WriteOptions options,
                                  ResiliencePolicy resilience) {
        return prepare(template, baseDir).generate(model, outDir, options, resilience);
    }

    /**
     * Starts loading the pack {@code template} (a built-in pack's name or a pack folder relative to
     * {@code baseDir}) on a thread of its own, FreeMarker and the pack's templates with it, so that
     * the caller can read the model meanwhile. A problem with the pack is thrown by
     * {@link Prepared#generate}, so it comes after any the caller finds in the model.
     */
    public static Prepared prepare(String template, Path baseDir) {
        return new Prepared(Generator.prepare(() -> new PackLoader().load(template, baseDir)));
    }

    /** A pack being loaded, to generate skeletons with. */
    public static final class Prepared {

        private final Generator.Pending generator;

        private Prepared(Generator.Pending generator) {
            this.generator = generator;
        }

        /**
         * Generates skeletons for {@code model} into {@code outDir}, the clients taking their
         * resilience settings from {@code resilience}. The view is built while the pack loads; a
         * problem with the pack is reported before one building the view.
         */
        public Result generate(DomainModel model, Path outDir, WriteOptions options, ResiliencePolicy resilience) {
            SystemView view;
            try {
                view = new ViewModelBuilder("com.example", resilience).build(model);
            } catch (RuntimeException e) {
                generator.get();
                throw e;
            }
            Generator loaded = generator.get();
            GeneratedFiles files = loaded.generate(view);
            return new Result(loaded.pack().manifest().name(), model.services().size(),
                    SkeletonWriter.write(outDir, files, options), files.warnings());
        }
    }

    /**
     * What a generation did.
     *
     * @param pack     the pack's name
     * @param services how many services got a project
     * @param report   file by file, what was (or would be) written
     * @param warnings what the templates reported without failing, in order
     */
    public record Result(String pack, int services, WriteReport report, List<Diagnostic> warnings) {
        public Result {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(report, "report");
            warnings = List.copyOf(warnings);
        }
    }
}
