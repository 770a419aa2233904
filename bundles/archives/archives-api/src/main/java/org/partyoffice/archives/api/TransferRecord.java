package org.partyoffice.archives.api;

import java.time.Instant;

/** A dossier handed to the historical archive, with the package it went as. */
public record TransferRecord(long id, long dossierId, String destination, String packagePath, String by, Instant at) {
}
