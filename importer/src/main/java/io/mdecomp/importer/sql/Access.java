package io.mdecomp.importer.sql;

/** Whether a statement reads or writes a table. */
public enum Access {
    READ, WRITE
}
