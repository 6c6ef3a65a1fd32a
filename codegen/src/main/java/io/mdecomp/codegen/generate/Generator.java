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
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Renders a template pack over the view of a model and returns the files, path → content. Pure
 * apart from reading the pack's templates: nothing is written; the same model and pack give the
 * same files, byte for byte.
 *
 * <p>For each manifest entry, in order, and each item of its scope: the {@code when} expression
 * decides whether it renders; the output pattern gives the path, which must pass
 * {@link OutputPath}; two entries may not write the same path. A template error is reported as
 * {@code TEMPLATE:LINE:COL: error: ... [template]}, and so is a template that overruns its
 * {@link TemplateBudget}. The templates run on threads of their own with a deep stack, so the
 * depth budget, not the caller's stack, is what limits recursion.
 *
 * <p>The {@code when} and {@code output} of every item are rendered in order on one thread; the
 * files' contents, each independent of the others, are rendered meanwhile and after on as many
 * threads as there are processors (that one among them), each taking the next item decided. The
 * result is the same as rendering one after the other: the files are sorted by path, the warnings
 * are in manifest order, and the error reported is the first one in that order.
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

    /**
     * Starts making a generator on a thread of its own, so that the caller can read the model and
     * build the view meanwhile: the pack {@code pack} loads, FreeMarker's configuration, and the
     * templates the manifest names, loaded and parsed. What loading the pack throws is thrown by
     * {@link Pending#get()}; a template that fails to load is left for the rendering to report,
     * located.
     */
    public static Pending prepare(Supplier<TemplatePack> pack) {
        FutureTask<Generator> task = new FutureTask<>(() -> {
            Generator generator = new Generator(pack.get());
            generator.loadTemplates();
            return generator;
        });
        Thread thread = new Thread(null, task, "mdecomp-templates", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return new Pending(task);
    }

    /** A generator being made by {@link #prepare}. */
    public static final class Pending {

        private final Future<Generator> task;

        private Pending(Future<Generator> task) {
            this.task = task;
        }

        /** The generator, once made; what making it threw, as it was thrown. */
        public Generator get() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading templates", e);
            }
        }
    }

    /** Loads the templates the manifest names, each once; failures are left for the rendering. */
    private void loadTemplates() {
        for (String name : pack.manifest().templates().stream().map(TemplateSpec::template).distinct().toList()) {
            try {
                configuration.getTemplate(name);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // reported, located, when the template is rendered
            }
        }
    }

    /** The pack this generator renders. */
    public TemplatePack pack() {
        return pack;
    }

    /** Generates the files for {@code model}, with services under {@code com.example}. */
    public GeneratedFiles generate(DomainModel model) {
        return generate(ViewModelBuilder.withDefaults().build(model));
    }

    /** Generates the files for {@code system}. */
    public GeneratedFiles generate(SystemView system) {
        long start = System.nanoTime();
        Renderer renderer = new Renderer(pack, configuration, inline, budget, start);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Renderer> contentRenderers = new ArrayList<>();
        contentRenderers.add(renderer);
        for (int i = 1; i < threads; i++) {
            contentRenderers.add(new Renderer(pack, configuration, inline, budget, start));
        }
        Progress progress = new Progress(contentRenderers.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads, Generator::renderingThread);
        try {
            Future<GeneratedFiles> run = workers.submit(() -> generate(system, renderer, contentRenderers, workers, progress));
            long limit = budget.maxTime().toNanos();
            long wait = limit + Math.min(limit / 2, MAX_GRACE_NANOS) - (System.nanoTime() - start);
            return run.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw progress.outOfTime(renderer, contentRenderers);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private GeneratedFiles generate(SystemView system, Renderer renderer, List<Renderer> contentRenderers,
                                    ExecutorService workers, Progress progress) throws InterruptedException {
        BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < contentRenderers.size(); i++) {
            Renderer contentRenderer = contentRenderers.get(i);
            int worker = i;
            others.add(workers.submit(() -> renderContents(queue, contentRenderer, progress, worker)));
        }
        List<Item> items = new ArrayList<>();
        Throwable stop = null;
        try {
            items(system, renderer, progress, items, queue);
        } catch (RuntimeException | Error e) {
            stop = e;
        }
        progress.current = null;
        queue.add(Item.end());
        renderContents(queue, renderer, progress, 0);
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }
        TreeMap<String, String> files = new TreeMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Item item : items) {
            warnings.addAll(item.inlineWarnings);
            if (item.failure != null) {
                throw rethrown(item.failure);
            }
            if (item.path != null) {
                warnings.addAll(item.contentWarnings);
                files.put(item.path, item.content);
            }
        }
        if (stop != null) {
            throw rethrown(stop);
        }
        return new GeneratedFiles(files, warnings);
    }

    /**
     * Decides, in manifest order, which items render and where to: each item's {@code when} and
     * {@code output}, with the warnings they gave; an item with a path is queued for its content.
     * Stops at the first failure, which it throws.
     */
    private void items(SystemView system, Renderer renderer, Progress progress, List<Item> items,
                       BlockingQueue<Item> queue) {
        Map<String, TemplateSpec> writers = new HashMap<>();
        for (TemplateSpec spec : pack.manifest().templates()) {
            progress.current = spec;
            for (TemplateContext context : contexts(spec, system)) {
                renderer.checkTime();
                int warningsBefore = renderer.warningCount();
                Item item = new Item(spec, context);
                items.add(item);
                if (!spec.when().isEmpty() && !"true".equals(renderer.renderInline(spec, "when", "<#if (" + spec.when()
                        + ")>true</#if>", context))) {
                    item.inlineWarnings = renderer.warningsSince(warningsBefore);
                    continue;
                }
                String path = renderer.renderInline(spec, "output", spec.output(), context);
                item.inlineWarnings = renderer.warningsSince(warningsBefore);
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
                item.path = path;
                queue.add(item);
            }
        }
    }

    /**
     * Renders the contents of queued items until the queue's end, which it leaves for the other
     * threads. A failure is kept with its item; the other items still render, so that which
     * failure comes first does not depend on the threads.
     */
    private static Void renderContents(BlockingQueue<Item> queue, Renderer renderer, Progress progress, int worker)
            throws InterruptedException {
        Item item;
        for (item = queue.take(); !item.isEnd(); item = queue.take()) {
            progress.rendering.set(worker, item.spec);
            int warningsBefore = renderer.warningCount();
            try {
                item.content = renderer.render(item.spec, item.context);
            } catch (RuntimeException | Error e) {
                item.failure = e;
            }
            item.contentWarnings = renderer.warningsSince(warningsBefore);
            progress.rendering.set(worker, null);
        }
        queue.add(item);
        return null;
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
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

    /**
     * An item of a manifest entry's scope: whether and where it renders, then its content or
     * failure. Each field is written by one thread and read after that thread is joined.
     */
    private static final class Item {
        final TemplateSpec spec;
        final TemplateContext context;
        List<Diagnostic> inlineWarnings = List.of();
        String path;
        String content;
        List<Diagnostic> contentWarnings = List.of();
        Throwable failure;

        Item(TemplateSpec spec, TemplateContext context) {
            this.spec = spec;
            this.context = context;
        }

        /** The end of a queue of items to render. */
        static Item end() {
            return new Item(null, null);
        }

        boolean isEnd() {
            return spec == null;
        }
    }

    /** Where the rendering threads are, for a time-out found by the caller. */
    private static final class Progress {
        /** The manifest entry whose items' {@code when} and {@code output} are being rendered. */
        volatile TemplateSpec current;
        /** Per content renderer, the manifest entry whose content it renders, or null. */
        final AtomicReferenceArray<TemplateSpec> rendering;

        Progress(int renderers) {
            rendering = new AtomicReferenceArray<>(renderers);
        }

        /** The error for a time-out, located at the first thread found at work. */
        InputException outOfTime(Renderer renderer, List<Renderer> contentRenderers) {
            TemplateSpec spec = current;
            if (spec != null) {
                return renderer.outOfTime(spec);
            }
            for (int i = 0; i < contentRenderers.size(); i++) {
                TemplateSpec rendered = rendering.get(i);
                if (rendered != null) {
                    return contentRenderers.get(i).outOfTime(rendered);
                }
            }
            return renderer.outOfTime(null);
        }
    }
}
