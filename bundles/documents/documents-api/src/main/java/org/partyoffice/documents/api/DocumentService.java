package org.partyoffice.documents.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.partyoffice.platform.api.Clearance;

/**
 * Drafting to promulgation. Drafting needs the {@code office-staff} or {@code secretary} role,
 * signing the {@code signer} role and being the document's signer, promulgation the
 * {@code office-staff} role (the clerk keeps the register). Each step is one transaction with its
 * audit entry and timeline entry, and posts a {@link DocumentEvents} event after it commits.
 */
@ProviderType
public interface DocumentService {

    /** Starts a draft in {@link DocumentStatus#DRAFT}. */
    Document createDraft(NewDraft draft);

    /** The document if it exists and the current user may see it (audited when classified). */
    Optional<Document> find(long id);

    /** The document, or {@code EntityNotFoundException} (also when the reader may not see it). */
    Document get(long id);

    /** The register, filtered; only what the reader may see, counted the same way. */
    DocumentPage list(DocumentQuery query);

    /** The promulgated document with this symbol, e.g. {@code 57-NQ/TU}, in its period. */
    Optional<Document> findBySymbol(String symbol, String period);

    /** Changes summary, classification or urgency of a document not yet signed. */
    Document update(long id, String title, Clearance classification, Urgency urgency);

    /** Adds a draft version (PDF, DOCX or text) to a document not yet signed. */
    DocumentVersion addVersion(long id, Attachment file, String note);

    List<DocumentVersion> versions(long id);

    /** The bytes of version {@code number} (the reader must be able to see the document). */
    InputStream open(long id, int number);

    /**
     * Version {@code number} opened for reading, with the name and media type it was uploaded
     * with (what a download needs, from one read); the reader must be able to see the document.
     *
     * @since 1.1
     */
    OpenedFile openFile(long id, int number);

    /** Sends a draft to reviewers (accounts) for comments; it moves to {@link DocumentStatus#IN_REVIEW}. */
    Document requestReview(long id, List<String> reviewers);

    /** A reviewer approves or asks for changes, with a comment. */
    Review review(long id, ReviewDecision decision, String comment);

    List<Review> reviews(long id);

    /** Submits to {@code signerLogin} (an account with the signer role); needs a version and no open change request. */
    Document submit(long id, String signerLogin);

    /**
     * The signer signs the latest PDF version digitally through the signatures module, with the
     * password of their key. Throws {@code ConflictException} on field {@code signing} when the
     * signatures module is not installed (see {@link #digitalSigningAvailable()}).
     */
    Document signDigitally(long id, char[] keyPassword);

    /** The signer signed on paper; {@code scan} is the signed page's scan. */
    Document signOnPaper(long id, Attachment scan);

    /** True while the signatures module is installed and digital signing can be used. */
    boolean digitalSigningAvailable();

    /**
     * Gives a signed document its number (the next of its type in its register's term or year)
     * and date; it becomes {@link DocumentStatus#PROMULGATED}. {@code date} {@code null} is today.
     */
    Document promulgate(long id, LocalDate date);

    /**
     * Promulgates a signed document as {@code promulgation} says: in a Congress's one sequence
     * (the day must fall within the Congress), or in the unit's own register, and for a joint
     * document with the other bodies' abbreviations in its symbol (the number stays the lead
     * body's). {@link #promulgate(long, LocalDate)} is this with a document of one body.
     *
     * @since 1.2
     */
    Document promulgateWith(long id, Promulgation promulgation);

    /** Withdraws a document; a promulgated one keeps its number, which is never given again. */
    Document cancel(long id, String reason);

    /**
     * Sends a promulgated document to recipient units; each sees it in its incoming register.
     * Returns the incoming entries created (units that already had it are skipped).
     */
    List<IncomingDocument> distribute(long id, List<Long> unitIds);

    /** Records that {@code fromId} replaces, amends or implements {@code toId}. */
    Relation relate(long fromId, RelationKind kind, long toId);

    /** Relations from and to this document that the reader may see. */
    List<Relation> relations(long id);

    /** Every step of the document, oldest first. */
    List<TimelineEntry> timeline(long id);

    /**
     * Full-text search over summaries, symbols and attachment text, diacritics folded, clearance
     * applied. The total is exact up to a configured bound (1,000 by default) and
     * {@linkplain SearchPage#totalExact() "more than"} that beyond. Without the platform's search
     * service ({@link #searchAvailable()} false), a symbol or part of the summary is looked up in
     * the tables instead, with an exact total.
     */
    SearchPage search(String text, int offset, int limit);

    /**
     * True while the platform's full-text search service is installed; false while {@link #search}
     * falls back to looking up symbols and summaries in the tables (no diacritic folding, no
     * attachment text).
     *
     * @since 1.1
     */
    boolean searchAvailable();
}
