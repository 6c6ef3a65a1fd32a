package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.Erm;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.ErmEntity;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NamedGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NanoRef;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.Relation;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.UseCaseRep;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.UserReps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Maps read Service Cutter documents to a {@link DomainModel}; see {@link ServiceCutterImporter}. */
final class ModelAssembler {

    private final Erm erm;
    private final UserReps reps;
    private final String system;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> unmapped = new ArrayList<>();
    private final Map<String, ErmEntity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> references = new LinkedHashMap<>();

    ModelAssembler(Erm erm, UserReps reps, String fallbackName) {
        this.erm = erm;
        this.reps = reps;
        this.system = erm.name().isBlank() ? fallbackName : erm.name().trim();
    }

    ServiceCutterImport assemble() {
        for (ErmEntity entity : erm.entities()) {
            if (entities.putIfAbsent(entity.name(), entity) != null) {
                errors.add(Diagnostic.error(entity.location(), "duplicate", "entity '" + entity.name()
                        + "' is declared twice; the first is at " + entities.get(entity.name()).location()));
            }
            references.put(entity.name(), new LinkedHashSet<>());
        }
        Aggregates aggregates = new Aggregates(erm.entities().stream().map(ErmEntity::name).toList());
        relations(aggregates);
        groupsToAggregates(reps.aggregates(), "aggregate", aggregates);
        groupsToAggregates(reps.entities(), "entity group", aggregates);
        Plurality plurality = new Plurality(this::resolve, unmapped);
        CharacteristicMapper characteristics = new CharacteristicMapper(plurality, unmapped);
        characteristics.map(reps.compatibilities());
        Map<String, String> zones = plurality.assign(reps.separatedSecurityZones(), "separated security zone");
        Map<String, String> serviceOf = plurality.assign(reps.predefinedServices(), "predefined service");
        for (NamedGroup group : reps.securityAccessGroups()) {
            unmapped.add(new Diagnostic(group.location(), Severity.WARNING, "security access group '" + group.name()
                    + "' has no equivalent in the model (only separated security zones map, to securityZone)",
                    "unmapped"));
        }
        List<UseCase> useCases = useCases();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        String context = system;
        List<Entity> modelEntities = new ArrayList<>();
        for (ErmEntity entity : entities.values()) {
            String root = aggregates.rootOf(entity.name());
            boolean isRoot = root.equals(entity.name());
            List<Attribute> attributes = entity.nanoentities().stream()
                    .map(n -> new Attribute(n.text(), new AttributeType("string", false))).toList();
            modelEntities.add(new Entity(entity.name(), context,
                    isRoot ? EntityKind.AGGREGATE_ROOT : EntityKind.ENTITY,
                    isRoot ? Optional.empty() : Optional.of(root), attributes,
                    List.copyOf(references.get(entity.name())), characteristics.of(entity.name()),
                    Optional.ofNullable(zones.get(entity.name())), entity.location()));
        }
        if (!erm.entities().isEmpty()) {
            unmapped.add(new Diagnostic(erm.location(), Severity.NOTE,
                    "Service Cutter nanoentities carry no types: every attribute is imported as string", "unmapped"));
        }
        List<Service> services = services(serviceOf, context);
        BoundedContext boundedContext = new BoundedContext(context, system, modelEntities, erm.location());
        Domain domain = new Domain(system, "Imported from Service Cutter", List.of(boundedContext), erm.location());
        DomainModel model = new DomainModel(system, DomainModel.FORMAT_VERSION, List.of(domain), services,
                List.of(), useCases, erm.location());
        return new ServiceCutterImport(NameFitting.fit(model, unmapped), unmapped);
    }

    private void relations(Aggregates aggregates) {
        for (Relation relation : erm.relations()) {
            boolean known = true;
            for (String end : List.of(relation.origin(), relation.destination())) {
                if (!entities.containsKey(end)) {
                    errors.add(Diagnostic.error(relation.location(), "ref", "relation names unknown entity '" + end
                            + "' (known: " + String.join(", ", entities.keySet()) + ")"));
                    known = false;
                }
            }
            if (!known || relation.origin().equals(relation.destination())) {
                continue;
            }
            references.get(relation.origin()).add(relation.destination());
            if (relation.type().equals("COMPOSITION")) {
                aggregates.compose(relation.origin(), relation.destination());
            } else if (relation.type().equals("INHERITANCE")) {
                unmapped.add(new Diagnostic(relation.location(), Severity.WARNING, "inheritance "
                        + relation.origin() + " -> " + relation.destination()
                        + " has no equivalent in the model; it is kept as a reference", "unmapped"));
            }
        }
    }

    private void groupsToAggregates(List<NamedGroup> groups, String what, Aggregates aggregates) {
        Plurality plurality = new Plurality(this::resolve, unmapped);
        Map<String, String> groupOf = plurality.assign(groups, what);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (NamedGroup group : groups) {
            members.put(group.name(), new ArrayList<>());
        }
        for (String entity : entities.keySet()) {
            String group = groupOf.get(entity);
            if (group != null) {
                members.get(group).add(entity);
            }
        }
        for (NamedGroup group : groups) {
            aggregates.group(group.name(), members.get(group.name()));
        }
    }

    private List<UseCase> useCases() {
        List<UseCase> useCases = new ArrayList<>();
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        for (UseCaseRep rep : reps.useCases()) {
            if (seen.putIfAbsent(rep.name(), rep.location()) != null) {
                errors.add(Diagnostic.error(rep.location(), "duplicate", "use case '" + rep.name()
                        + "' is declared twice; the first is at " + seen.get(rep.name())));
                continue;
            }
            Set<String> writes = entitiesOf(rep.writes());
            Set<String> reads = entitiesOf(rep.reads());
            reads.removeAll(writes);
            useCases.add(new UseCase(rep.name(), List.copyOf(reads), List.copyOf(writes), rep.latencyCritical(),
                    rep.location()));
        }
        return useCases;
    }

    private Set<String> entitiesOf(List<NanoRef> nanos) {
        Set<String> result = new LinkedHashSet<>();
        for (NanoRef nano : nanos) {
            resolve(nano).ifPresent(result::add);
        }
        return result;
    }

    private List<Service> services(Map<String, String> serviceOf, String context) {
        Map<String, List<String>> owned = new LinkedHashMap<>();
        for (NamedGroup group : reps.predefinedServices()) {
            owned.putIfAbsent(group.name(), new ArrayList<>());
        }
        entities.keySet().forEach(e -> {
            if (serviceOf.containsKey(e)) {
                owned.get(serviceOf.get(e)).add(e);
            }
        });
        Map<String, String> teams = new TeamMapper(this::resolve, unmapped).teams(reps.sharedOwnerGroups(), serviceOf);
        List<Service> services = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (NamedGroup group : reps.predefinedServices()) {
            if (!done.add(group.name())) {
                errors.add(Diagnostic.error(group.location(), "duplicate",
                        "predefined service '" + group.name() + "' is declared twice"));
                continue;
            }
            if (owned.get(group.name()).isEmpty()) {
                unmapped.add(new Diagnostic(group.location(), Severity.WARNING, "predefined service '" + group.name()
                        + "' ends up owning no entity (each entity goes to the service listing most of its "
                        + "nanoentities); it is left out", "unmapped"));
                continue;
            }
            services.add(new Service(group.name(), context, Optional.ofNullable(teams.get(group.name())),
                    OptionalDouble.empty(), owned.get(group.name()), List.of(), List.of(), Deployment.DEFAULT,
                    group.location()));
        }
        List<String> homeless = entities.keySet().stream().filter(e -> !serviceOf.containsKey(e)).toList();
        if (!homeless.isEmpty()) {
            unmapped.add(new Diagnostic(erm.location(), Severity.NOTE, (reps.predefinedServices().isEmpty()
                    ? "no predefined services: the model has no services yet"
                    : "entities in no predefined service are owned by no service: " + String.join(", ", homeless))
                    + "; run 'mdecomp propose' on the imported model for a cut", "unmapped"));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return services;
    }

    /** The entity a nanoentity reference names, or empty after recording an error. */
    Optional<String> resolve(NanoRef nano) {
        ErmEntity entity = entities.get(nano.entity());
        if (entity == null) {
            errors.add(Diagnostic.error(nano.location(), "ref", "unknown entity '" + nano.entity() + "' in nanoentity '"
                    + nano.text() + "'" + DocumentReader.suggestion(nano.entity(), List.copyOf(entities.keySet()))
                    + " (known: " + String.join(", ", entities.keySet()) + ")"));
            return Optional.empty();
        }
        List<String> attributes = entity.nanoentities().stream().map(NanoRef::text).toList();
        if (!attributes.contains(nano.attribute())) {
            errors.add(Diagnostic.error(nano.location(), "ref", "entity '" + entity.name() + "' has no nanoentity '"
                    + nano.attribute() + "'" + DocumentReader.suggestion(nano.attribute(), attributes)
                    + " (known: " + String.join(", ", attributes) + ")"));
            return Optional.empty();
        }
        return Optional.of(entity.name());
    }
}
