/** The archives: shell commands; never exported. */
package org.partyoffice.archives.command.internal;
