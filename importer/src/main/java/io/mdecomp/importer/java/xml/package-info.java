/**
 * XML documents the importer understands (MyBatis mappers, {@code web.xml}, {@code faces-config.xml},
 * {@code persistence.xml}), read without network access into small trees that keep line numbers.
 */
package io.mdecomp.importer.java.xml;
