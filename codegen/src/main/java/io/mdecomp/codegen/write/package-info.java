/**
 * The safe writer: puts {@link io.mdecomp.codegen.GeneratedFiles} on disk atomically, never outside
 * the output directory, and merges hand edits with a new generation (the last generation and its
 * checksum are kept under {@code .mdecomp/}).
 */
package io.mdecomp.codegen.write;
