/**
 * Importers that build models from what running systems and code bases leave behind: traces
 * ({@code traces}) and Java sources ({@code java}). Each format has its own package; every importer
 * returns its model with a report and throws the model's {@code InputException} with located
 * diagnostics for bad input.
 */
package io.mdecomp.importer;
