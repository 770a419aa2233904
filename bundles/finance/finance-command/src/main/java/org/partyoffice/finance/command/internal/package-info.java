/** Karaf shell commands of the {@code finance:} scope; nothing here is exported. */
package org.partyoffice.finance.command.internal;
