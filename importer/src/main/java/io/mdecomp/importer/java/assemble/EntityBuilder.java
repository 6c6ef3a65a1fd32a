package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeKind;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.recognize.EntityFact;
import io.mdecomp.importer.java.recognize.EntityRule;
import io.mdecomp.importer.java.recognize.Recognition;
import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the entities: attributes from instance fields (inherited ones included; static,
 * {@code transient} and {@code @Transient} fields left out) with Java types mapped to the model's
 * (see {@link #primitive}); references to the entities fields hold and to an entity superclass;
 * aggregates from composition: a JPA association with {@code cascade} ALL or REMOVE or
 * {@code orphanRemoval}, {@code @Embedded}, {@code @EmbeddedId} and {@code @ElementCollection}
 * fields, and value objects and unmapped domain classes that only one entity holds. A part with
 * one whole belongs to the whole's root; the roots are aggregate roots, {@code @Embeddable}s value
 * objects, the rest aggregates of one (roots too).
 */
final class EntityBuilder {

    private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "SortedSet", "NavigableSet",
            "Iterable", "ArrayList", "HashSet", "LinkedHashSet", "TreeSet", "LinkedList", "Queue", "Deque",
            "Vector", "Stream", "Page", "Slice", "Flux");
    private static final Set<String> WRAPPERS = Set.of("Optional", "Mono", "AtomicReference", "Supplier");
    private static final Set<String> ASSOCIATIONS = Set.of("OneToMany", "OneToOne", "ManyToMany", "ManyToOne");
    private static final Set<String> COMPOSITIONS = Set.of("Embedded", "EmbeddedId", "ElementCollection");
    private static final Map<String, String> PRIMITIVES = new HashMap<>();

    static {
        for (String t : List.of("String", "char", "Character", "CharSequence", "StringBuilder", "StringBuffer", "URI",
                "URL", "Locale", "Currency", "Pattern", "ZoneId", "Class", "Object", "Enum")) {
            PRIMITIVES.put(t, "string");
        }
        for (String t : List.of("int", "Integer", "short", "Short", "byte", "Byte", "AtomicInteger")) {
            PRIMITIVES.put(t, "int");
        }
        for (String t : List.of("long", "Long", "BigInteger", "AtomicLong", "Duration")) {
            PRIMITIVES.put(t, "long");
        }
        for (String t : List.of("double", "Double", "float", "Float", "BigDecimal", "Number", "MonetaryAmount")) {
            PRIMITIVES.put(t, "decimal");
        }
        for (String t : List.of("boolean", "Boolean", "AtomicBoolean")) {
            PRIMITIVES.put(t, "boolean");
        }
        for (String t : List.of("LocalDate", "Year", "YearMonth", "MonthDay")) {
            PRIMITIVES.put(t, "date");
        }
        for (String t : List.of("LocalDateTime", "Instant", "Date", "Timestamp", "ZonedDateTime", "OffsetDateTime",
                "Calendar", "GregorianCalendar", "LocalTime", "Time", "OffsetTime")) {
            PRIMITIVES.put(t, "datetime");
        }
        PRIMITIVES.put("UUID", "uuid");
    }

    private final Recognition facts;
    private final Naming names;
    private final Set<String> guesses = new java.util.LinkedHashSet<>();

    EntityBuilder(Recognition facts, Naming names) {
        this.facts = facts;
        this.names = names;
    }

    /** Guesses made while mapping types and aggregates, for the report. */
    Set<String> guesses() {
        return guesses;
    }

    List<EntityDraft> build() {
        Map<TypeDecl, Set<TypeDecl>> wholes = new LinkedHashMap<>();
        Map<TypeDecl, Set<TypeDecl>> holders = new LinkedHashMap<>();
        for (TypeDecl entity : facts.entities().keySet()) {
            for (TypeDecl owner : ownLineage(entity)) {
                for (FieldDecl field : owner.fields()) {
                    if (!persistent(field)) {
                        continue;
                    }
                    for (TypeDecl part : entityTypes(field.type(), owner)) {
                        if (part == entity) {
                            continue;
                        }
                        holders.computeIfAbsent(part, k -> new HashSet<>()).add(entity);
                        if (composes(field, owner)) {
                            wholes.computeIfAbsent(part, k -> new HashSet<>()).add(entity);
                        }
                    }
                }
            }
        }
        for (Map.Entry<TypeDecl, Set<TypeDecl>> entry : holders.entrySet()) {
            EntityRule rule = facts.entities().get(entry.getKey()).rule();
            if ((rule == EntityRule.EMBEDDABLE || rule == EntityRule.DOMAIN_PACKAGE) && entry.getValue().size() == 1) {
                wholes.computeIfAbsent(entry.getKey(), k -> new HashSet<>()).addAll(entry.getValue());
            }
        }
        Map<TypeDecl, TypeDecl> roots = roots(wholes);
        Set<TypeDecl> hasParts = new HashSet<>(roots.values());
        List<EntityDraft> out = new ArrayList<>();
        for (Map.Entry<TypeDecl, EntityFact> entry : facts.entities().entrySet()) {
            TypeDecl type = entry.getKey();
            Optional<TypeDecl> root = Optional.ofNullable(roots.get(type));
            EntityKind kind = entry.getValue().rule() == EntityRule.EMBEDDABLE ? EntityKind.VALUE_OBJECT
                    : root.isPresent() ? EntityKind.ENTITY : EntityKind.AGGREGATE_ROOT;
            if (hasParts.contains(type) && kind == EntityKind.VALUE_OBJECT) {
                kind = EntityKind.AGGREGATE_ROOT;
            }
            out.add(new EntityDraft(type, names.of(type), kind, root, attributes(type), references(type)));
        }
        return out;
    }

    /** Part → the root of its aggregate, for parts with exactly one whole; cycles are broken. */
    private Map<TypeDecl, TypeDecl> roots(Map<TypeDecl, Set<TypeDecl>> wholes) {
        Map<TypeDecl, TypeDecl> parent = new LinkedHashMap<>();
        for (Map.Entry<TypeDecl, Set<TypeDecl>> entry : wholes.entrySet()) {
            if (entry.getValue().size() == 1) {
                parent.put(entry.getKey(), entry.getValue().iterator().next());
            } else {
                guesses.add(names.of(entry.getKey()) + " is composed into " + entry.getValue().size()
                        + " entities; it is left out of their aggregates");
            }
        }
        Map<TypeDecl, TypeDecl> roots = new LinkedHashMap<>();
        for (TypeDecl part : parent.keySet()) {
            Set<TypeDecl> path = new HashSet<>();
            TypeDecl current = part;
            while (parent.containsKey(current) && path.add(current)) {
                current = parent.get(current);
            }
            if (parent.containsKey(current)) {
                guesses.add(names.of(part) + " is part of a cycle of compositions; it is left an aggregate of its own");
            } else {
                roots.put(part, current);
            }
        }
        return roots;
    }

    /** The type and its non-entity ancestors (mapped superclasses, base classes), whose fields it has. */
    private List<TypeDecl> ownLineage(TypeDecl entity) {
        List<TypeDecl> out = new ArrayList<>();
        for (TypeDecl type : facts.index().lineage(entity)) {
            if (type == entity || type.kind() == TypeKind.CLASS && !facts.entities().containsKey(type)) {
                out.add(type);
            }
        }
        return out;
    }

    private boolean persistent(FieldDecl field) {
        return !field.isStatic() && !field.isTransient()
                && field.annotations().stream().noneMatch(a -> a.simpleName().equals("Transient"));
    }

    private boolean composes(FieldDecl field, TypeDecl owner) {
        for (AnnotationUse annotation : field.annotations()) {
            if (COMPOSITIONS.contains(annotation.simpleName())) {
                return true;
            }
            if (ASSOCIATIONS.contains(annotation.simpleName()) && !annotation.simpleName().equals("ManyToOne")
                    && (annotation.mentions("ALL") || annotation.mentions("REMOVE")
                    || annotation.values("orphanRemoval").contains("=true"))) {
                return true;
            }
        }
        return false;
    }

    private List<TypeDecl> entityTypes(TypeRef ref, TypeDecl context) {
        List<TypeDecl> out = new ArrayList<>();
        facts.index().resolve(ref, context).filter(facts.entities()::containsKey).ifPresent(out::add);
        for (TypeRef argument : ref.arguments()) {
            out.addAll(entityTypes(argument, context));
        }
        return out;
    }

    private List<Attribute> attributes(TypeDecl entity) {
        List<Attribute> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TypeDecl> lineage = ownLineage(entity);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            TypeDecl owner = lineage.get(i);
            for (FieldDecl field : owner.fields()) {
                if (persistent(field) && !field.name().equals("serialVersionUID") && seen.add(field.name())) {
                    out.add(new Attribute(Names.identifier(field.name()), attributeType(field.type(), owner)));
                }
            }
        }
        return out;
    }

    private List<String> references(TypeDecl entity) {
        List<String> out = new ArrayList<>();
        for (TypeDecl owner : ownLineage(entity)) {
            for (FieldDecl field : owner.fields()) {
                if (persistent(field)) {
                    for (TypeDecl target : entityTypes(field.type(), owner)) {
                        String name = names.of(target);
                        if (target != entity && !out.contains(name)) {
                            out.add(name);
                        }
                    }
                }
            }
        }
        for (TypeDecl ancestor : facts.index().lineage(entity)) {
            if (ancestor != entity && facts.entities().containsKey(ancestor) && !out.contains(names.of(ancestor))) {
                out.add(names.of(ancestor));
                break;
            }
        }
        return out;
    }

    /** The model type of a field: an entity, a primitive, or {@code list<T>} of one; unknown types are strings. */
    AttributeType attributeType(TypeRef ref, TypeDecl context) {
        if (ref.dimensions() > 0) {
            if (ref.dimensions() == 1 && (ref.name().equals("byte") || ref.name().equals("char"))) {
                return new AttributeType("string", false);
            }
            return new AttributeType(element(new TypeRef(ref.name(), ref.arguments(), 0), context), true);
        }
        String simple = ref.simpleName();
        if (WRAPPERS.contains(simple) && !ref.arguments().isEmpty()) {
            return attributeType(ref.arguments().get(0), context);
        }
        if (COLLECTIONS.contains(simple)) {
            return new AttributeType(ref.arguments().isEmpty() ? "string" : element(ref.arguments().get(0), context), true);
        }
        if (simple.endsWith("Map") && ref.arguments().size() == 2) {
            return new AttributeType(element(ref.arguments().get(1), context), true);
        }
        return new AttributeType(element(ref, context), false);
    }

    private String element(TypeRef ref, TypeDecl context) {
        Optional<TypeDecl> declared = facts.index().resolve(ref, context);
        if (declared.isPresent() && facts.entities().containsKey(declared.get())) {
            return names.of(declared.get());
        }
        if (declared.isPresent() && declared.get().kind() == TypeKind.ENUM) {
            return "string";
        }
        String primitive = PRIMITIVES.get(ref.simpleName());
        if (primitive != null) {
            return primitive;
        }
        guesses.add("type " + ref + " in " + context.name() + " is written as string");
        return "string";
    }
}
