/**
 * Just enough SQL (and JPQL) to tell which tables a statement reads and writes, and which tables
 * a DDL script creates and how their foreign keys tie them together.
 */
package io.mdecomp.importer.java.sql;
