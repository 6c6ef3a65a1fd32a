package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeKind;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.sql.Access;
import io.mdecomp.importer.java.xml.XmlDocument;
import io.mdecomp.importer.java.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MyBatis mapped statements of the sources: XML mappers ({@code <mapper namespace>} with
 * {@code select|insert|update|delete}, {@code <sql>} fragments, {@code resultMap}s with their
 * associations and collections) and annotation mappers ({@code @Select}, {@code @Insert},
 * {@code @Update}, {@code @Delete} on interface methods). Type names are qualified names or type
 * aliases; an alias is a declared type's simple name, compared ignoring case as MyBatis does.
 */
public final class MyBatisMappers {

    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");
    private static final Map<String, Access> ANNOTATIONS = Map.of("Select", Access.READ, "SelectProvider", Access.READ,
            "Insert", Access.WRITE, "InsertProvider", Access.WRITE, "Update", Access.WRITE, "UpdateProvider",
            Access.WRITE, "Delete", Access.WRITE, "DeleteProvider", Access.WRITE);

    private final Map<String, List<MapperStatement>> byNamespace = new LinkedHashMap<>();
    private final TypeIndex index;
    private final Map<String, Optional<TypeDecl>> aliases = new HashMap<>();

    private MyBatisMappers(TypeIndex index) {
        this.index = index;
    }

    /** The statements of {@code mappers} (XML documents whose root is {@code mapper}) and of annotated interfaces. */
    static MyBatisMappers read(List<XmlDocument> mappers, TypeIndex index, Frameworks frameworks) {
        MyBatisMappers result = new MyBatisMappers(index);
        for (XmlDocument document : mappers) {
            result.xml(document);
        }
        for (TypeDecl type : index.types()) {
            if (type.kind() != TypeKind.INTERFACE) {
                continue;
            }
            for (MethodDecl method : type.methods()) {
                Optional<AnnotationUse> annotation = frameworks.find(method, type, ANNOTATIONS.keySet(),
                        Frameworks.MYBATIS);
                if (annotation.isPresent()) {
                    String sql = String.join(" ", annotation.get().strings("value"));
                    result.add(new MapperStatement(type.qualifiedName(), method.name(),
                            ANNOTATIONS.get(annotation.get().simpleName()), sql, List.of(), type.file(),
                            annotation.get().line()));
                }
            }
        }
        return result;
    }

    private void add(MapperStatement statement) {
        byNamespace.computeIfAbsent(statement.namespace(), k -> new ArrayList<>()).add(statement);
    }

    private void xml(XmlDocument document) {
        XmlElement root = document.root();
        Optional<String> namespace = root.attribute("namespace");
        if (namespace.isEmpty()) {
            return;
        }
        Map<String, XmlElement> fragments = new HashMap<>();
        Map<String, List<String>> resultMaps = new HashMap<>();
        for (XmlElement child : root.children()) {
            if (child.name().equals("sql")) {
                child.attribute("id").ifPresent(id -> fragments.put(id, child));
            } else if (child.name().equals("resultMap")) {
                List<String> types = new ArrayList<>();
                for (XmlElement element : child.descendants()) {
                    for (String attribute : List.of("type", "javaType", "ofType", "resultType")) {
                        element.attribute(attribute).ifPresent(types::add);
                    }
                }
                child.attribute("id").ifPresent(id -> resultMaps.put(id, types));
            }
        }
        for (XmlElement child : root.children()) {
            if (!STATEMENTS.contains(child.name()) || child.attribute("id").isEmpty()) {
                continue;
            }
            List<String> types = new ArrayList<>();
            child.attribute("resultType").ifPresent(types::add);
            child.attribute("parameterType").ifPresent(types::add);
            child.attribute("resultMap").ifPresent(id -> {
                for (String map : id.split(",")) {
                    types.addAll(resultMaps.getOrDefault(map.strip(), List.of()));
                }
            });
            Access access = child.name().equals("select") ? Access.READ : Access.WRITE;
            add(new MapperStatement(namespace.get(), child.attribute("id").get(), access,
                    sql(child, fragments, 0), types, document.file(), child.line()));
        }
    }

    /** The SQL text of a statement with its {@code <include refid>} fragments inlined (bounded depth). */
    private static String sql(XmlElement element, Map<String, XmlElement> fragments, int depth) {
        StringBuilder out = new StringBuilder(element.text()).append(' ');
        for (XmlElement child : element.children()) {
            if (child.name().equals("include") && depth < 8) {
                child.attribute("refid").map(fragments::get).ifPresent(f -> out.append(sql(f, fragments, depth + 1)));
            } else if (!child.name().equals("selectKey")) {
                out.append(sql(child, fragments, depth));
            }
        }
        return out.toString();
    }

    /** Every statement, by namespace in reading order. */
    public Map<String, List<MapperStatement>> byNamespace() {
        return byNamespace;
    }

    /** The statements with this namespace and id. */
    public List<MapperStatement> statements(String namespace, String id) {
        return byNamespace.getOrDefault(namespace, List.of()).stream().filter(s -> s.id().equals(id)).toList();
    }

    /** The declared type a mapper's type name (qualified or alias) means. */
    public Optional<TypeDecl> type(String name) {
        return aliases.computeIfAbsent(name, n -> {
            String qualified = n.replace('$', '.');
            if (qualified.indexOf('.') > 0) {
                return index.qualified(qualified);
            }
            List<TypeDecl> matches = index.types().stream()
                    .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        });
    }
}
