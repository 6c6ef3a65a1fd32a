package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.CallSite;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeKind;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.TypeIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the repositories, DAOs and mappers: Spring Data repository interfaces (by their
 * supertypes), MyBatis mappers (a mapper namespace, {@code @Mapper}, or annotated statements),
 * classes that hold an {@code EntityManager} or Hibernate session, classes that use JDBC
 * ({@code JdbcTemplate}, {@code DataSource}, {@code Connection}, MyBatis {@code SqlSession}, or
 * calls such as {@code prepareStatement}), {@code @Repository} types, and, with medium confidence,
 * types named {@code *Dao}, {@code *DAO}, {@code *Repository} or {@code *Mapper}.
 */
final class DataAccessFinder {

    static final Set<String> SPRING_DATA_REPOSITORIES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "MongoRepository",
            "ReactiveCrudRepository", "ReactiveMongoRepository", "R2dbcRepository", "ElasticsearchRepository",
            "CassandraRepository", "Neo4jRepository", "CouchbaseRepository", "KeyValueRepository",
            "RevisionRepository", "ReactiveSortingRepository", "JpaSpecificationExecutor");
    static final Set<String> JPA_HANDLES = Set.of("EntityManager", "EntityManagerFactory", "Session", "SessionFactory",
            "StatelessSession", "HibernateTemplate", "JpaTemplate");
    static final Set<String> JDBC_HANDLES = Set.of("JdbcTemplate", "NamedParameterJdbcTemplate", "JdbcOperations",
            "NamedParameterJdbcOperations", "SimpleJdbcInsert", "SimpleJdbcCall", "JdbcClient", "DataSource",
            "Connection", "SqlSession", "SqlSessionTemplate", "SqlMapClient", "QueryRunner", "DSLContext");
    /** The libraries a JPA or Hibernate handle comes from (a {@code javax.websocket.Session} is none). */
    static final List<String> JPA_LIBRARIES = List.of("javax.persistence", "jakarta.persistence", "org.hibernate",
            "net.sf.hibernate", "org.springframework");
    /** The libraries a JDBC-style handle comes from (a {@code javax.jms.Connection} is none). */
    static final List<String> JDBC_LIBRARIES = List.of("java.sql", "javax.sql", "org.springframework",
            "org.apache.ibatis", "org.mybatis", "com.ibatis", "org.apache.commons.dbutils", "org.jooq");
    static final Set<String> DAO_SUPPORT = Set.of("JdbcDaoSupport", "NamedParameterJdbcDaoSupport",
            "SqlSessionDaoSupport", "HibernateDaoSupport", "JpaDaoSupport", "SqlMapClientDaoSupport");
    static final Set<String> JDBC_CALLS = Set.of("prepareStatement", "createStatement", "prepareCall", "executeQuery",
            "executeUpdate");

    private final TypeIndex index;
    private final Frameworks frameworks;
    private final MyBatisMappers mappers;

    DataAccessFinder(TypeIndex index, Frameworks frameworks, MyBatisMappers mappers) {
        this.index = index;
        this.frameworks = frameworks;
        this.mappers = mappers;
    }

    Map<TypeDecl, DataAccess> find() {
        Map<TypeDecl, DataAccess> found = new java.util.LinkedHashMap<>();
        for (TypeDecl type : index.types()) {
            if (type.kind() == TypeKind.ENUM || type.kind() == TypeKind.ANNOTATION || type.kind() == TypeKind.RECORD) {
                continue;
            }
            classify(type).ifPresent(access -> found.put(type, access));
        }
        return found;
    }

    private Optional<DataAccess> classify(TypeDecl type) {
        for (TypeIndex.ExternalSupertype external : index.externalSupertypes(type)) {
            if (SPRING_DATA_REPOSITORIES.contains(external.ref().simpleName())
                    && frameworks.belongs(external.ref().name(), external.declaredIn(), Frameworks.SPRING_DATA)) {
                return Optional.of(new DataAccess(type, DataAccessKind.SPRING_DATA, managedEntity(type)));
            }
        }
        if (type.kind() == TypeKind.INTERFACE && (mappers.byNamespace().containsKey(type.qualifiedName())
                || frameworks.has(type, type, "Mapper", Frameworks.MYBATIS))) {
            return Optional.of(new DataAccess(type, DataAccessKind.MYBATIS_MAPPER, Optional.empty()));
        }
        if (holds(type, JPA_HANDLES, JPA_LIBRARIES)) {
            return Optional.of(new DataAccess(type, DataAccessKind.JPA, Optional.empty()));
        }
        if (holds(type, JDBC_HANDLES, JDBC_LIBRARIES) || index.extendsExternal(type, DAO_SUPPORT) || callsJdbc(type)) {
            return Optional.of(new DataAccess(type, DataAccessKind.JDBC, Optional.empty()));
        }
        if (frameworks.has(type, type, "Repository", Frameworks.SPRING)) {
            return Optional.of(new DataAccess(type, DataAccessKind.REPOSITORY_ANNOTATION, Optional.empty()));
        }
        String name = type.name();
        if (name.endsWith("Dao") || name.endsWith("DAO") || name.endsWith("Repository") || name.endsWith("Mapper")) {
            return Optional.of(new DataAccess(type, DataAccessKind.NAMING, Optional.empty()));
        }
        return Optional.empty();
    }

    /** The first type argument of a repository's supertypes that is a declared class. */
    private Optional<TypeDecl> managedEntity(TypeDecl type) {
        for (TypeDecl owner : index.lineage(type)) {
            for (TypeRef supertype : owner.supertypes()) {
                for (TypeRef argument : supertype.arguments()) {
                    Optional<TypeDecl> resolved = index.resolve(argument, owner);
                    if (resolved.isPresent() && resolved.get().kind() != TypeKind.INTERFACE) {
                        return resolved;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a field of {@code type} or one of its ancestors has one of these external types, as
     * imported from one of {@code libraries} (or not imported by name: a wildcard import).
     */
    private boolean holds(TypeDecl type, Set<String> handles, List<String> libraries) {
        for (TypeDecl owner : index.lineage(type)) {
            for (FieldDecl field : owner.fields()) {
                if (handles.contains(field.type().simpleName()) && index.resolve(field.type(), owner).isEmpty()
                        && frameworks.belongs(field.type().name(), owner, libraries)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean callsJdbc(TypeDecl type) {
        for (MethodDecl method : type.methods()) {
            for (CallSite call : method.calls()) {
                if (JDBC_CALLS.contains(call.method())) {
                    return true;
                }
            }
        }
        return false;
    }
}
