/** mdecomp codegen. */
package io.mdecomp.codegen;
