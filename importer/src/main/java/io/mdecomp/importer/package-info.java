/**
 * Importers that build models from what running systems leave behind. Each format has its own
 * package; every importer returns its model with a report and throws the model's
 * {@code InputException} with located diagnostics for bad input.
 */
package io.mdecomp.importer;
