package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.CharacteristicGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.Erm;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.ErmEntity;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NamedGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NanoRef;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.Relation;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.UseCaseRep;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.UserReps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns located JSON trees into {@link Erm} and {@link UserReps}, checking the shape of Service
 * Cutter's JSON schemas ({@code 1_erm.json}, {@code 2_userReps.json}: unknown keys and wrong
 * types are errors). Every problem is collected, none stops the reading of the rest.
 */
final class DocumentReader {

    static final Set<String> RELATION_TYPES = Set.of("AGGREGATION", "COMPOSITION", "INHERITANCE");
    static final List<String> COMPATIBILITIES = List.of("structuralVolatility", "contentVolatility",
            "consistencyCriticality", "availabilityCriticality", "storageSimilarity", "securityCriticality");
    private static final List<String> GROUP_KEYS = List.of("aggregates", "entities", "predefinedServices",
            "sharedOwnerGroups", "securityAccessGroups", "separatedSecurityZones");

    private final List<Diagnostic> diagnostics;

    DocumentReader(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Erm erm(JsonNode root) {
        if (!expect(root, JsonNode.Kind.OBJECT, "the entity-relationship model")) {
            return new Erm("", List.of(), List.of(), root.location());
        }
        keys(root, List.of("name", "entities", "relations"));
        String name = string(root.fields().get("name"), "name");
        List<ErmEntity> entities = new ArrayList<>();
        for (JsonNode item : array(root, "entities")) {
            if (expect(item, JsonNode.Kind.OBJECT, "an entity")) {
                keys(item, List.of("name", "nanoentities"));
                String entityName = required(item, "name");
                List<NanoRef> nanos = new ArrayList<>();
                for (JsonNode nano : array(item, "nanoentities")) {
                    String text = string(nano, "a nanoentity");
                    if (!text.isEmpty()) {
                        nanos.add(new NanoRef(text, nano.location()));
                    }
                }
                if (!entityName.isEmpty()) {
                    entities.add(new ErmEntity(entityName, nanos, item.location()));
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode item : array(root, "relations")) {
            if (expect(item, JsonNode.Kind.OBJECT, "a relation")) {
                keys(item, List.of("origin", "destination", "type"));
                String origin = required(item, "origin");
                String destination = required(item, "destination");
                String type = required(item, "type").toUpperCase(Locale.ROOT);
                if (!type.isEmpty() && !RELATION_TYPES.contains(type)) {
                    diagnostics.add(Diagnostic.error(item.fields().get("type").location(), "type",
                            "unknown relation type '" + type + "' (known: AGGREGATION, COMPOSITION, INHERITANCE)"));
                } else if (!origin.isEmpty() && !destination.isEmpty() && !type.isEmpty()) {
                    relations.add(new Relation(origin, destination, type, item.location()));
                }
            }
        }
        return new Erm(name, entities, relations, root.location());
    }

    UserReps userReps(JsonNode root) {
        if (!expect(root, JsonNode.Kind.OBJECT, "the user representations")) {
            return new UserReps(List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<String> known = new ArrayList<>(GROUP_KEYS);
        known.add("useCases");
        known.add("compatibilities");
        keys(root, known);
        List<UseCaseRep> useCases = new ArrayList<>();
        for (JsonNode item : array(root, "useCases")) {
            if (expect(item, JsonNode.Kind.OBJECT, "a use case")) {
                keys(item, List.of("name", "nanoentitiesRead", "nanoentitiesWritten", "latencyCritical",
                        "isLatencyCritical"));
                JsonNode latency = item.fields().getOrDefault("latencyCritical", item.fields().get("isLatencyCritical"));
                useCases.add(new UseCaseRep(required(item, "name"), nanos(item, "nanoentitiesRead"),
                        nanos(item, "nanoentitiesWritten"), bool(latency), item.location()));
            }
        }
        Map<String, List<CharacteristicGroup>> compatibilities = new TreeMap<>();
        JsonNode compat = root.fields().get("compatibilities");
        if (compat != null && expect(compat, JsonNode.Kind.OBJECT, "'compatibilities'")) {
            keys(compat, COMPATIBILITIES);
            for (String criterion : COMPATIBILITIES) {
                List<CharacteristicGroup> groups = new ArrayList<>();
                for (JsonNode item : array(compat, criterion)) {
                    if (expect(item, JsonNode.Kind.OBJECT, "a characteristic")) {
                        keys(item, List.of("characteristic", "nanoentities"));
                        groups.add(new CharacteristicGroup(required(item, "characteristic"),
                                nanos(item, "nanoentities"), item.location()));
                    }
                }
                compatibilities.put(criterion, groups);
            }
        }
        Map<String, List<NamedGroup>> groups = new LinkedHashMap<>();
        for (String key : GROUP_KEYS) {
            List<NamedGroup> list = new ArrayList<>();
            for (JsonNode item : array(root, key)) {
                if (expect(item, JsonNode.Kind.OBJECT, "a group of '" + key + "'")) {
                    keys(item, List.of("name", "nanoentities"));
                    list.add(new NamedGroup(required(item, "name"), nanos(item, "nanoentities"), item.location()));
                }
            }
            groups.put(key, list);
        }
        return new UserReps(useCases, compatibilities, groups.get("aggregates"), groups.get("entities"),
                groups.get("predefinedServices"), groups.get("sharedOwnerGroups"),
                groups.get("securityAccessGroups"), groups.get("separatedSecurityZones"));
    }

    private List<NanoRef> nanos(JsonNode object, String key) {
        List<NanoRef> nanos = new ArrayList<>();
        for (JsonNode nano : array(object, key)) {
            String text = string(nano, "a nanoentity");
            if (!text.isEmpty()) {
                nanos.add(new NanoRef(text, nano.location()));
            }
        }
        return nanos;
    }

    private boolean bool(JsonNode node) {
        if (node == null || node.is(JsonNode.Kind.NULL)) {
            return false;
        }
        if ((node.is(JsonNode.Kind.BOOLEAN) || node.is(JsonNode.Kind.STRING))
                && (node.text().equalsIgnoreCase("true") || node.text().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.text().toLowerCase(Locale.ROOT));
        }
        diagnostics.add(Diagnostic.error(node.location(), "type",
                "expected true or false, got " + node.kind().label() + " '" + node.text() + "'"));
        return false;
    }

    private List<JsonNode> array(JsonNode object, String key) {
        JsonNode node = object.fields().get(key);
        if (node == null || node.is(JsonNode.Kind.NULL)) {
            return List.of();
        }
        return expect(node, JsonNode.Kind.ARRAY, "'" + key + "'") ? node.items() : List.of();
    }

    private String required(JsonNode object, String key) {
        JsonNode node = object.fields().get(key);
        if (node == null) {
            diagnostics.add(Diagnostic.error(object.location(), "missing", "'" + key + "' is missing here"));
            return "";
        }
        String text = string(node, "'" + key + "'");
        if (text.isBlank() && node.is(JsonNode.Kind.STRING)) {
            diagnostics.add(Diagnostic.error(node.location(), "missing", "'" + key + "' is empty"));
        }
        return text.trim();
    }

    private String string(JsonNode node, String what) {
        if (node == null) {
            return "";
        }
        return expect(node, JsonNode.Kind.STRING, what) ? node.text() : "";
    }

    private boolean expect(JsonNode node, JsonNode.Kind kind, String what) {
        if (node.is(kind)) {
            return true;
        }
        diagnostics.add(Diagnostic.error(node.location(), "type",
                what + " must be a JSON " + kind.label() + ", got " + node.kind().label()));
        return false;
    }

    private void keys(JsonNode object, List<String> known) {
        for (Map.Entry<String, JsonNode> field : object.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                diagnostics.add(Diagnostic.error(field.getValue().location(), "unknown-key",
                        "unknown key '" + field.getKey() + "'" + suggestion(field.getKey(), known)
                                + " (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    /** {@code ; did you mean 'x'?} when a known key is within edit distance 2 (case-insensitive). */
    static String suggestion(String word, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
