package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.xml.XmlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names the frameworks the importer meets but does not read, so that nothing is skipped in
 * silence: by the packages the sources import, by descriptors (iBATIS 2 SQL maps, Hibernate
 * mapping files) and by template files of other engines.
 */
final class Unsupported {

    private static final Map<String, String> PACKAGES = new LinkedHashMap<>();

    static {
        PACKAGES.put("org.apache.struts2", "Struts 2 actions (not read as endpoints)");
        PACKAGES.put("com.opensymphony.xwork2", "Struts 2 actions (not read as endpoints)");
        PACKAGES.put("org.apache.struts", "Struts 1 actions (not read as endpoints)");
        PACKAGES.put("org.apache.wicket", "Wicket pages (not read as endpoints or views)");
        PACKAGES.put("com.vaadin", "Vaadin views (not read as endpoints or views)");
        PACKAGES.put("com.google.gwt", "GWT services (not read as endpoints)");
        PACKAGES.put("org.apache.tapestry5", "Tapestry pages (not read as endpoints or views)");
        PACKAGES.put("org.zkoss", "ZK composers (not read as endpoints)");
        PACKAGES.put("io.micronaut.http.annotation", "Micronaut controllers (not read as endpoints)");
        PACKAGES.put("io.javalin", "Javalin routes (not read as endpoints)");
        PACKAGES.put("spark.", "Spark Java routes (not read as endpoints)");
        PACKAGES.put("io.vertx", "Vert.x routes (not read as endpoints)");
        PACKAGES.put("org.springframework.web.reactive.function", "Spring WebFlux functional routes (not read as endpoints)");
        PACKAGES.put("org.springframework.graphql", "Spring GraphQL controllers (not read as endpoints)");
        PACKAGES.put("graphql.", "GraphQL resolvers (not read as endpoints)");
        PACKAGES.put("javax.jws", "JAX-WS web services (not read as endpoints)");
        PACKAGES.put("jakarta.jws", "JAX-WS web services (not read as endpoints)");
        PACKAGES.put("org.springframework.messaging.handler.annotation", "message listeners (not read as endpoints)");
        PACKAGES.put("org.springframework.kafka", "Kafka listeners (not read as endpoints)");
        PACKAGES.put("org.springframework.amqp", "AMQP listeners (not read as endpoints)");
        PACKAGES.put("javax.jms", "JMS listeners (not read as endpoints)");
        PACKAGES.put("jakarta.jms", "JMS listeners (not read as endpoints)");
        PACKAGES.put("org.jooq", "jOOQ queries (tables not read)");
        PACKAGES.put("com.querydsl", "Querydsl queries (tables not read)");
        PACKAGES.put("org.jdbi", "JDBI queries (only their SQL text is read)");
        PACKAGES.put("javax.ejb.EntityBean", "EJB 2 entity beans (not read as entities)");
    }

    private Unsupported() {
    }

    static List<String> find(List<TypeDecl> types, List<XmlDocument> documents) {
        Map<String, Integer> users = new TreeMap<>();
        for (TypeDecl type : types) {
            if (type.isNested()) {
                continue;
            }
            List<String> imported = new ArrayList<>(type.imports().single());
            imported.addAll(type.imports().onDemand());
            java.util.Set<String> here = new java.util.TreeSet<>();
            for (String name : imported) {
                for (Map.Entry<String, String> entry : PACKAGES.entrySet()) {
                    if (name.startsWith(entry.getKey())) {
                        here.add(entry.getValue());
                    }
                }
            }
            here.forEach(h -> users.merge(h, 1, Integer::sum));
        }
        List<String> out = new ArrayList<>();
        users.forEach((what, count) -> out.add(what + ": imported by " + count + " class" + (count == 1 ? "" : "es")));
        for (XmlDocument document : documents) {
            if (document.root().name().equals("sqlMap")) {
                out.add("iBATIS 2 SQL map " + document.file() + " (its statements are not read)");
            } else if (document.root().name().equals("hibernate-mapping")) {
                out.add("Hibernate XML mapping " + document.file() + " (its classes and tables are not read)");
            }
        }
        return out;
    }
}
