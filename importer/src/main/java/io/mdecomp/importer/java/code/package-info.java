/**
 * What the importer keeps of each Java source: a small summary of its types, fields, methods,
 * calls, annotations and string literals, made by JavaParser (the only package that uses it) so
 * that the syntax trees can be dropped as soon as a file is read.
 */
package io.mdecomp.importer.java.code;
