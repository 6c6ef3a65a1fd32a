/**
 * The framework rules of the Java importer: which types are entities, data access objects and
 * request handlers, which tables and views exist and how they tie to the code. Each rule is about
 * a framework's annotations, interfaces, descriptors or a structural convention, never about the
 * names of a particular application.
 */
package io.mdecomp.importer.java.recognize;
