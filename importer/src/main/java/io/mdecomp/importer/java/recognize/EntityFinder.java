package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.ParameterDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeKind;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.xml.XmlDocument;
import io.mdecomp.importer.java.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entities, strongest rule first (see {@link EntityRule}): persistence annotations and
 * descriptors, MyBatis mappings, Spring Data repositories' domain types; then classes that data
 * access methods take or return; then, with low confidence, data classes that sit in a package of
 * entities. Message payloads ({@link MessagePayloads}) are entities by the mapping rules only.
 * {@code @MappedSuperclass}es are found too but are not entities of their own: their fields belong
 * to the entities that extend them.
 */
final class EntityFinder {

    static final Set<String> ROLE_ANNOTATIONS = Set.of("Controller", "RestController", "Service", "Component",
            "Configuration", "Repository", "Path", "WebServlet", "WebFilter", "WebListener", "Named", "ManagedBean",
            "Stateless", "Stateful", "Singleton", "ApplicationScoped", "RequestScoped", "SessionScoped",
            "ViewScoped", "ConversationScoped", "Mapper", "SpringBootApplication", "ControllerAdvice",
            "RestControllerAdvice", "Aspect", "Endpoint", "MessageDriven", "Provider");

    private final TypeIndex index;
    private final Frameworks frameworks;
    private final MyBatisMappers mappers;

    EntityFinder(TypeIndex index, Frameworks frameworks, MyBatisMappers mappers) {
        this.index = index;
        this.frameworks = frameworks;
        this.mappers = mappers;
    }

    /** The entities found, by type, in rule order then file order. */
    Map<TypeDecl, EntityFact> find(Map<TypeDecl, DataAccess> dataAccess, List<XmlDocument> persistenceUnits,
                                   Set<TypeDecl> mappedSuperclasses) {
        Map<TypeDecl, EntityFact> found = new LinkedHashMap<>();
        Map<TypeDecl, Boolean> seen = new HashMap<>();
        for (TypeDecl type : index.types()) {
            if (frameworks.has(type, type, "MappedSuperclass", Frameworks.PERSISTENCE)) {
                mappedSuperclasses.add(type);
            } else if (frameworks.has(type, type, "Entity", Frameworks.PERSISTENCE)) {
                add(found, seen, type, EntityRule.JPA_ENTITY);
            } else if (frameworks.has(type, type, "Embeddable", Frameworks.PERSISTENCE)) {
                add(found, seen, type, EntityRule.EMBEDDABLE);
            } else if (frameworks.hasAny(type, type, Set.of("Document", "Table", "Node"), Frameworks.SPRING_DATA)
                    && index.resolve("Table", type).isEmpty()) {
                add(found, seen, type, EntityRule.DOCUMENT);
            }
        }
        for (XmlDocument unit : persistenceUnits) {
            for (XmlElement element : unit.root().descendants()) {
                if (element.name().equals("class")) {
                    index.qualified(element.text().strip()).ifPresent(t -> add(found, seen, t, EntityRule.PERSISTENCE_XML));
                }
            }
        }
        mappers.byNamespace().values().forEach(statements -> statements.forEach(statement -> statement.types()
                .forEach(name -> mappers.type(name).ifPresent(t -> add(found, seen, t, EntityRule.MYBATIS)))));
        for (DataAccess access : dataAccess.values()) {
            access.entity().ifPresent(t -> add(found, seen, t, EntityRule.REPOSITORY));
        }
        Set<TypeDecl> payloads = MessagePayloads.find(index, frameworks);
        for (DataAccess access : dataAccess.values()) {
            for (MethodDecl method : access.type().methods()) {
                if (!method.isMethod()) {
                    continue;
                }
                List<TypeRef> signature = new ArrayList<>();
                signature.add(method.returnType());
                method.parameters().stream().map(ParameterDecl::type).forEach(signature::add);
                for (TypeRef ref : signature) {
                    for (TypeDecl type : declared(ref, access.type())) {
                        if (isDataClass(type, dataAccess) && !payloads.contains(type)) {
                            add(found, seen, type, EntityRule.DATA_ACCESS_SIGNATURE);
                        }
                    }
                }
            }
        }
        Set<String> entityPackages = new HashSet<>();
        found.keySet().forEach(t -> entityPackages.add(t.packageName()));
        Set<TypeDecl> bases = new HashSet<>();
        found.keySet().forEach(t -> bases.addAll(index.supertypes(t)));
        for (TypeDecl type : index.types()) {
            if (!type.isNested() && entityPackages.contains(type.packageName()) && !mappedSuperclasses.contains(type)
                    && isDataClass(type, dataAccess) && !bases.contains(type) && !payloads.contains(type)) {
                add(found, seen, type, EntityRule.DOMAIN_PACKAGE);
            }
        }
        return found;
    }

    private static void add(Map<TypeDecl, EntityFact> found, Map<TypeDecl, Boolean> seen, TypeDecl type,
                            EntityRule rule) {
        if (type.kind() == TypeKind.INTERFACE || type.kind() == TypeKind.ANNOTATION || type.kind() == TypeKind.ENUM) {
            return;
        }
        if (seen.putIfAbsent(type, Boolean.TRUE) == null) {
            found.put(type, new EntityFact(type, rule));
        }
    }

    /** The declared types {@code ref} and its type arguments name, in {@code context}'s file. */
    List<TypeDecl> declared(TypeRef ref, TypeDecl context) {
        List<TypeDecl> out = new ArrayList<>();
        index.resolve(ref, context).ifPresent(out::add);
        for (TypeRef argument : ref.arguments()) {
            out.addAll(declared(argument, context));
        }
        return out;
    }

    /**
     * A class that holds data: a class or record with instance fields, none of which is a data
     * access object or a framework-managed collaborator, without a framework role, not an
     * exception.
     */
    private boolean isDataClass(TypeDecl type, Map<TypeDecl, DataAccess> dataAccess) {
        if (type.kind() != TypeKind.CLASS && type.kind() != TypeKind.RECORD || dataAccess.containsKey(type)
                || type.annotations().stream().anyMatch(a -> ROLE_ANNOTATIONS.contains(a.simpleName()))
                || index.extendsExternal(type, Set.of("Exception", "RuntimeException", "Throwable", "Error"))
                || type.name().endsWith("Exception")) {
            return false;
        }
        boolean hasField = false;
        for (FieldDecl field : type.fields()) {
            if (field.isStatic()) {
                continue;
            }
            hasField = true;
            if (field.annotations().stream().anyMatch(a -> Set.of("Autowired", "Inject", "Resource",
                    "PersistenceContext", "EJB", "SpringBean").contains(a.simpleName()))) {
                return false;
            }
            Optional<TypeDecl> fieldType = index.resolve(field.type(), type);
            if (fieldType.isPresent() && (dataAccess.containsKey(fieldType.get())
                    || fieldType.get().annotations().stream().anyMatch(a -> ROLE_ANNOTATIONS.contains(a.simpleName())))) {
                return false;
            }
            if (DataAccessFinder.JPA_HANDLES.contains(field.type().simpleName())
                    || DataAccessFinder.JDBC_HANDLES.contains(field.type().simpleName())) {
                return false;
            }
        }
        return hasField;
    }
}
