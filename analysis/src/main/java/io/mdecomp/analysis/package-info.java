/** mdecomp analysis. */
package io.mdecomp.analysis;
