/** The REST resources; not exported. */
package ${package}.rest.internal;
