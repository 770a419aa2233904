/** Karaf shell commands of the {@code meetings:} scope; nothing here is exported. */
package org.partyoffice.meetings.command.internal;
