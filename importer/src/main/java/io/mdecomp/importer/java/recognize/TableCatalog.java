package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.sql.CreatedTable;
import io.mdecomp.importer.java.sql.Sql;
import io.mdecomp.importer.java.sql.TableUse;
import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of the code base and the entities each is tied to, with weights: an entity's own
 * table ({@code @Table}, {@code @SecondaryTable}, or its default name) 5; a join or collection
 * table 3 for the owning entity and 1 for the other side; a table whose name is an entity's name
 * (or its plural, ignoring case and underscores) 3; each MyBatis statement on the table that maps
 * an entity 2; SQL in a method that takes or returns an entity 1; and, for a table tied to nothing
 * else, 1 for each entity of a table its foreign keys connect it to. Table names are lower case
 * (unquoted SQL names ignore case). Built once per import; {@link #tie} adds ties found in code.
 */
public final class TableCatalog {

    /** A table and what ties it to entities. */
    public static final class Table {
        private final String name;
        private final SourceLocation location;
        private final Map<TypeDecl, Integer> ties = new LinkedHashMap<>();
        private final List<String> origins = new ArrayList<>();
        private final List<String> references = new ArrayList<>();

        Table(String name, SourceLocation location) {
            this.name = name;
            this.location = location;
        }

        public String name() {
            return name;
        }

        /** Where it was first seen: its {@code CREATE TABLE}, annotation or statement. */
        public SourceLocation location() {
            return location;
        }

        /** Entity → weight, in the order the ties were found. */
        public Map<TypeDecl, Integer> ties() {
            return ties;
        }

        /** How it was found, one phrase each. */
        public List<String> origins() {
            return origins;
        }
    }

    private final Map<String, Table> tables = new TreeMap<>();
    private final Map<String, TypeDecl> entityKeys = new HashMap<>();
    private final java.util.Set<String> entityNames = new java.util.HashSet<>();

    /** The tables by name, sorted. */
    public Map<String, Table> tables() {
        return tables;
    }

    /** The table with this name (any case, with or without schema), if known. */
    public Optional<Table> table(String written) {
        return Optional.ofNullable(tables.get(Sql.name(written)));
    }

    /** The entity a JPQL name or a table name means by name (exact name, ignoring case and underscores, or a plural). */
    public Optional<TypeDecl> entityNamed(String written) {
        String key = key(Sql.name(written));
        TypeDecl exact = entityKeys.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (key.endsWith("ies")) {
            return Optional.ofNullable(entityKeys.get(key.substring(0, key.length() - 3) + "y"));
        }
        if (key.endsWith("es") && entityKeys.containsKey(key.substring(0, key.length() - 2))) {
            return Optional.of(entityKeys.get(key.substring(0, key.length() - 2)));
        }
        return key.endsWith("s") ? Optional.ofNullable(entityKeys.get(key.substring(0, key.length() - 1)))
                : Optional.empty();
    }

    /** Whether {@code written} is exactly an entity's class name or JPA entity name, as JPQL names entities. */
    public boolean isEntityName(String written) {
        return entityNames.contains(written);
    }

    /** Adds {@code weight} to the tie between {@code table} (created if new) and {@code entity}. */
    public void tie(String table, SourceLocation at, TypeDecl entity, int weight, String origin) {
        Table entry = ensure(table, at, origin);
        entry.ties.merge(entity, weight, Integer::sum);
    }

    /** Records that {@code table} (created if new) is named at {@code at}. */
    public void note(String table, SourceLocation at, String origin) {
        ensure(table, at, origin);
    }

    private Table ensure(String written, SourceLocation at, String origin) {
        Table entry = tables.computeIfAbsent(Sql.name(written), n -> new Table(n, at));
        if (!entry.origins.contains(origin)) {
            entry.origins.add(origin);
        }
        return entry;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** Builds the catalogue from DDL scripts, entity mappings, MyBatis statements and names. */
    static TableCatalog build(List<SourceFile> sqlFiles, Map<TypeDecl, EntityFact> entities, TypeIndex index,
                              Frameworks frameworks, MyBatisMappers mappers) {
        TableCatalog catalog = new TableCatalog();
        for (TypeDecl entity : entities.keySet()) {
            catalog.entityKeys.putIfAbsent(key(entity.name()), entity);
            catalog.entityNames.add(entity.name());
            frameworks.find(entity, entity, "Entity", Frameworks.PERSISTENCE).flatMap(a -> a.strings("name").stream()
                    .findFirst()).ifPresent(name -> {
                        catalog.entityKeys.putIfAbsent(key(name), entity);
                        catalog.entityNames.add(name);
                    });
        }
        Map<String, String> byKey = new HashMap<>();
        for (SourceFile file : sqlFiles) {
            for (CreatedTable created : Sql.createdTables(file.text())) {
                Table table = catalog.ensure(created.name(), new SourceLocation(file.name(), created.line(), 1),
                        "CREATE TABLE in " + file.name());
                created.references().forEach(r -> {
                    if (!table.references.contains(r)) {
                        table.references.add(r);
                    }
                });
                byKey.putIfAbsent(key(created.name()), created.name());
            }
        }
        for (Map.Entry<TypeDecl, EntityFact> entry : entities.entrySet()) {
            catalog.mapped(entry.getKey(), entry.getValue(), byKey, frameworks);
        }
        mappers.byNamespace().values().forEach(statements -> statements.forEach(statement -> {
            SourceLocation at = new SourceLocation(statement.file(), statement.line(), 1);
            List<TypeDecl> types = statement.types().stream().map(mappers::type).flatMap(Optional::stream)
                    .filter(entities::containsKey).toList();
            for (TableUse use : Sql.tables(statement.sql())) {
                Table table = catalog.ensure(use.table(), at, "MyBatis statement " + statement.id());
                types.forEach(t -> table.ties.merge(t, 2, Integer::sum));
            }
        }));
        for (Table table : catalog.tables.values()) {
            catalog.entityNamed(table.name()).ifPresent(e -> table.ties.merge(e, 3, Integer::sum));
        }
        return catalog;
    }

    /** Ties an entity's own, secondary, join and collection tables. */
    private void mapped(TypeDecl type, EntityFact fact, Map<String, String> ddl, Frameworks frameworks) {
        SourceLocation at = new SourceLocation(type.file(), type.line(), 1);
        if (fact.rule() == EntityRule.JPA_ENTITY || fact.rule() == EntityRule.PERSISTENCE_XML) {
            Optional<String> declared = frameworks.find(type, type, "Table", Frameworks.PERSISTENCE)
                    .flatMap(a -> a.strings("name").stream().findFirst());
            String name = declared.orElseGet(() -> frameworks.find(type, type, "Entity", Frameworks.PERSISTENCE)
                    .flatMap(a -> a.strings("name").stream().findFirst()).orElse(type.name()));
            String table = Optional.ofNullable(ddl.get(key(name))).orElse(declared.isPresent() ? name : snake(name));
            tie(table, at, type, 5, (fact.rule() == EntityRule.JPA_ENTITY ? "@Entity " : "entity ") + type.name());
            frameworks.find(type, type, "SecondaryTable", Frameworks.PERSISTENCE)
                    .flatMap(a -> a.strings("name").stream().findFirst())
                    .ifPresent(t -> tie(t, at, type, 5, "@SecondaryTable of " + type.name()));
        }
        for (FieldDecl field : type.fields()) {
            SourceLocation fieldAt = new SourceLocation(type.file(), field.line(), 1);
            for (String kind : List.of("JoinTable", "CollectionTable")) {
                Optional<AnnotationUse> annotation = frameworks.find(field, type, kind, Frameworks.PERSISTENCE);
                Optional<String> name = annotation.flatMap(a -> a.strings("name").stream().findFirst());
                if (name.isPresent()) {
                    tie(name.get(), fieldAt, type, 3, "@" + kind + " on " + type.name() + "." + field.name());
                }
            }
        }
    }

    /** {@code PetType} → {@code pet_type}: Spring Boot's default physical naming. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Gives tables tied to no entity the entities of the tables their foreign keys connect them to (weight 1). */
    void tieByForeignKeys() {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Table table : tables.values()) {
            for (String reference : table.references) {
                neighbours.computeIfAbsent(table.name, k -> new ArrayList<>()).add(reference);
                neighbours.computeIfAbsent(reference, k -> new ArrayList<>()).add(table.name);
            }
        }
        Map<Table, List<TypeDecl>> additions = new LinkedHashMap<>();
        for (Table table : tables.values()) {
            if (!table.ties.isEmpty()) {
                continue;
            }
            List<TypeDecl> found = new ArrayList<>();
            for (String neighbour : neighbours.getOrDefault(table.name, List.of())) {
                Table other = tables.get(neighbour);
                if (other != null) {
                    other.ties.keySet().stream().filter(e -> !found.contains(e)).forEach(found::add);
                }
            }
            additions.put(table, found);
        }
        additions.forEach((table, found) -> {
            if (!found.isEmpty()) {
                table.origins.add("foreign keys");
                found.forEach(e -> table.ties.merge(e, 1, Integer::sum));
            }
        });
    }
}
