/** Karaf shell commands of the {@code office:} scope; nothing here is exported. */
package org.partyoffice.platform.command.internal;
