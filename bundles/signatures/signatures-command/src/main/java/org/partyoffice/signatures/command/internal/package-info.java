/** Karaf shell commands of the {@code signatures:} scope; nothing here is exported. */
package org.partyoffice.signatures.command.internal;
