package org.partyoffice.finance.api;

/**
 * One asset in an inventory check.
 *
 * @param counted false until someone counted it; at closing, uncounted assets count as not found
 * @param found   whether it was found
 * @param note    the condition or discrepancy noted
 */
public record InventoryLine(long assetId, String code, String name, boolean counted, boolean found, String note) {

    /** Not found, or noted with a discrepancy. */
    public boolean discrepancy() {
        return counted && !found || note != null && !note.isBlank();
    }
}
