package org.partyoffice.documents.api;

import org.partyoffice.platform.api.Clearance;

/**
 * A new draft: the issuing unit, its type, its summary, and how secret and urgent it is.
 */
public record NewDraft(long unitId, String type, String title, Clearance classification, Urgency urgency) {
}
