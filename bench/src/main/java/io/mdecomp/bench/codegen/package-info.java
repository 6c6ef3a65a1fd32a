/** The code-generation bench: {@code generate skeletons} on a synthetic 100-service model (SPEC §10). */
package io.mdecomp.bench.codegen;
