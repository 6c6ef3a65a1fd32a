package io.mdecomp.codegen.generate;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.pack.PackLoader;
import io.mdecomp.codegen.pack.TemplatePack;
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
        TemplatePack pack = new PackLoader().load(template, baseDir);
        // FreeMarker starts and the templates are parsed while the view is built.
        Generator.Pending generator = Generator.prepare(pack);
        SystemView view;
        try {
            view = new ViewModelBuilder("com.example", resilience).build(model);
        } catch (RuntimeException e) {
            generator.get();
            throw e;
        }
        GeneratedFiles files = generator.get().generate(view);
        return new Result(pack.manifest().name(), model.services().size(), SkeletonWriter.write(outDir, files, options),
                files.warnings());
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
