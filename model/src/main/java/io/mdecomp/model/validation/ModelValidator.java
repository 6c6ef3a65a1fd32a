package io.mdecomp.model.validation;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rules of SPEC §3 that span records, returning <em>all</em> diagnostics (errors with
 * code {@code duplicate}, {@code ref}, {@code aggregate} or {@code value}), sorted by location:
 *
 * <ul>
 *   <li>names have only the characters their kind allows ({@link NameRule}; code {@code name});</li>
 *   <li>names are unique in their scope: domains, bounded contexts, entities, services and use
 *       cases in the model, endpoints (and their method + path) in their service, components among
 *       the components of their kind;</li>
 *   <li>every reference resolves, or the error lists the known names, closest first: entity
 *       references, aggregates, attribute types ({@code string}, {@code int}, {@code long},
 *       {@code decimal}, {@code boolean}, {@code date}, {@code datetime}, {@code uuid}, an entity
 *       name, or {@code list<T>} of these), service contexts, owned, read and written entities,
 *       called services and endpoints, consuming endpoints, dependency ends, the entities a
 *       component uses and the service it is deployed in;</li>
 *   <li>an event consumed but published by no endpoint is an error only when its name is a likely
 *       typo of a published event (otherwise it may come from outside the model; the analysis
 *       reports it as MD013);</li>
 *   <li>an entity's aggregate root is an entity of kind {@code aggregate-root} in the same
 *       context; a root belongs to no other aggregate; aggregates form no cycle;</li>
 *   <li>complexity lies in [0, 1]; a coarse dependency does not point at its own service.</li>
 * </ul>
 *
 * Pure; O(n log n) in the size of the model plus O(n) per reported unknown name (at most
 * {@value #LISTED_ERRORS} errors list the known names).
 */
public final class ModelValidator {

    /** How many unknown-name errors list the known names; later ones only say the name is unknown. */
    public static final int LISTED_ERRORS = 100;

    private ModelValidator() {
    }

    /** Validates a model built in code (diagnostics point at the records' own locations). */
    public static List<Diagnostic> validate(DomainModel model) {
        return validate(model, Locator.NONE);
    }

    /** Validates {@code model}; {@code locator} points diagnostics at the exact values read. */
    public static List<Diagnostic> validate(DomainModel model, Locator locator) {
        Checks checks = new Checks(model, locator);
        checks.names();
        new NameChecks(checks).run();
        new EntityChecks(checks).run();
        new ServiceChecks(checks).run();
        new ComponentChecks(checks).run();
        return checks.diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    /** Shared state of one validation run: the indexes and the diagnostics found so far. */
    static final class Checks {

        final DomainModel model;
        final Locator locator;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final Map<String, String> contexts = new LinkedHashMap<>();
        final Map<String, Service> services = new LinkedHashMap<>();
        private int listed;

        Checks(DomainModel model, Locator locator) {
            this.model = model;
            this.locator = locator;
            model.contexts().forEach(c -> contexts.putIfAbsent(c.name(), c.domain()));
            model.entities().forEach(e -> entities.putIfAbsent(e.name(), e));
            model.services().forEach(s -> services.putIfAbsent(s.name(), s));
        }

        void error(SourceLocation location, String code, String message) {
            diagnostics.add(Diagnostic.error(location, code, message));
        }

        /** "{subject} {verb} unknown {kind} 'x' (known: ...)" at {@code location}. */
        void unknown(SourceLocation location, String subject, String kind, String name, List<String> known) {
            unknown(location, subject, kind, name, known, "");
        }

        /** As {@link #unknown(SourceLocation, String, String, String, List)}, with a hint such as "; did you mean 'x'?". */
        void unknown(SourceLocation location, String subject, String kind, String name, List<String> known, String hint) {
            String list = listed++ < LISTED_ERRORS ? " (known: " + Suggestions.known(name, known) + ")" : "";
            error(location, "ref", subject + " unknown " + kind + " '" + name + "'" + hint + list);
        }

        /** Reports an unknown entity name unless it is known. */
        void entityRef(SourceLocation owner, String key, int index, String subject, String name) {
            if (!entities.containsKey(name)) {
                unknown(locator.locate(owner, key, index), subject, "entity", name, List.copyOf(entities.keySet()));
            }
        }

        /** Each name of {@code names} that is no entity is reported at its item. */
        void entityRefs(SourceLocation owner, String key, String subject, List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                entityRef(owner, key, i, subject, names.get(i));
            }
        }

        void names() {
            unique("domain", model.domains().stream().map(d -> new Named(d.name(), d.location())).toList());
            unique("bounded context", model.contexts().map(c -> new Named(c.name(), c.location())).toList());
            unique("entity", model.entities().map(e -> new Named(e.name(), e.location())).toList());
            unique("service", model.services().stream().map(s -> new Named(s.name(), s.location())).toList());
            unique("use case", model.useCases().stream().map(u -> new Named(u.name(), u.location())).toList());
        }

        record Named(String name, SourceLocation location) {
        }

        /** Reports every second and later declaration of a name, pointing at the first. */
        void unique(String kind, List<Named> declared) {
            Map<String, SourceLocation> first = new HashMap<>();
            for (Named named : declared) {
                SourceLocation previous = first.putIfAbsent(named.name(), named.location());
                if (previous != null) {
                    error(locator.locate(named.location(), "name"), "duplicate", "duplicate " + kind + " name '"
                            + named.name() + "'; the first is declared at " + where(previous));
                }
            }
        }

        static String where(SourceLocation location) {
            return location.isKnown() ? "line " + location.line() : "another place";
        }
    }
}
