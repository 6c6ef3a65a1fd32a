package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.CodeBase;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.ParameterDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.CallResolver;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.importer.java.source.SourceSet;
import io.mdecomp.importer.java.sql.Access;
import io.mdecomp.importer.java.sql.Sql;
import io.mdecomp.importer.java.sql.TableUse;
import io.mdecomp.importer.java.xml.XmlDocument;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the framework rules over a parsed code base, in dependency order. */
public final class Recognizer {

    private Recognizer() {
    }

    /** What the rules find in {@code code}, its XML {@code documents} and the other files of {@code sources}. */
    public static Recognition recognize(SourceSet sources, CodeBase code, List<XmlDocument> documents) {
        TypeIndex index = new TypeIndex(code);
        Frameworks frameworks = new Frameworks(index);
        Constants constants = new Constants(index);
        List<XmlDocument> mapperFiles = byRoot(documents, "mapper");
        MyBatisMappers mappers = MyBatisMappers.read(mapperFiles, index, frameworks);
        Map<TypeDecl, DataAccess> dataAccess = new DataAccessFinder(index, frameworks, mappers).find();
        Set<TypeDecl> mappedSuperclasses = new java.util.LinkedHashSet<>();
        Map<TypeDecl, EntityFact> entities = new EntityFinder(index, frameworks, mappers)
                .find(dataAccess, byRoot(documents, "persistence"), mappedSuperclasses);
        TableCatalog tables = TableCatalog.build(sources.of(FileKind.SQL), entities, index, frameworks, mappers);
        tieCodeSql(index, constants, entities, tables);
        tables.tieByForeignKeys();
        CallResolver calls = new CallResolver(index);
        EntityAccess access = new EntityAccess(index, calls, dataAccess, entities, tables, mappers, constants);
        EndpointFinder endpoints = new EndpointFinder(index, frameworks);
        List<XmlDocument> descriptors = new ArrayList<>(byRoot(documents, "web-app"));
        descriptors.addAll(byRoot(documents, "faces-config"));
        List<Handler> handlers = endpoints.find(descriptors);
        Map<String, String> facesBeans = EndpointFinder.facesBeans(descriptors);
        Map<String, TypeDecl> beans = new HashMap<>();
        for (TypeDecl type : index.types()) {
            endpoints.jsfBeanName(type, facesBeans).ifPresent(name -> beans.putIfAbsent(name, type));
        }
        List<ViewFact> views = new ViewFinder(index, constants).find(sources.of(FileKind.VIEW), handlers, beans);
        Scriptlets.Read scriptlets = Scriptlets.read(sources.of(FileKind.VIEW));
        views = views.stream().map(v -> scriptletReach(v, scriptlets, access, index)).toList();
        List<String> notUnderstood = new ArrayList<>(Unsupported.find(index.types(), documents));
        for (SourceFile page : scriptlets.invalid()) {
            notUnderstood.add(page.name() + ": its scriptlets do not make valid Java together; the page is tied"
                    + " to the code by its imports and links only");
        }
        notUnderstood.addAll(sources.notRead());
        return new Recognition(index, calls, entities, mappedSuperclasses, dataAccess, mappers, tables, handlers, views,
                beans, access, notUnderstood);
    }

    /**
     * {@code view} with what the code of its scriptlets reads and writes and the classes it names
     * (creates, declares, casts to), when it has code that was read.
     */
    private static ViewFact scriptletReach(ViewFact view, Scriptlets.Read scriptlets, EntityAccess access,
                                           TypeIndex index) {
        TypeDecl page = scriptlets.pages().get(view.file());
        if (page == null) {
            return view;
        }
        Map<TypeDecl, Set<Access>> reach = new java.util.LinkedHashMap<>();
        List<TypeDecl> used = new ArrayList<>();
        for (MethodDecl method : page.methods()) {
            access.reach(page, method).forEach((e, a) -> reach.computeIfAbsent(e, k -> new java.util.TreeSet<>())
                    .addAll(a));
            for (TypeRef mention : method.mentions()) {
                index.resolve(mention, page).filter(t -> !used.contains(t)).ifPresent(used::add);
            }
        }
        return view.withScriptlets(reach, used);
    }

    private static List<XmlDocument> byRoot(List<XmlDocument> documents, String root) {
        return documents.stream().filter(d -> d.root().name().equals(root)).toList();
    }

    /**
     * Ties the tables named by SQL text in methods to the entities those methods take or return
     * (weight 1). A name spelled exactly as an entity's class or JPA entity name is taken for JPQL,
     * which names entities, not tables, and is left out.
     */
    private static void tieCodeSql(TypeIndex index, Constants constants, Map<TypeDecl, EntityFact> entities,
                                   TableCatalog tables) {
        for (TypeDecl type : index.types()) {
            for (MethodDecl method : type.methods()) {
                List<TypeDecl> signature = new ArrayList<>();
                List<TypeRef> refs = new ArrayList<>();
                refs.add(method.returnType());
                method.parameters().stream().map(ParameterDecl::type).forEach(refs::add);
                for (TypeRef ref : refs) {
                    collect(ref, type, index, entities, signature);
                }
                for (String text : constants.strings(type, method)) {
                    if (!Sql.looksLikeSql(text)) {
                        continue;
                    }
                    SourceLocation at = new SourceLocation(type.file(), method.line(), 1);
                    for (TableUse use : Sql.tables(text)) {
                        if (tables.isEntityName(use.table())) {
                            continue;
                        }
                        tables.note(use.table(), at, "SQL in " + type.name() + "." + method.name());
                        for (TypeDecl entity : signature) {
                            tables.tie(use.table(), at, entity, 1, "SQL in " + type.name() + "." + method.name());
                        }
                    }
                }
            }
        }
    }

    private static void collect(TypeRef ref, TypeDecl context, TypeIndex index, Map<TypeDecl, EntityFact> entities,
                                List<TypeDecl> out) {
        Optional<TypeDecl> type = index.resolve(ref, context);
        if (type.isPresent() && entities.containsKey(type.get()) && !out.contains(type.get())) {
            out.add(type.get());
        }
        ref.arguments().forEach(a -> collect(a, context, index, entities, out));
    }
}
