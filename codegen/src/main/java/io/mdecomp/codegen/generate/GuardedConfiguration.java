package io.mdecomp.codegen.generate;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * A FreeMarker configuration whose every template, the ones a pack names and the ones they
 * include or import, gets an element at the start of each loop iteration, so the
 * {@link BudgetGuard} sees every iteration (also of a loop with an empty body).
 */
final class GuardedConfiguration extends Configuration {

    private final Set<Template> guarded = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    GuardedConfiguration() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null) {
            guard(template);
        }
        return template;
    }

    /** Adds the per-iteration elements to {@code template}, once. */
    void guard(Template template) {
        if (guarded.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
    }
}
