package io.mdecomp.model.format;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.ModelValidator;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a model file (format version 1, SPEC §3) into a validated {@link DomainModel}, or throws an
 * {@link InputException} carrying <em>every</em> problem of the file: YAML syntax, shapes and
 * ranges of values, unknown keys, and the cross-reference rules of {@link ModelValidator}.
 *
 * <p>Defaults filled in (documented in {@code docs/model.md}): an entity's {@code kind} is
 * {@code entity}; an endpoint's {@code method} is GET and its {@code path} is {@code /} + its name;
 * a call is {@code sync} with probability 1, not parallel, without timeout; a dependency's
 * protocol is {@code http}; a service's deployment is {@link io.mdecomp.model.Deployment#DEFAULT}
 * (each of its keys defaults separately); a service without {@code owns} owns every entity of its
 * context that no other service of that context lists in its own {@code owns}.
 *
 * <p>Cost: O(n log n) in the size of the document.
 */
public final class ModelReader {

    private ModelReader() {
    }

    /** Reads and validates the model in {@code file}. */
    public static DomainModel read(Path file) {
        return read(YamlLoader.load(file));
    }

    /** Reads and validates {@code yaml}, reporting problems against {@code fileName}. */
    public static DomainModel readString(String fileName, String yaml) {
        return read(YamlLoader.parse(fileName, yaml));
    }

    /** Reads and validates an already loaded document. */
    public static DomainModel read(YamlDocument document) {
        DiagnosticCollector problems = new DiagnosticCollector(document.file());
        NodeLocations locations = new NodeLocations();
        ModelParser parser = new ModelParser(locations);
        Optional<DomainModel> parsed = parser.model(document.root(problems));
        Optional<DomainModel> model = parsed.map(m -> withDefaultOwnership(m, parser.explicitOwns()));
        model.ifPresent(m -> problems.addAll(ModelValidator.validate(m, locations)));
        problems.throwIfErrors();
        return model.orElseThrow();
    }

    /** Fills in {@code owns} for services that do not list it (see the class comment). */
    static DomainModel withDefaultOwnership(DomainModel model, Set<SourceLocation> explicit) {
        Map<String, List<String>> entitiesByContext = new HashMap<>();
        model.contexts().forEach(c -> entitiesByContext.putIfAbsent(c.name(), c.entities().stream().map(Entity::name).toList()));
        Map<String, Set<String>> claimed = new HashMap<>();
        for (Service service : model.services()) {
            if (explicit.contains(service.location())) {
                claimed.computeIfAbsent(service.context(), k -> new HashSet<>()).addAll(service.owns());
            }
        }
        List<Service> services = model.services().stream().map(service -> {
            if (explicit.contains(service.location())) {
                return service;
            }
            Set<String> taken = claimed.getOrDefault(service.context(), Set.of());
            List<String> owns = entitiesByContext.getOrDefault(service.context(), List.of()).stream()
                    .filter(e -> !taken.contains(e)).toList();
            return new Service(service.name(), service.context(), service.team(), service.complexity(), owns,
                    service.endpoints(), service.consumes(), service.deployment(), service.location());
        }).toList();
        return new DomainModel(model.system(), model.version(), model.domains(), services, model.dependencies(),
                model.useCases(), model.components(), model.location());
    }

}
