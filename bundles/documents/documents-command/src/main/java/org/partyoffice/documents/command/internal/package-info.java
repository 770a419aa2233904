/** Karaf shell commands of the {@code documents:} scope; nothing here is exported. */
package org.partyoffice.documents.command.internal;
