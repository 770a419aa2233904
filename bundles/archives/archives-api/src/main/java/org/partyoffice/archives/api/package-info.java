/**
 * The archives module: fonds per organisation (carried along when units merge), series by
 * retention category, dossiers (hồ sơ) and their items, whose files live in the archive's own
 * content-addressed area with a scheduled fixity sweep; retention and disposition with legal
 * holds, approved destruction and transfer to the historical archive; intake from every
 * {@code RecordSource} installed; digitisation batches; reading-room access requests; full-text
 * search; BagIt export and import.
 *
 * <p>Every read applies the reader's clearance: a dossier or item classified above it is never
 * returned, counted or found, and every view of a classified dossier is audited.
 */
@Export
@Version("1.1.0")
package org.partyoffice.archives.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
