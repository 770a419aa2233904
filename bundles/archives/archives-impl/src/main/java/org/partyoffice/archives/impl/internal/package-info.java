/** The archives module's implementation: never exported. */
package org.partyoffice.archives.impl.internal;
