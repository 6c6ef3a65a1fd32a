/** The JSON Schema of the model format ({@link io.mdecomp.model.schema.ModelSchema}). */
package io.mdecomp.model.schema;
