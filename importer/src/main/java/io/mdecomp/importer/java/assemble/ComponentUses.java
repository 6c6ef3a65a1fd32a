package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.CallSite;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.ParameterDecl;
import io.mdecomp.importer.java.code.Scope;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.recognize.DataAccess;
import io.mdecomp.importer.java.recognize.Handler;
import io.mdecomp.importer.java.recognize.MapperStatement;
import io.mdecomp.importer.java.recognize.Recognition;
import io.mdecomp.importer.java.recognize.TableCatalog;
import io.mdecomp.importer.java.recognize.ViewFact;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How strongly each class, table and view touches each entity. For a class (with its nested
 * types): being the entity {@value #SELF}; a field of the entity's type (also as a type argument)
 * {@value #FIELD}; each mention in a signature or body 1; each of its methods that reads or writes
 * the entity through a repository, DAO, mapper, entity manager or SQL {@value #ACCESS}; the entity
 * a repository manages {@value #SELF}, and 2 for each MyBatis statement of a mapper that maps it;
 * each handler method that reaches the entity 1; a mapped superclass or other base class 1 for each
 * entity that extends it; a class that touches no entity but names a cache another class declares
 * 1 for that class's main entity ({@link CacheNames}); and a class that still touches no entity 1
 * for the main entity of each class that refers to it by type. For a table: its ties (see {@link TableCatalog}). For a view: 2 for each
 * entity the handlers that render it reach or mention, 2 for the main entity of each handler class
 * that renders it, 2 for each entity the code of its JSP scriptlets reaches, 1 for the main entity
 * of each class it links to, 1 for each part of an
 * expression naming an entity ({@code ${owner.name}}, {@code ${actionBean.order.lineItems}}), and
 * 1 for each entity of the views that include it.
 */
final class ComponentUses {

    static final int SELF = 10;
    static final int FIELD = 2;
    static final int ACCESS = 2;

    private final Recognition facts;
    private final Map<TypeDecl, Weights> classes = new LinkedHashMap<>();

    ComponentUses(Recognition facts) {
        this.facts = facts;
    }

    /** The weights of every top-level class (and its nested types), by top-level type. */
    Map<TypeDecl, Weights> classes() {
        Map<String, TypeDecl> topLevel = new HashMap<>();
        for (TypeDecl type : facts.index().types()) {
            if (!type.isNested()) {
                topLevel.put(type.qualifiedName(), type);
                classes.put(type, new Weights());
            }
        }
        for (TypeDecl type : facts.index().types()) {
            Weights weights = classes.get(topLevel.getOrDefault(topName(type), type));
            if (weights != null) {
                classUses(type, weights);
            }
        }
        for (TypeDecl type : facts.index().types()) {
            if (facts.entities().containsKey(type)) {
                for (TypeDecl ancestor : facts.index().lineage(type)) {
                    Weights weights = classes.get(ancestor);
                    if (ancestor != type && weights != null && !facts.entities().containsKey(ancestor)) {
                        weights.add(type, 1);
                    }
                }
            }
        }
        CacheNames.link(facts.index().types(), classes, t -> topLevel.getOrDefault(topName(t), t));
        usedBy(topLevel);
        return classes;
    }

    /**
     * A class that touches no entity itself (an enum, a DTO, a helper, a base class) gets 1 for the
     * main entity of each class that refers to it by type.
     */
    private void usedBy(Map<String, TypeDecl> topLevel) {
        Map<TypeDecl, Set<TypeDecl>> referrers = new HashMap<>();
        references(topLevel, false).forEach((from, targets) -> targets.forEach(
                t -> referrers.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(from)));
        for (Map.Entry<TypeDecl, Weights> entry : classes.entrySet()) {
            if (entry.getValue().isEmpty()) {
                for (TypeDecl referrer : referrers.getOrDefault(entry.getKey(), Set.of())) {
                    TypeDecl top = classes.get(referrer).top();
                    if (top != null) {
                        entry.getValue().add(top, 1);
                    }
                }
            }
        }
    }

    /**
     * The code base's classes each top-level class refers to (with its nested types), top-level
     * classes other than itself: by type in supertypes, fields, signatures and bodies, and, with
     * {@code staticCalls}, as the receiver of a static call ({@code Log.trace(...)}).
     */
    Map<TypeDecl, Set<TypeDecl>> references(boolean staticCalls) {
        Map<String, TypeDecl> topLevel = new HashMap<>();
        for (TypeDecl type : facts.index().types()) {
            if (!type.isNested()) {
                topLevel.put(type.qualifiedName(), type);
            }
        }
        return references(topLevel, staticCalls);
    }

    private Map<TypeDecl, Set<TypeDecl>> references(Map<String, TypeDecl> topLevel, boolean staticCalls) {
        Map<TypeDecl, Set<TypeDecl>> references = new LinkedHashMap<>();
        for (TypeDecl type : facts.index().types()) {
            TypeDecl from = topLevel.get(topName(type));
            if (from == null) {
                continue;
            }
            Set<TypeDecl> targets = references.computeIfAbsent(from, k -> new LinkedHashSet<>());
            List<TypeRef> refs = new ArrayList<>(type.supertypes());
            type.fields().forEach(f -> refs.add(f.type()));
            for (MethodDecl method : type.methods()) {
                refs.add(method.returnType());
                method.parameters().forEach(p -> refs.add(p.type()));
                refs.addAll(method.mentions());
                if (staticCalls) {
                    for (CallSite call : method.calls()) {
                        if (call.scope().kind() == Scope.Kind.TYPE_NAME) {
                            facts.index().resolve(call.scope().name(), type).map(t -> topLevel.get(topName(t)))
                                    .filter(t -> t != from).ifPresent(targets::add);
                        }
                    }
                }
            }
            for (TypeRef ref : refs) {
                referred(ref, type, topLevel, from, targets);
            }
        }
        return references;
    }

    private void referred(TypeRef ref, TypeDecl context, Map<String, TypeDecl> topLevel, TypeDecl from,
                          Set<TypeDecl> targets) {
        facts.index().resolve(ref, context).map(t -> topLevel.get(topName(t))).filter(t -> t != from)
                .ifPresent(targets::add);
        for (TypeRef argument : ref.arguments()) {
            referred(argument, context, topLevel, from, targets);
        }
    }

    private static String topName(TypeDecl type) {
        return type.packageName().isEmpty() ? type.topLevelName() : type.packageName() + "." + type.topLevelName();
    }

    private void classUses(TypeDecl type, Weights weights) {
        if (facts.entities().containsKey(type)) {
            weights.add(type, SELF);
        }
        for (FieldDecl field : type.fields()) {
            if (!field.isStatic()) {
                entities(field.type(), type).forEach(e -> weights.add(e, FIELD));
            }
        }
        for (TypeRef supertype : type.supertypes()) {
            entities(supertype, type).forEach(e -> weights.add(e, FIELD));
        }
        for (MethodDecl method : type.methods()) {
            mentions(type, method, weights, 1);
            facts.access().direct(type, method).keySet().forEach(e -> weights.add(e, ACCESS));
        }
        DataAccess access = facts.dataAccess().get(type);
        if (access != null) {
            access.entity().ifPresent(e -> weights.add(e, SELF));
            for (MapperStatement statement : facts.mappers().byNamespace().getOrDefault(type.qualifiedName(), List.of())) {
                for (String name : statement.types()) {
                    facts.mappers().type(name).filter(facts.entities()::containsKey).ifPresent(e -> weights.add(e, 2));
                }
            }
        }
        for (Handler handler : facts.handlers()) {
            if (handler.type() == type) {
                facts.access().reach(handler).keySet().forEach(e -> weights.add(e, 1));
            }
        }
    }

    /** Adds {@code each} for every entity a method's signature and body name. */
    void mentions(TypeDecl owner, MethodDecl method, Weights weights, int each) {
        entities(method.returnType(), owner).forEach(e -> weights.add(e, each));
        for (ParameterDecl parameter : method.parameters()) {
            entities(parameter.type(), owner).forEach(e -> weights.add(e, each));
        }
        for (TypeRef mention : method.mentions()) {
            entities(mention, owner).forEach(e -> weights.add(e, each));
        }
    }

    /** The entities a type as written names, with its type arguments. */
    List<TypeDecl> entities(TypeRef ref, TypeDecl context) {
        List<TypeDecl> out = new ArrayList<>();
        facts.index().resolve(ref, context).filter(facts.entities()::containsKey).ifPresent(out::add);
        for (TypeRef argument : ref.arguments()) {
            out.addAll(entities(argument, context));
        }
        return out;
    }

    /** The weights of every table. */
    Map<String, Weights> tables() {
        Map<String, Weights> out = new LinkedHashMap<>();
        for (TableCatalog.Table table : facts.tables().tables().values()) {
            Weights weights = new Weights();
            table.ties().forEach(weights::add);
            out.put(table.name(), weights);
        }
        return out;
    }

    /** The weights of every view, given the classes' weights. */
    Map<SourceFile, Weights> views(Map<TypeDecl, Weights> classWeights) {
        Map<String, TypeDecl> entityNames = new HashMap<>();
        for (TypeDecl entity : facts.entities().keySet()) {
            String lower = entity.name().toLowerCase(Locale.ROOT);
            entityNames.putIfAbsent(lower, entity);
            entityNames.putIfAbsent(lower + "s", entity);
            entityNames.putIfAbsent(lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "es",
                    entity);
        }
        Map<SourceFile, Weights> base = new LinkedHashMap<>();
        for (ViewFact view : facts.views()) {
            Weights weights = new Weights();
            for (Handler handler : view.renderedBy()) {
                facts.access().reach(handler).keySet().forEach(e -> weights.add(e, 2));
                mentions(handler.type(), handler.method(), weights, 2);
                Optional.ofNullable(classWeights.get(handler.type())).map(Weights::top).ifPresent(e -> weights.add(e, 2));
            }
            view.scriptlets().keySet().forEach(e -> weights.add(e, 2));
            for (TypeDecl linked : view.linkedTo()) {
                Optional.ofNullable(classWeights.get(linked)).map(Weights::top).ifPresent(e -> weights.add(e, 1));
            }
            view.mentions().forEach((identifier, count) -> {
                TypeDecl entity = entityNames.get(identifier.toLowerCase(Locale.ROOT));
                if (entity != null) {
                    weights.add(entity, count);
                }
            });
            base.put(view.file(), weights);
        }
        Map<SourceFile, Weights> out = new LinkedHashMap<>();
        base.forEach((file, weights) -> {
            Weights copy = new Weights();
            weights.map().forEach(copy::add);
            out.put(file, copy);
        });
        for (ViewFact view : facts.views()) {
            for (SourceFile included : view.includes()) {
                Weights target = out.get(included);
                if (target != null) {
                    target.addAll(base.get(view.file()), 1);
                }
            }
        }
        return out;
    }
}
