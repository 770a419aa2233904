/** The console commands; not exported. */
package ${package}.command.internal;
