/** The web shell's static pages and their registration; nothing here is exported. */
package org.partyoffice.platform.web.internal;
