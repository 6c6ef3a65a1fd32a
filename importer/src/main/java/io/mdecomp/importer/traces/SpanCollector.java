package io.mdecomp.importer.traces;

import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink every file's reader feeds: good spans go to the trace window, malformed ones become
 * diagnostics (errors, or warnings when they are skipped), of which the first
 * {@value TraceImporter#LISTED_PROBLEMS} are kept.
 */
final class SpanCollector implements SpanSink {

    private final TraceWindow window;
    private final boolean skipBad;
    private final List<Diagnostic> problems = new ArrayList<>();
    private long malformed;
    private SpanOrigin firstUnlisted;

    SpanCollector(TraceWindow window, boolean skipBad) {
        this.window = window;
        this.skipBad = skipBad;
    }

    @Override
    public void accept(Span span) {
        window.add(span);
    }

    @Override
    public void malformed(SpanOrigin origin, String traceId, String spanId, List<String> reasons) {
        malformed++;
        if (problems.size() >= TraceImporter.LISTED_PROBLEMS) {
            if (firstUnlisted == null) {
                firstUnlisted = origin;
            }
            return;
        }
        String ids = traceId.isBlank() && spanId.isBlank() ? ""
                : " (trace " + orNone(traceId) + ", id " + orNone(spanId) + ")";
        String message = origin.label() + ids + ": " + String.join("; ", reasons)
                + (skipBad ? "; skipped" : "; fix the span, or import with --skip-bad to leave malformed spans out");
        problems.add(skipBad ? Diagnostic.warning(origin.location(), "span", message)
                : Diagnostic.error(origin.location(), "span", message));
    }

    private static String orNone(String id) {
        return id.isBlank() ? "none" : SpanDraft.abbreviate(id.strip());
    }

    long malformed() {
        return malformed;
    }

    /** The listed problems, plus one at the first unlisted span saying how many more there were. */
    List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>(problems);
        if (firstUnlisted != null) {
            String message = firstUnlisted.label() + " and the " + (malformed - problems.size() - 1)
                    + " malformed spans after it are not listed";
            all.add(skipBad ? Diagnostic.warning(firstUnlisted.location(), "span", message)
                    : Diagnostic.error(firstUnlisted.location(), "span", message));
        }
        return all;
    }
}
