package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.NameRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits the names of an assembled Service Cutter model to the model's {@link NameRule}s. Service
 * Cutter allows any text ({@code Loan Line}, {@code Kunde/Adresse}); the model does not, and an
 * import must read back valid. Identifiers (entities, attributes, services) keep their letters and
 * digits, with each word after the first capitalised ({@code Loan Line} → {@code LoanLine});
 * labels (system, context, team, use case, zone) lose only what a label may not hold. A name
 * that would collide with one already taken gets a number ({@code Order2}). Every change is a note
 * coded {@code renamed}, so nothing changes silently.
 */
final class NameFitting {

    private final List<Diagnostic> notes;
    private final Map<String, String> entities = new LinkedHashMap<>();
    private final Map<String, String> services = new LinkedHashMap<>();

    private NameFitting(List<Diagnostic> notes) {
        this.notes = notes;
    }

    /** {@code model} with every name allowed by the model's rules; changes are added to {@code notes}. */
    static DomainModel fit(DomainModel model, List<Diagnostic> notes) {
        return new NameFitting(notes).apply(model);
    }

    private DomainModel apply(DomainModel model) {
        Set<String> takenEntities = new HashSet<>();
        model.entities().forEach(e -> entities.put(e.name(), unique(identifier(e.name(), "Entity"), takenEntities)));
        entities.forEach((from, to) -> noteIfChanged("entity", from, to, model.entity(from).orElseThrow().location()));
        Set<String> takenServices = new HashSet<>();
        for (Service service : model.services()) {
            String name = unique(identifier(service.name(), "Service"), takenServices);
            services.put(service.name(), name);
            noteIfChanged("service", service.name(), name, service.location());
        }
        String system = label(model.system(), "system", model.location());
        List<Domain> domains = model.domains().stream().map(this::domain).toList();
        List<Service> fittedServices = model.services().stream().map(this::service).toList();
        List<UseCase> useCases = model.useCases().stream()
                .map(u -> new UseCase(label(u.name(), "use case", u.location()), names(u.reads()), names(u.writes()),
                        u.latencyCritical(), u.location()))
                .toList();
        return new DomainModel(system, model.version(), domains, fittedServices, model.dependencies(), useCases,
                model.components(), model.location());
    }

    private Domain domain(Domain domain) {
        String name = label(domain.name(), "domain", domain.location());
        List<BoundedContext> contexts = domain.contexts().stream()
                .map(c -> new BoundedContext(label(c.name(), "context", c.location()), name,
                        c.entities().stream().map(this::entity).toList(), c.location()))
                .toList();
        return new Domain(name, domain.description(), contexts, domain.location());
    }

    private Entity entity(Entity entity) {
        Set<String> taken = new HashSet<>();
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute attribute : entity.attributes()) {
            String name = unique(identifier(attribute.name(), "attribute"), taken);
            noteIfChanged("attribute of entity '" + entity.name() + "'", attribute.name(), name, entity.location());
            attributes.add(new Attribute(name, attribute.type()));
        }
        return new Entity(entities.get(entity.name()), fitLabel(entity.context()), entity.kind(),
                entity.aggregate().map(entities::get), attributes, names(entity.references()),
                entity.characteristics(), entity.securityZone().map(z -> label(z, "security zone", entity.location())),
                entity.location());
    }

    private Service service(Service service) {
        return new Service(services.get(service.name()), fitLabel(service.context()),
                service.team().map(t -> label(t, "team", service.location())), service.complexity(),
                names(service.owns()), service.endpoints(), service.consumes(), service.deployment(),
                service.location());
    }

    private List<String> names(List<String> entityNames) {
        return entityNames.stream().map(entities::get).toList();
    }

    private String label(String text, String what, SourceLocation location) {
        String fitted = fitLabel(text);
        noteIfChanged(what, text, fitted, location);
        return fitted;
    }

    private void noteIfChanged(String what, String from, String to, SourceLocation location) {
        if (!from.equals(to)) {
            String note = what + " '" + from + "' is imported as '" + to + "': model names allow no such characters";
            Diagnostic diagnostic = new Diagnostic(location, Severity.NOTE, note, "renamed");
            if (!notes.contains(diagnostic)) {
                notes.add(diagnostic);
            }
        }
    }

    /** The words of {@code text} joined into an identifier: {@code Loan Line} → {@code LoanLine}. */
    static String identifier(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        StringBuilder out = new StringBuilder();
        boolean wordStart = false;
        for (int i = 0; i < ascii.length(); i++) {
            char ch = ascii.charAt(i);
            if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-') {
                out.append(wordStart && out.length() > 0 ? Character.toUpperCase(ch) : ch);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        if (out.length() == 0) {
            return fallback;
        }
        if (!Character.isLetter(out.charAt(0)) && out.charAt(0) != '_') {
            out.insert(0, '_');
        }
        return out.length() > NameRule.MAX_IDENTIFIER ? out.substring(0, NameRule.MAX_IDENTIFIER) : out.toString();
    }

    /** {@code text} without what a label may not hold: slashes become '-', control characters spaces. */
    static String fitLabel(String text) {
        String fitted = text.replaceAll("[/\\\\]", "-").replaceAll("[\\u0000-\\u001f\\u007f]", " ")
                .replaceAll(" {2,}", " ").strip();
        if (fitted.isEmpty()) {
            return "unnamed";
        }
        return fitted.length() > NameRule.MAX_LABEL ? fitted.substring(0, NameRule.MAX_LABEL).strip() : fitted;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = Integer.toString(n);
            String base = name.length() + suffix.length() > NameRule.MAX_IDENTIFIER
                    ? name.substring(0, NameRule.MAX_IDENTIFIER - suffix.length()) : name;
            candidate = base + suffix;
        }
        return candidate;
    }
}
