package io.mdecomp.codegen.generate;

import freemarker.template.Template;
import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.OutputPath;
import io.mdecomp.codegen.pack.TemplatePack;
import io.mdecomp.codegen.pack.TemplateSpec;
import io.mdecomp.codegen.view.SystemView;
import io.mdecomp.codegen.view.TemplateContext;
import io.mdecomp.codegen.view.ViewModelBuilder;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders a template pack over the view of a model and returns the files, path → content. Pure
 * apart from reading the pack's templates: nothing is written; the same model and pack give the
 * same files, byte for byte.
 *
 * <p>For each manifest entry, in order, and each item of its scope: the {@code when} expression
 * decides whether it renders; the output pattern gives the path, which must pass
 * {@link OutputPath}; two entries may not write the same path. A template error is reported as
 * {@code TEMPLATE:LINE:COL: error: ... [template]}, and so is a template that overruns its
 * {@link TemplateBudget}. The templates run on a thread of their own with a deep stack, so the
 * depth budget, not the caller's stack, is what limits recursion.
 */
public final class Generator {

    /** The stack of the rendering thread: room for {@link TemplateBudget#maxDepth()} many times over. */
    private static final long STACK_BYTES = 16L << 20;

    /**
     * How long past the time budget the caller waits for a rendering that cannot check its time
     * (one built-in working through a huge sequence): half the budget, at most two seconds.
     */
    private static final long MAX_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final TemplatePack pack;
    private final TemplateBudget budget;
    private final GuardedConfiguration configuration;
    private final Map<String, Template> inline = new HashMap<>();

    /** A generator for {@code pack} within {@link TemplateBudget#DEFAULT}. */
    public Generator(TemplatePack pack) {
        this(pack, TemplateBudget.DEFAULT);
    }

    /** A generator for {@code pack} within {@code budget}. */
    public Generator(TemplatePack pack, TemplateBudget budget) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.configuration = FreemarkerFactory.configuration(pack.source());
    }

    /** Generates the files for {@code model}, with services under {@code com.example}. */
    public GeneratedFiles generate(DomainModel model) {
        return generate(ViewModelBuilder.withDefaults().build(model));
    }

    /** Generates the files for {@code system}. */
    public GeneratedFiles generate(SystemView system) {
        long start = System.nanoTime();
        Renderer renderer = new Renderer(pack, configuration, inline, budget, start);
        Progress progress = new Progress();
        ExecutorService worker = Executors.newSingleThreadExecutor(Generator::renderingThread);
        try {
            Future<GeneratedFiles> run = worker.submit(() -> generate(system, renderer, progress));
            long limit = budget.maxTime().toNanos();
            long wait = limit + Math.min(limit / 2, MAX_GRACE_NANOS) - (System.nanoTime() - start);
            return run.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw renderer.outOfTime(progress.current);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } finally {
            worker.shutdownNow();
        }
    }

    private GeneratedFiles generate(SystemView system, Renderer renderer, Progress progress) {
        TreeMap<String, String> files = new TreeMap<>();
        Map<String, TemplateSpec> writers = new HashMap<>();
        for (TemplateSpec spec : pack.manifest().templates()) {
            progress.current = spec;
            for (TemplateContext context : contexts(spec, system)) {
                renderer.checkTime();
                if (!spec.when().isEmpty() && !"true".equals(renderer.renderInline(spec, "when", "<#if (" + spec.when()
                        + ")>true</#if>", context))) {
                    continue;
                }
                String path = renderer.renderInline(spec, "output", spec.output(), context);
                String problem = OutputPath.problem(path);
                if (problem != null) {
                    throw new InputException(Diagnostic.error(spec.location(), "unsafe-path", "template '"
                            + spec.template() + "' has output '" + path + "': refusing to write it, " + problem
                            + "; output paths must stay inside --out"));
                }
                TemplateSpec previous = writers.putIfAbsent(path, spec);
                if (previous != null) {
                    throw new InputException(Diagnostic.error(spec.location(), "duplicate", "template '"
                            + spec.template() + "' writes '" + path + "', which template '" + previous.template()
                            + "' already writes; make the output patterns differ"));
                }
                files.put(path, renderer.render(spec, context));
            }
        }
        return new GeneratedFiles(files, renderer.warnings());
    }

    /** The renderings of {@code spec}: one context per item of its scope, in view order. */
    private static List<TemplateContext> contexts(TemplateSpec spec, SystemView system) {
        List<TemplateContext> contexts = new ArrayList<>();
        switch (spec.scope()) {
            case SYSTEM:
                contexts.add(new TemplateContext.ForSystem(system));
                break;
            case SERVICE:
                system.services().forEach(s -> contexts.add(new TemplateContext.ForService(system, s)));
                break;
            case ENTITY:
                system.services().forEach(s -> s.entities().forEach(e ->
                        contexts.add(new TemplateContext.ForEntity(system, s, e))));
                break;
            case CLIENT:
                system.services().forEach(s -> s.clients().forEach(c ->
                        contexts.add(new TemplateContext.ForClient(system, s, c))));
                break;
            case EVENT:
                system.services().forEach(s -> s.events().forEach(e ->
                        contexts.add(new TemplateContext.ForEvent(system, s, e))));
                break;
            default:
                throw new IllegalStateException("unknown scope " + spec.scope());
        }
        return contexts;
    }

    private static Thread renderingThread(Runnable task) {
        Thread thread = new Thread(null, task, "mdecomp-templates", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** The manifest entry the rendering thread is at, for a time-out found by the caller. */
    private static final class Progress {
        volatile TemplateSpec current;
    }
}
