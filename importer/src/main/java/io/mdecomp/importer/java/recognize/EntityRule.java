package io.mdecomp.importer.java.recognize;

/** Why a class is taken for an entity. */
public enum EntityRule {
    JPA_ENTITY("JPA @Entity", Confidence.HIGH),
    EMBEDDABLE("JPA @Embeddable (a value object)", Confidence.HIGH),
    DOCUMENT("Spring Data @Document/@Table/@Node", Confidence.HIGH),
    PERSISTENCE_XML("listed in persistence.xml", Confidence.HIGH),
    MYBATIS("mapped by a MyBatis statement or result map", Confidence.HIGH),
    REPOSITORY("the domain type of a Spring Data repository", Confidence.HIGH),
    DATA_ACCESS_SIGNATURE("taken or returned by a DAO, mapper or repository", Confidence.MEDIUM),
    DOMAIN_PACKAGE("a data class in a package of entities", Confidence.LOW);

    private final String description;
    private final Confidence confidence;

    EntityRule(String description, Confidence confidence) {
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
