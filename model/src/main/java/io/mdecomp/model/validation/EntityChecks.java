package io.mdecomp.model.validation;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The entity rules of {@link ModelValidator}: references, attribute types and aggregates. */
final class EntityChecks {

    /** What other languages call the attribute types, lower-cased, to the type's name here. */
    private static final java.util.Map<String, String> TYPE_SYNONYMS = Map.ofEntries(
            Map.entry("string", "string"), Map.entry("text", "string"),
            Map.entry("varchar", "string"), Map.entry("char", "string"),
            Map.entry("int", "int"), Map.entry("integer", "int"), Map.entry("int32", "int"),
            Map.entry("short", "int"), Map.entry("long", "long"), Map.entry("int64", "long"),
            Map.entry("bigint", "long"), Map.entry("decimal", "decimal"),
            Map.entry("bigdecimal", "decimal"), Map.entry("double", "decimal"),
            Map.entry("float", "decimal"), Map.entry("number", "decimal"),
            Map.entry("money", "decimal"), Map.entry("boolean", "boolean"),
            Map.entry("bool", "boolean"), Map.entry("date", "date"),
            Map.entry("localdate", "date"), Map.entry("datetime", "datetime"),
            Map.entry("localdatetime", "datetime"), Map.entry("instant", "datetime"),
            Map.entry("timestamp", "datetime"), Map.entry("offsetdatetime", "datetime"),
            Map.entry("zoneddatetime", "datetime"), Map.entry("uuid", "uuid"),
            Map.entry("guid", "uuid"));

    private final ModelValidator.Checks checks;

    EntityChecks(ModelValidator.Checks checks) {
        this.checks = checks;
    }

    void run() {
        Set<String> onCycles = aggregateCycles();
        checks.model.entities().forEach(entity -> {
            String subject = "entity '" + entity.name() + "'";
            checks.entityRefs(entity.location(), "references", subject + " references", entity.references());
            attributes(entity, subject);
            if (!onCycles.contains(entity.name())) {
                aggregate(entity, subject);
            }
        });
    }

    private void attributes(Entity entity, String subject) {
        List<Attribute> attributes = entity.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeType type = attributes.get(i).type();
            if (!type.isPrimitive() && !checks.entities.containsKey(type.element())) {
                List<String> known = new ArrayList<>(new TreeSet<>(AttributeType.PRIMITIVES));
                known.addAll(checks.entities.keySet());
                checks.unknown(checks.locator.locate(entity.location(), "attributes", i), subject + " attribute '"
                        + attributes.get(i).name() + "' has", "type", type.element(), known,
                        typeHint(type.element(), known));
            }
        }
    }

    /**
     * "; did you mean 'string'?" for a type written as in Java, SQL or JSON Schema ({@code String},
     * {@code Integer}, {@code timestamp}), or close to a known type or entity name.
     */
    private static String typeHint(String type, List<String> known) {
        String synonym = TYPE_SYNONYMS.get(type.toLowerCase(Locale.ROOT));
        if (synonym != null) {
            return "; did you mean '" + synonym + "'?";
        }
        return Suggestions.didYouMean(type, known);
    }

    private void aggregate(Entity entity, String subject) {
        if (entity.aggregate().isEmpty()) {
            return;
        }
        String root = entity.aggregate().get();
        SourceLocation at = checks.locator.locate(entity.location(), "aggregate");
        if (entity.kind() == EntityKind.AGGREGATE_ROOT) {
            checks.error(at, "aggregate", subject + " is an aggregate root and cannot belong to aggregate '" + root
                    + "'; remove 'aggregate' or change its kind");
            return;
        }
        Entity target = checks.entities.get(root);
        if (target == null) {
            List<String> roots = checks.model.entities()
                    .filter(e -> e.context().equals(entity.context()) && e.kind() == EntityKind.AGGREGATE_ROOT)
                    .map(Entity::name).toList();
            checks.unknown(at, subject + " belongs to", "aggregate", root, roots);
        } else if (!target.context().equals(entity.context())) {
            checks.error(at, "aggregate", subject + " of context '" + entity.context() + "' belongs to aggregate '"
                    + root + "' of context '" + target.context() + "'; an aggregate lies within one context");
        } else if (target.kind() != EntityKind.AGGREGATE_ROOT) {
            checks.error(at, "aggregate", subject + " belongs to '" + root + "', which is not an aggregate root (its"
                    + " kind is " + target.kind().yamlName() + "); point 'aggregate' at the root");
        }
    }

    /**
     * Finds cycles of {@code aggregate} pointers (A → B → A, or A → A) in O(n), reports each once
     * at its alphabetically first entity, and returns the entities on them.
     */
    private Set<String> aggregateCycles() {
        Map<String, Integer> state = new HashMap<>();
        Set<String> onCycles = new HashSet<>();
        for (String start : checks.entities.keySet()) {
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && state.getOrDefault(current, 0) == 0) {
                state.put(current, 1);
                path.add(current);
                Entity entity = checks.entities.get(current);
                current = entity.kind() == EntityKind.AGGREGATE_ROOT ? null : entity.aggregate()
                        .filter(checks.entities::containsKey).orElse(null);
            }
            if (current != null && state.get(current) == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                onCycles.addAll(cycle);
                report(cycle);
            }
            path.forEach(name -> state.put(name, 2));
        }
        return onCycles;
    }

    private void report(List<String> cycle) {
        int first = cycle.indexOf(new TreeSet<>(cycle).first());
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        rotated.add(rotated.get(0));
        Entity entity = checks.entities.get(rotated.get(0));
        checks.error(checks.locator.locate(entity.location(), "aggregate"), "aggregate", "aggregate cycle: "
                + String.join(" -> ", rotated) + "; one entity of an aggregate must be its root (kind aggregate-root)");
    }
}
