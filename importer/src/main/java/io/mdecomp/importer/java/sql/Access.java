package io.mdecomp.importer.java.sql;

/** Whether a statement reads or writes a table. */
public enum Access {
    READ, WRITE
}
