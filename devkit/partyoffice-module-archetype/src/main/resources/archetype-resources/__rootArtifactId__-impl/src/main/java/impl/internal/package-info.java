/** The services; not exported. */
package ${package}.impl.internal;
