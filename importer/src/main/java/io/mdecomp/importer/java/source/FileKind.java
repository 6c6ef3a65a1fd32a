package io.mdecomp.importer.java.source;

/** What the importer reads a file as. */
public enum FileKind {
    /** A {@code .java} source. */
    JAVA,
    /** An XML document: MyBatis mappers, {@code web.xml}, {@code faces-config.xml}, {@code persistence.xml}. */
    XML,
    /** A SQL script: DDL ({@code CREATE TABLE}) is read. */
    SQL,
    /** A page or template: JSP, Thymeleaf or plain HTML, Facelets. */
    VIEW
}
