package org.partyoffice.documents.api;

/**
 * A file to attach: its name, media type ({@code application/pdf}, DOCX, {@code text/plain}) and
 * bytes.
 */
public record Attachment(String fileName, String mediaType, byte[] content) {
}
