package io.mdecomp.codegen.generate;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.StringWriter;

/**
 * Keeps one generation's templates within their {@link TemplateBudget}. FreeMarker calls it on
 * entering and leaving every template element (loops get an element per iteration, see
 * {@link GuardedConfiguration}); it stops the run when elements nest too deeply, when the time is
 * up, or when an {@code #attempt} block buffers more output than a file may hold, and it remembers
 * the last element entered, so any stop (also a stack or memory exhaustion) can name its place.
 */
final class BudgetGuard implements TemplateProcessingTracer {

    /*
     * Elements that are not a place in a template's text: the check FreeMarker inserts in every
     * loop for thread interruption, and a #macro or #function definition. Told apart by class:
     * getDescription() would print the element (a text block: its whole text) on every entry.
     */
    private static final String INTERRUPTION_CHECK =
            "freemarker.core.ThreadInterruptionSupportTemplatePostProcessor$ThreadInterruptionCheck";
    private static final String MACRO = "freemarker.core.Macro";

    private final TemplateBudget budget;
    private final long deadline;
    private int depth;
    private int entered;
    /** The last element entered that is a place in a template; its place is worked out when asked. */
    private volatile TracedElement last;

    BudgetGuard(TemplateBudget budget, long startNanos) {
        this.budget = budget;
        this.deadline = startNanos + budget.maxTime().toNanos();
    }

    /** Starts the count of a new rendering: the depth of the last one has been unwound. */
    void reset() {
        depth = 0;
    }

    /** The last template element entered, or null before the first. */
    Place place() {
        TracedElement element = last;
        return element == null ? null
                : new Place(element.getTemplate().getSourceName(), element.getBeginLine(), element.getBeginColumn());
    }

    /** Stops the run when the time is up; called between renderings too. */
    void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw outOfTime(budget);
        }
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        depth++;
        String kind = element.getClass().getName();
        // An element of a template made from a string (such as an output path pattern) has no template.
        if (element.getTemplate() != null && !kind.equals(INTERRUPTION_CHECK) && !kind.equals(MACRO)) {
            last = element;
        }
        if (depth > budget.maxDepth()) {
            throw new Exceeded("template elements nest deeper than " + budget.maxDepth()
                    + " levels (a macro or function that calls itself without end?)");
        }
        // The clock is read every 64th element: reading it on each was 3% of the rendering.
        if ((++entered & 63) == 0) {
            checkTime();
        }
        if (env.getOut() instanceof StringWriter buffer && buffer.getBuffer().length() > budget.maxOutputChars()) {
            throw new Exceeded("an #attempt block wrote more than " + budget.maxOutputChars() + " characters");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** The error for a run past its time budget. */
    static Exceeded outOfTime(TemplateBudget budget) {
        long millis = budget.maxTime().toMillis();
        String limit = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        return new Exceeded("the templates ran longer than the time budget of " + limit
                + " (a loop over a huge sequence, or endless work?)");
    }

    /** Where a template was: its source name and 1-based line and column. */
    record Place(String template, int line, int column) {
    }

    /**
     * A budget ran out. An {@link Error}, so that no {@code #attempt} block can catch it and go on.
     */
    static final class Exceeded extends Error {

        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
