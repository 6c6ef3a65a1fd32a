package io.mdecomp.codegen.generate;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.mdecomp.codegen.pack.TemplatePack;
import io.mdecomp.codegen.pack.TemplateSpec;
import io.mdecomp.codegen.view.TemplateContext;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generation's renderings of a pack's templates: each runs in its own FreeMarker environment
 * under the run's {@link BudgetGuard}, and every failure becomes a located {@code [template]}
 * error. An error that an {@code #attempt} block recovers from is not logged by FreeMarker but
 * kept as a warning, in order.
 */
final class Renderer {

    private final TemplatePack pack;
    private final GuardedConfiguration configuration;
    private final Map<String, Template> inline;
    private final TemplateBudget budget;
    private final BudgetGuard guard;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private volatile Inline inlineRendering;

    Renderer(TemplatePack pack, GuardedConfiguration configuration, Map<String, Template> inline,
             TemplateBudget budget, long startNanos) {
        this.pack = pack;
        this.configuration = configuration;
        this.inline = inline;
        this.budget = budget;
        this.guard = new BudgetGuard(budget, startNanos);
    }

    /** The warnings so far: errors that {@code #attempt} blocks recovered from. */
    List<Diagnostic> warnings() {
        return List.copyOf(warnings);
    }

    /** How many warnings there are so far. */
    int warningCount() {
        return warnings.size();
    }

    /** The warnings after the first {@code count}. */
    List<Diagnostic> warningsSince(int count) {
        return List.copyOf(warnings.subList(count, warnings.size()));
    }

    /** Renders the template of {@code spec} over {@code context}. */
    String render(TemplateSpec spec, TemplateContext context) {
        try {
            Template template = configuration.getTemplate(spec.template());
            return process(template, context, budget.maxOutputChars());
        } catch (ParseException e) {
            throw error(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), spec);
        } catch (TemplateException e) {
            throw error(e.getTemplateSourceName(), number(e.getLineNumber()), number(e.getColumnNumber()),
                    e.getMessageWithoutStackTop(), spec);
        } catch (IOException e) {
            throw error(spec.template(), 0, 0, "cannot read template: " + e.getMessage(), spec);
        } catch (BudgetGuard.Exceeded | StackOverflowError | OutOfMemoryError e) {
            throw outOfBudget(e, spec);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw outOfBudget(BudgetGuard.outOfTime(budget), spec);
            }
            throw e;
        }
    }

    /**
     * Renders a one-line template written in {@code pack.yaml}: an entry's {@code when} or
     * {@code output}. Its errors are located at the entry.
     */
    String renderInline(TemplateSpec spec, String what, String source, TemplateContext context) {
        String key = spec.template() + "#" + what + "#" + source;
        inlineRendering = new Inline(spec, what, source);
        try {
            Template template = inline.get(key);
            if (template == null) {
                template = new Template(spec.template() + " (" + what + ")", new StringReader(source), configuration);
                configuration.guard(template);
                inline.put(key, template);
            }
            return process(template, context, budget.maxOutputChars());
        } catch (ParseException e) {
            throw inlineError(spec, what, source, e.getEditorMessage());
        } catch (TemplateException e) {
            throw inlineError(spec, what, source, e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw inlineError(spec, what, source, e.getMessage());
        } catch (BudgetGuard.Exceeded | StackOverflowError | OutOfMemoryError e) {
            throw inlineError(spec, what, source, reason(e));
        } finally {
            inlineRendering = null;
        }
    }

    /**
     * The error for a generation that did not end within its time, located where it last was
     * ({@code spec}: the manifest entry it was rendering, or null).
     */
    InputException outOfTime(TemplateSpec spec) {
        Inline inline = inlineRendering;
        if (inline != null) {
            return inlineError(inline.spec(), inline.what(), inline.source(), BudgetGuard.outOfTime(budget).getMessage());
        }
        return outOfBudget(BudgetGuard.outOfTime(budget), spec);
    }

    /** Stops the run when its time is up. */
    void checkTime() {
        guard.checkTime();
    }

    private String process(Template template, TemplateContext context, long limit) throws TemplateException, IOException {
        LimitedWriter out = new LimitedWriter(limit);
        Environment env = template.createProcessingEnvironment(context, out);
        env.setTemplateProcessingTracer(guard);
        env.setAttemptExceptionReporter(this::recovered);
        guard.reset();
        env.process();
        return out.toString();
    }

    private void recovered(TemplateException e, Environment env) {
        String name = e.getTemplateSourceName() == null ? "(unknown template)" : e.getTemplateSourceName();
        warnings.add(Diagnostic.warning(location(name, number(e.getLineNumber()), number(e.getColumnNumber())),
                "template", "an #attempt block failed and its #recover part was used instead: "
                        + oneLine(e.getMessageWithoutStackTop())));
    }

    private InputException outOfBudget(Throwable e, TemplateSpec spec) {
        BudgetGuard.Place place = guard.place();
        String template = place != null ? place.template() : spec != null ? spec.template() : "pack.yaml";
        int line = place == null ? 0 : place.line();
        int column = place == null ? 0 : place.column();
        return new InputException(Diagnostic.error(location(template, line, column), "template",
                reason(e) + "; templates run within a budget (docs/templates.md)"));
    }

    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the templates recursed deeper than the stack allows (a macro or function that calls itself without end?)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the templates used up the memory (a string or sequence that grows without end?)";
        }
        return e.getMessage();
    }

    private InputException error(String sourceName, int line, int column, String message, TemplateSpec spec) {
        return new InputException(Diagnostic.error(location(sourceName == null ? spec.template() : sourceName,
                line, column), "template",
                oneLine(message)));
    }

    private InputException inlineError(TemplateSpec spec, String what, String source, String message) {
        return new InputException(Diagnostic.error(spec.location(), "template", "the '" + what + "' of template '"
                + spec.template() + "' (" + source + ") failed: " + oneLine(message)));
    }

    /** A template's place as users name it: the pack (built-in name or folder), then the template. */
    private SourceLocation location(String name, int line, int column) {
        String file = pack.isBuiltin() ? pack.manifest().name() + "/" + name : pack.source().display() + "/" + name;
        return line > 0 ? new SourceLocation(file, line, Math.max(column, 1)) : SourceLocation.startOf(file);
    }

    /** A FreeMarker message on one line, without its separator rules. */
    static String oneLine(String message) {
        String text = message == null ? "template failed" : message.strip();
        return text.replaceAll("\\s*\\n\\s*", " ").replaceAll("-{3,}", "").replaceAll("\\s{2,}", " ").strip();
    }

    /** A rendering of a {@code when} or {@code output} written in {@code pack.yaml}. */
    private record Inline(TemplateSpec spec, String what, String source) {
    }

    private static int number(Integer number) {
        return number == null ? 0 : number;
    }
}
