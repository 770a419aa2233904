package org.partyoffice.archives.api;

import java.util.List;

/** One page of dossiers and how many the reader may see in all. */
public record DossierPage(List<Dossier> items, long total) {
}
