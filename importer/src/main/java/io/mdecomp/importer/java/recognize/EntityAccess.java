package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.Argument;
import io.mdecomp.importer.java.code.CallSite;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.ParameterDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.CallResolver;
import io.mdecomp.importer.java.resolve.Receiver;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.sql.Access;
import io.mdecomp.importer.java.sql.Sql;
import io.mdecomp.importer.java.sql.TableUse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which entities a method reads and writes, directly and through the methods it calls.
 *
 * <p>Directly: a call on a repository, DAO or mapper touches the entity it manages, the entities
 * of the called method's signature and, for a MyBatis statement, the entities tied to its tables
 * and types; it writes when the statement is not a {@code select} or the method's name starts with
 * a writing verb ({@code save}, {@code insert}, {@code delete}...), else it reads. A call on an
 * {@code EntityManager} or Hibernate session touches the entity of its class-literal or typed
 * arguments ({@code persist}, {@code merge}, {@code remove}... write). SQL and JPQL text in the
 * method (literals and the constants it names) touches the entities tied to its tables, or named
 * by it in JPQL. MyBatis {@code SqlSession} calls find their statement by id.
 *
 * <p>Through calls: the methods its calls may reach in the sources, breadth first up to
 * {@value #MAX_DEPTH} calls deep. A Spring MVC handler also reaches what its controller's
 * {@code @ModelAttribute} methods reach.
 */
public final class EntityAccess {

    /** How many calls deep reads and writes are followed from a handler. */
    public static final int MAX_DEPTH = 8;

    private static final Set<String> SESSION_STATEMENTS = Set.of("selectOne", "selectList", "selectMap", "selectCursor",
            "select", "insert", "update", "delete");
    private static final Set<String> ENTITY_MANAGER_WRITES = Set.of("persist", "merge", "remove", "delete", "save",
            "saveOrUpdate", "update", "replicate");

    private final TypeIndex index;
    private final CallResolver calls;
    private final Map<TypeDecl, DataAccess> dataAccess;
    private final Map<TypeDecl, EntityFact> entities;
    private final TableCatalog tables;
    private final MyBatisMappers mappers;
    private final Constants constants;
    private final Map<MethodDecl, Map<TypeDecl, Set<Access>>> direct = new HashMap<>();

    EntityAccess(TypeIndex index, CallResolver calls, Map<TypeDecl, DataAccess> dataAccess,
                 Map<TypeDecl, EntityFact> entities, TableCatalog tables, MyBatisMappers mappers, Constants constants) {
        this.index = index;
        this.calls = calls;
        this.dataAccess = dataAccess;
        this.entities = entities;
        this.tables = tables;
        this.mappers = mappers;
        this.constants = constants;
    }

    /** The entities {@code method} of {@code owner} itself reads or writes. */
    public Map<TypeDecl, Set<Access>> direct(TypeDecl owner, MethodDecl method) {
        Map<TypeDecl, Set<Access>> known = direct.get(method);
        if (known != null) {
            return known;
        }
        Map<TypeDecl, Set<Access>> out = new LinkedHashMap<>();
        for (int i = 0; i < method.calls().size(); i++) {
            call(owner, method, i, out);
        }
        for (String text : constants.strings(owner, method)) {
            sql(owner, text, out);
        }
        direct.put(method, out);
        return out;
    }

    /** The entities {@code method} reads or writes itself or through the methods it calls. */
    public Map<TypeDecl, Set<Access>> reach(TypeDecl owner, MethodDecl method) {
        Map<TypeDecl, Set<Access>> out = new LinkedHashMap<>();
        Set<MethodDecl> seen = new HashSet<>();
        ArrayDeque<TypeIndex.Member<MethodDecl>> queue = new ArrayDeque<>();
        queue.add(new TypeIndex.Member<>(owner, method));
        seen.add(method);
        for (int depth = 0; depth <= MAX_DEPTH && !queue.isEmpty(); depth++) {
            ArrayDeque<TypeIndex.Member<MethodDecl>> next = new ArrayDeque<>();
            for (TypeIndex.Member<MethodDecl> current : queue) {
                direct(current.owner(), current.member()).forEach((e, a) ->
                        out.computeIfAbsent(e, k -> new java.util.TreeSet<>()).addAll(a));
                for (int i = 0; i < current.member().calls().size(); i++) {
                    for (TypeIndex.Member<MethodDecl> target : calls.targets(current.owner(), current.member(), i)) {
                        if (seen.add(target.member())) {
                            next.add(target);
                        }
                    }
                }
            }
            queue = next;
        }
        return out;
    }

    /**
     * What a request to {@code handler} reads and writes: its method's reach and, for Spring MVC,
     * the reach of its controller's {@code @ModelAttribute} methods, which Spring runs before
     * every handler of the controller.
     */
    public Map<TypeDecl, Set<Access>> reach(Handler handler) {
        Map<TypeDecl, Set<Access>> out = new LinkedHashMap<>(reach(handler.type(), handler.method()));
        if (handler.framework() == WebFramework.SPRING_MVC) {
            for (TypeDecl owner : index.lineage(handler.type())) {
                for (MethodDecl method : owner.methods()) {
                    if (method != handler.method() && method.isMethod()
                            && method.annotations().stream().anyMatch(a -> a.simpleName().equals("ModelAttribute"))) {
                        reach(owner, method).forEach((e, a) -> out.computeIfAbsent(e, k -> new java.util.TreeSet<>())
                                .addAll(a));
                    }
                }
            }
        }
        return out;
    }

    private void touch(Map<TypeDecl, Set<Access>> out, TypeDecl entity, Access access) {
        if (entities.containsKey(entity)) {
            out.computeIfAbsent(entity, k -> new java.util.TreeSet<>()).add(access);
        }
    }

    private void call(TypeDecl owner, MethodDecl method, int index, Map<TypeDecl, Set<Access>> out) {
        CallSite site = method.calls().get(index);
        Receiver receiver = calls.receiver(owner, method, index);
        if (receiver.declared().isPresent()) {
            dataAccessCall(owner, method, index, receiver.declared().get(), out);
            return;
        }
        String simple = receiver.simpleName();
        if (DataAccessFinder.JPA_HANDLES.contains(simple)) {
            Access access = ENTITY_MANAGER_WRITES.contains(site.method()) ? Access.WRITE : Access.READ;
            for (Argument argument : site.arguments()) {
                argument.classLiteral().flatMap(c -> this.index.resolve(c, owner)).ifPresent(e -> touch(out, e, access));
                Receiver type = calls.scope(owner, method, argument.scope());
                type.declared().ifPresent(e -> touch(out, e, access));
            }
        } else if (SESSION_STATEMENTS.contains(site.method()) && !site.arguments().isEmpty()) {
            site.arguments().get(0).text().or(() -> site.arguments().get(0).name()
                    .flatMap(n -> constants.value(owner, n))).ifPresent(id -> {
                        int dot = id.lastIndexOf('.');
                        if (dot > 0) {
                            for (MapperStatement statement : mappers.statements(id.substring(0, dot), id.substring(dot + 1))) {
                                statement(statement, out);
                            }
                        }
                    });
        }
    }

    private void dataAccessCall(TypeDecl owner, MethodDecl method, int index, TypeDecl receiver,
                                Map<TypeDecl, Set<Access>> out) {
        CallSite site = method.calls().get(index);
        Optional<DataAccess> access = this.index.lineage(receiver).stream().map(dataAccess::get)
                .filter(java.util.Objects::nonNull).findFirst();
        if (access.isEmpty() || site.method().equals(CallSite.NEW)) {
            return;
        }
        List<MapperStatement> statements = new ArrayList<>();
        for (TypeDecl type : this.index.lineage(receiver)) {
            statements.addAll(mappers.statements(type.qualifiedName(), site.method()));
        }
        for (MapperStatement statement : statements) {
            statement(statement, out);
        }
        Access verb = statements.isEmpty() ? Verbs.of(site.method()).orElse(Access.READ)
                : statements.get(0).access();
        access.get().entity().ifPresent(e -> touch(out, e, verb));
        for (TypeIndex.Member<MethodDecl> target : calls.targets(owner, method, index)) {
            List<TypeRef> signature = new ArrayList<>();
            signature.add(target.member().returnType());
            target.member().parameters().stream().map(ParameterDecl::type).forEach(signature::add);
            for (TypeRef ref : signature) {
                for (TypeDecl type : declared(ref, target.owner())) {
                    touch(out, type, verb);
                }
            }
        }
    }

    private void statement(MapperStatement statement, Map<TypeDecl, Set<Access>> out) {
        for (String type : statement.types()) {
            mappers.type(type).ifPresent(t -> touch(out, t, statement.access()));
        }
        for (TableUse use : Sql.tables(statement.sql())) {
            strongest(use.table()).ifPresent(e -> touch(out, e, use.access()));
        }
    }

    private void sql(TypeDecl owner, String text, Map<TypeDecl, Set<Access>> out) {
        if (!Sql.looksLikeSql(text)) {
            return;
        }
        for (TableUse use : Sql.tables(text)) {
            Optional<TypeDecl> entity = strongest(use.table()).or(() -> tables.entityNamed(use.table()));
            entity.ifPresent(e -> touch(out, e, use.access()));
        }
    }

    /** The entity tied most strongly to a table (the first such on ties). */
    Optional<TypeDecl> strongest(String table) {
        return tables.table(table).flatMap(t -> t.ties().entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey));
    }

    /** The declared types a type as written names, with its type arguments. */
    List<TypeDecl> declared(TypeRef ref, TypeDecl context) {
        List<TypeDecl> out = new ArrayList<>();
        index.resolve(ref, context).ifPresent(out::add);
        for (TypeRef argument : ref.arguments()) {
            out.addAll(declared(argument, context));
        }
        return out;
    }
}
