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
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            if (template != null) {
                guard(template);
            }
            return template;
        }
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
