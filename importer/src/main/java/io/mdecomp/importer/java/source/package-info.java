/**
 * The files of a source tree the Java importer reads: Java sources, XML descriptors and mappers,
 * SQL scripts and views, decoded strictly as UTF-8, with what was skipped and why.
 */
package io.mdecomp.importer.java.source;
