package org.partyoffice.signatures.api;

/**
 * How a PDF signature is made.
 *
 * @param reason   why the document is signed, e.g. {@code Phê duyệt}; written in the signature
 *                 dictionary ({@code /Reason}), may be {@code null}
 * @param location where it is signed, e.g. {@code Lào Cai}, may be {@code null}
 * @param visible  whether the signature shows as a box on the page; an invisible signature is
 *                 only seen in a reader's signature panel
 * @param page     the page the visible box goes on, from 1; 0 means the last page
 * @param x        left edge of the box, in points (1/72 inch) from the page's left edge
 * @param y        bottom edge of the box, in points from the page's bottom edge
 * @param width    width of the box in points; 0 means the default (200)
 * @param height   height of the box in points; 0 means the default (60)
 */
public record PdfSignatureOptions(String reason, String location, boolean visible, int page, float x, float y,
                                  float width, float height) {

    /** An invisible signature with an optional reason. */
    public static PdfSignatureOptions invisible(String reason) {
        return new PdfSignatureOptions(reason, null, false, 1, 0, 0, 0, 0);
    }

    /** A visible box of the default size near the lower left of {@code page} (0 = last page). */
    public static PdfSignatureOptions visible(String reason, int page) {
        return new PdfSignatureOptions(reason, null, true, page, 36, 36, 0, 0);
    }

    /** The same options at another place: page, lower-left corner and size in points. */
    public PdfSignatureOptions at(int page, float x, float y, float width, float height) {
        return new PdfSignatureOptions(reason, location, true, page, x, y, width, height);
    }

    /** The same options with a location. */
    public PdfSignatureOptions withLocation(String location) {
        return new PdfSignatureOptions(reason, location, visible, page, x, y, width, height);
    }
}
