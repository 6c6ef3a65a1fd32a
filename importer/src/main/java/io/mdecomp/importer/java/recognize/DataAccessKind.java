package io.mdecomp.importer.java.recognize;

/** Why a type is taken for data access (a repository, DAO or mapper). */
public enum DataAccessKind {
    SPRING_DATA("Spring Data repository", Confidence.HIGH),
    MYBATIS_MAPPER("MyBatis mapper", Confidence.HIGH),
    JPA("uses an EntityManager or Hibernate session", Confidence.HIGH),
    JDBC("uses JDBC (JdbcTemplate, DataSource, Connection, SqlSession)", Confidence.HIGH),
    REPOSITORY_ANNOTATION("@Repository", Confidence.HIGH),
    NAMING("named *Dao, *Repository or *Mapper", Confidence.MEDIUM);

    private final String description;
    private final Confidence confidence;

    DataAccessKind(String description, Confidence confidence) {
        this.description = description;
        this.confidence = confidence;
    }

    public String description() {
        return description;
    }

    public Confidence confidence() {
        return confidence;
    }
}
