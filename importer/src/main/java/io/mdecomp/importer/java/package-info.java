/**
 * {@code mdecomp import java}: a model from the sources of a Java code base ({@link
 * io.mdecomp.importer.java.JavaImporter}), with its report. The sub-packages read the files
 * ({@code source}, {@code xml}, {@code sql}), summarise the Java ({@code code}, the only user of
 * JavaParser), resolve names ({@code resolve}), apply the framework rules ({@code recognize}) and
 * build the model ({@code assemble}).
 */
package io.mdecomp.importer.java;
