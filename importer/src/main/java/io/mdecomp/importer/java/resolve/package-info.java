/**
 * Name resolution against the source tree alone: which declared type a name means in a given
 * file (nested types, single and on-demand imports, the same package, then a unique simple name),
 * the supertypes of a type, and the fields and methods it inherits.
 */
package io.mdecomp.importer.java.resolve;
