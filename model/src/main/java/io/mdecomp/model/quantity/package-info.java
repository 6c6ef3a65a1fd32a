/** Value types with units and their parsing: {@link io.mdecomp.model.quantity.Duration}, rates and percentages. */
package io.mdecomp.model.quantity;
