package io.mdecomp.codegen.generate;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A FreeMarker configuration whose every template, the ones a pack names and the ones they
 * include or import, gets an element at the start of each loop iteration, so the
 * {@link BudgetGuard} sees every iteration (also of a loop with an empty body).
 *
 * <p>Templates are rendered on several threads. A template is loaded and guarded by one thread
 * while the others asking for it by the same name wait: FreeMarker's cache would otherwise let
 * each thread parse it, and hand out a template another thread is still adding elements to.
 */
final class GuardedConfiguration extends Configuration {

    /** How FreeMarker's cache begins the exception for a template that failed to load before. */
    private static final String EARLIER_ATTEMPT = "There was an error loading the template on an earlier attempt";

    private final Set<Template> guarded = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    /** One lock per template name, held while it is looked up, loaded and guarded. */
    private final Map<String, Object> loading = new ConcurrentHashMap<>();

    GuardedConfiguration() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        synchronized (loading.computeIfAbsent(name, key -> new Object())) {
            Template template;
            try {
                template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            } catch (IOException e) {
                throw firstFailure(e);
            }
            if (template != null) {
                guard(template);
            }
            return template;
        }
    }

    /**
     * The failure of the first attempt to load a template, when {@code e} is FreeMarker's cache
     * answering a later attempt (a new exception whose cause it is): every rendering then reports
     * the same located error, whichever thread, or the loading ahead of rendering, tried first.
     */
    private static IOException firstFailure(IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(EARLIER_ATTEMPT)) {
            if (e.getCause() instanceof IOException first) {
                return first;
            }
            if (e.getCause() instanceof RuntimeException first) {
                throw first;
            }
        }
        return e;
    }

    /** Adds the per-iteration elements to {@code template}, once, before any thread can render it. */
    void guard(Template template) {
        synchronized (template) {
            if (!guarded.contains(template)) {
                _CoreAPI.addThreadInterruptedChecks(template);
                guarded.add(template);
            }
        }
    }
}
