/**
 * {@code mdecomp import java}: a model from the sources of a Java code base ({@link
 * io.mdecomp.importer.JavaImporter}), with its report.
 */
package io.mdecomp.importer;
