/**
 * Turns what the framework rules recognised into a model: entities with attributes, references
 * and aggregates, the current services, endpoints and use cases, the components with the entities
 * they use, the provenance of each element and the import report.
 */
package io.mdecomp.importer.java.assemble;
