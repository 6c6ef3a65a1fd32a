/**
 * The model of a decomposition as immutable records: {@link io.mdecomp.model.DomainModel} and its
 * domains, bounded contexts, entities, services, endpoints, calls, dependencies and use cases.
 * Instances leaving this module are validated; {@link io.mdecomp.model.ModelIndex} indexes them.
 */
package io.mdecomp.model;
