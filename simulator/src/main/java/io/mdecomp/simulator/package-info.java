/** mdecomp simulator. */
package io.mdecomp.simulator;
