package io.mdecomp.importer.java.code;

/** What sort of type a declaration is. */
public enum TypeKind {
    CLASS, INTERFACE, ENUM, RECORD, ANNOTATION
}
