package org.partyoffice.documents.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentEvents;
import org.partyoffice.documents.api.DocumentPage;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Relation;
import org.partyoffice.documents.api.RelationKind;
import org.partyoffice.documents.api.Review;
import org.partyoffice.documents.api.ReviewDecision;
import org.partyoffice.documents.api.OpenedFile;
import org.partyoffice.documents.api.Promulgation;
import org.partyoffice.documents.api.SearchPage;
import org.partyoffice.documents.api.TimelineEntry;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NumberingService;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.SignatureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafting to promulgation on the {@code DOCUMENTS} tables. Each step is one transaction: the
 * row change, its timeline entry, its audit entry and (at promulgation) the official number
 * commit together or not at all. Events and index updates follow the commit.
 */
@Component(service = DocumentService.class, configurationPid = "org.partyoffice.documents")
@Designate(ocd = JdbcDocumentService.Config.class)
public final class JdbcDocumentService implements DocumentService {

    @ObjectClassDefinition(name = "Party Office documents", description = "Registers, numbering and attachments")
    public @interface Config {
        @AttributeDefinition(description = "Term given to a register created on a unit's first promulgation")
        String defaultTerm() default "2025-2030";

        @AttributeDefinition(description = "Issuer abbreviation per unit type for registers created on first promulgation; "
                + "units of other types need a configured register")
        String defaultIssuers() default "CENTRAL=TW,PROVINCE=TU,COMMUNE=ĐU,WARD=ĐU,AGENCY=ĐU,CELL=CB";

        @AttributeDefinition(description = "Largest attachment accepted, in megabytes")
        int maxFileMegabytes() default 64;

        @AttributeDefinition(description = "Time zone of the office's dates (promulgation day, deadlines)")
        String zone() default "Asia/Ho_Chi_Minh";

        @AttributeDefinition(description = "Full-text search counts matches exactly up to this many and says "
                + "'more than' beyond (an exact count of common words over a million documents is slow)")
        int searchExactTotalUpTo() default DocumentSearch.DEFAULT_EXACT_TOTAL_UP_TO;

        @AttributeDefinition(description = "Added to the type abbreviation of a joint document (văn bản liên tịch), "
                + "e.g. HD becomes HDLT in 05-HDLT/TU-UBND")
        String jointTypeSuffix() default "LT";
    }

    /** The column's width. */
    private static final int MAX_SYMBOL = 60;

    static final String MODULE = DocumentsSchema.MODULE;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDocumentService.class);
    private static final String[] DRAFTERS = {Roles.OFFICE_STAFF, Roles.SECRETARY, Roles.ADMIN};
    private static final String[] CLERKS = {Roles.OFFICE_STAFF, Roles.ADMIN};

    private final Transactions tx;
    private final Access access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final NumberingService numbering;
    private final ContentStore files;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final DocumentIndex index;
    private final DocumentEventPublisher events;
    // Settings are applied in place (@Modified): the feature delivers its configuration right after
    // install, and a restart then would drop in-flight requests and every REST resource with it.
    private volatile Registers registers;
    private volatile long maxBytes;
    private volatile int searchExactTotalUpTo;
    private volatile String jointTypeSuffix;
    private volatile Clock clock;
    private final boolean systemClock;
    private final DocumentStore store = new DocumentStore();
    private final IncomingStore incoming = new IncomingStore();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SignatureService signatures;

    @Activate
    public JdbcDocumentService(@Reference Transactions tx, @Reference Access access, @Reference AuditTrail audit,
                               @Reference NumberingService numbering, @Reference ContentStore files,
                               @Reference OrganisationService organisation, @Reference AccountService accounts,
                               @Reference DocumentIndex index, @Reference DocumentEventPublisher events, Config config) {
        this(tx, access, audit, numbering, files, organisation, accounts, index, events, config, null);
    }

    JdbcDocumentService(Transactions tx, Access access, AuditTrail audit, NumberingService numbering, ContentStore files,
                        OrganisationService organisation, AccountService accounts, DocumentIndex index,
                        DocumentEventPublisher events, Config config, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.user = access.user();
        this.audit = audit;
        this.numbering = numbering;
        this.files = files;
        this.organisation = organisation;
        this.accounts = accounts;
        this.index = index;
        this.events = events;
        this.systemClock = clock == null;
        this.clock = clock;
        apply(config);
    }

    /** A changed configuration, taken without restarting the service. */
    @Modified
    void apply(Config config) {
        String suffix = config.jointTypeSuffix() == null ? "" : config.jointTypeSuffix().strip();
        if (!suffix.matches("\\p{L}{0,4}")) {
            throw new IllegalArgumentException("jointTypeSuffix must be up to 4 letters, not '" + suffix + "'");
        }
        this.registers = new Registers(config.defaultIssuers(), config.defaultTerm());
        this.maxBytes = config.maxFileMegabytes() * 1024L * 1024L;
        this.searchExactTotalUpTo = Math.max(0, config.searchExactTotalUpTo());
        this.jointTypeSuffix = suffix;
        if (systemClock) {
            this.clock = Clock.system(ZoneId.of(config.zone()));
        }
    }

    /** For tests: the signature service as DS would bind it. */
    void bindSignatures(SignatureService s) {
        this.signatures = s;
    }

    // --- drafting --------------------------------------------------------------------------------

    @Override
    public Document createDraft(NewDraft draft) {
        user.requireAnyRole(DRAFTERS);
        if (draft == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        Scope scope = access.scope();
        Unit unit = organisation.get(draft.unitId(), "unitId");
        if (!scope.covers(unit.id())) {
            throw new AccessDeniedException("you may not draft documents for " + unit.name());
        }
        String title = title(draft.title());
        Clearance classification = draft.classification() == null ? Clearance.UNCLASSIFIED : draft.classification();
        requireOwnClearance(classification);
        Urgency urgency = draft.urgency() == null ? Urgency.NORMAL : draft.urgency();
        Instant now = clock.instant();
        Document d = tx.required(c -> {
            DocumentType type = registers.activeType(c, draft.type(), "type");
            long id = store.insert(c, new NewDraft(unit.id(), type.code(), title, classification, urgency), title,
                    user.login(), now);
            step(c, id, "created", type.name() + ": " + title, now);
            audit.append(MODULE, "document.create", Long.toString(id), type.code() + " " + title);
            return store.load(c, id).orElseThrow();
        });
        index.update(d.id());
        return d;
    }

    @Override
    public Document update(long id, String title, Clearance classification, Urgency urgency) {
        user.requireAnyRole(DRAFTERS);
        String t = title(title);
        Clearance cl = classification == null ? Clearance.UNCLASSIFIED : classification;
        requireOwnClearance(cl);
        Urgency u = urgency == null ? Urgency.NORMAL : urgency;
        Instant now = clock.instant();
        Document d = change(id, "update", Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW), (c, doc) -> {
            store.updateFields(c, id, t, cl, u, now);
            step(c, id, "updated", changes(doc, t, cl, u), now);
        });
        index.update(id);
        return d;
    }

    @Override
    public DocumentVersion addVersion(long id, Attachment file, String note) {
        user.requireAnyRole(DRAFTERS);
        String mediaType = Attachments.check(file, Attachments.DRAFT_TYPES, maxBytes, "file");
        String n = optional(note, 1000, "note");
        String text = index.extract(file.content(), mediaType);
        String sha = files.put(new ByteArrayInputStream(file.content()));
        Instant now = clock.instant();
        int[] number = new int[1];
        change(id, "version", Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW), (c, doc) -> {
            number[0] = addVersion(c, id, "DRAFT", file.fileName().strip(), mediaType, file.content().length, sha, n, text, now);
            // A new version answers change requests: those reviewers look again.
            for (Review r : store.reviews(c, id)) {
                if (r.decision() == ReviewDecision.CHANGES_REQUESTED) {
                    store.upsertReview(c, id, r.reviewer(), ReviewDecision.PENDING, r.comment(), now);
                }
            }
        });
        index.update(id);
        return tx.required(c -> store.versions(c, id)).stream().filter(v -> v.number() == number[0]).findFirst().orElseThrow();
    }

    @Override
    public List<DocumentVersion> versions(long id) {
        get(id);
        return tx.required(c -> store.versions(c, id));
    }

    @Override
    public InputStream open(long id, int number) {
        return openFile(id, number).content();
    }

    @Override
    public OpenedFile openFile(long id, int number) {
        Document d = get(id);
        DocumentVersion v = versions(id).stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new EntityNotFoundException("version of document " + d.id(), number, "version"));
        InputStream in = files.open(v.sha256()).orElseThrow(() -> new EntityNotFoundException("file", v.sha256(), "version"));
        return new OpenedFile(v.fileName(), v.mediaType(), v.size(), in);
    }

    // --- review and submission -------------------------------------------------------------------

    @Override
    public Document requestReview(long id, List<String> reviewers) {
        user.requireAnyRole(DRAFTERS);
        if (reviewers == null || reviewers.isEmpty()) {
            throw new InvalidInputException("reviewers", "must name at least one account");
        }
        Set<String> logins = new LinkedHashSet<>();
        Document current = get(id);
        for (String login : reviewers) {
            logins.add(cleared(login, "reviewers", null, current.classification()).login());
        }
        Instant now = clock.instant();
        return change(id, "review-request", Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW), (c, doc) -> {
            for (String login : logins) {
                store.upsertReview(c, id, login, ReviewDecision.PENDING, null, now);
            }
            store.setStatus(c, id, DocumentStatus.IN_REVIEW, now);
            step(c, id, "review.requested", String.join(", ", logins), now);
        });
    }

    @Override
    public Review review(long id, ReviewDecision decision, String comment) {
        if (decision == null || decision == ReviewDecision.PENDING) {
            throw new InvalidInputException("decision", "must be APPROVED or CHANGES_REQUESTED");
        }
        String text = optional(comment, 4000, "comment");
        if (decision == ReviewDecision.CHANGES_REQUESTED && text == null) {
            throw new InvalidInputException("comment", "is required when asking for changes");
        }
        get(id);
        Instant now = clock.instant();
        String login = user.login();
        change(id, "review", Set.of(DocumentStatus.IN_REVIEW), (c, doc) -> {
            if (store.reviews(c, id).stream().noneMatch(r -> r.reviewer().equals(login))) {
                throw new AccessDeniedException("you are not a reviewer of this document");
            }
            store.upsertReview(c, id, login, decision, text, now);
            step(c, id, decision == ReviewDecision.APPROVED ? "review.approved" : "review.changes", text, now);
        });
        return reviews(id).stream().filter(r -> r.reviewer().equals(login)).findFirst().orElseThrow();
    }

    @Override
    public List<Review> reviews(long id) {
        get(id);
        return tx.required(c -> store.reviews(c, id));
    }

    @Override
    public Document submit(long id, String signerLogin) {
        user.requireAnyRole(DRAFTERS);
        Document current = get(id);
        Account signer = cleared(signerLogin, "signerLogin", Roles.SIGNER, current.classification());
        Instant now = clock.instant();
        Document d = change(id, "submit", Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW), (c, doc) -> {
            if (store.versions(c, id).isEmpty()) {
                throw new ConflictException("versions", "add the draft's file before submitting it");
            }
            List<String> open = store.reviews(c, id).stream().filter(r -> r.decision() != ReviewDecision.APPROVED)
                    .map(r -> r.reviewer() + " (" + r.decision() + ")").toList();
            if (!open.isEmpty()) {
                throw new ConflictException("reviews", "reviews are not all approved: " + String.join(", ", open));
            }
            store.submit(c, id, signer.login(), now);
            step(c, id, "submitted", "to " + signer.login(), now);
        });
        events.post(DocumentEvents.SUBMITTED, Map.of(DocumentEvents.DOCUMENT_ID, id, DocumentEvents.UNIT_ID, d.unitId()));
        index.update(id);
        return d;
    }

    // --- signing ---------------------------------------------------------------------------------

    @Override
    public boolean digitalSigningAvailable() {
        return signatures != null;
    }

    @Override
    public Document signDigitally(long id, char[] keyPassword) {
        Document current = get(id);
        SignatureService s = signatures;
        if (s == null) {
            throw new ConflictException("signing", "digital signing is unavailable: the signatures module is not installed; "
                    + "sign on paper and attach the scan instead");
        }
        if (keyPassword == null || keyPassword.length == 0) {
            throw new InvalidInputException("keyPassword", "is required");
        }
        requireSigner(current);
        Instant now = clock.instant();
        Document d = change(id, "sign", Set.of(DocumentStatus.SUBMITTED), (c, doc) -> {
            requireSigner(doc);
            List<DocumentVersion> versions = store.versions(c, id);
            DocumentVersion latest = versions.get(versions.size() - 1);
            if (!Attachments.PDF.equals(latest.mediaType())) {
                throw new ConflictException("versions", "digital signing needs a PDF as the latest version; it is "
                        + latest.fileName());
            }
            byte[] pdf = read(latest.sha256());
            // The signature service joins this transaction, so its audit entry commits with the status change.
            byte[] signed = s.signPdf(pdf, keyPassword, PdfSignatureOptions.invisible("Ký ban hành " + doc.title()));
            String sha = files.put(new ByteArrayInputStream(signed));
            String name = latest.fileName().replaceFirst("(?i)\\.pdf$", "") + "-signed.pdf";
            addVersion(c, id, "SIGNED", name, Attachments.PDF, signed.length, sha, null, null, now);
            store.signed(c, id, true, now);
            step(c, id, "signed", "digitally, PAdES", now);
        });
        events.post(DocumentEvents.SIGNED, Map.of(DocumentEvents.DOCUMENT_ID, id, DocumentEvents.UNIT_ID, d.unitId()));
        index.update(id);
        return d;
    }

    @Override
    public Document signOnPaper(long id, Attachment scan) {
        String mediaType = Attachments.check(scan, Attachments.SCAN_TYPES, maxBytes, "scan");
        Document current = get(id);
        if (!user.login().equals(current.signerLogin())) {
            user.requireAnyRole(CLERKS);
        }
        String sha = files.put(new ByteArrayInputStream(scan.content()));
        String text = index.extract(scan.content(), mediaType);
        Instant now = clock.instant();
        Document d = change(id, "sign-paper", Set.of(DocumentStatus.SUBMITTED), (c, doc) -> {
            addVersion(c, id, "SCAN", scan.fileName().strip(), mediaType, scan.content().length, sha, null, text, now);
            store.signed(c, id, false, now);
            step(c, id, "signed", "on paper by " + doc.signerLogin() + ", scan attached", now);
        });
        events.post(DocumentEvents.SIGNED, Map.of(DocumentEvents.DOCUMENT_ID, id, DocumentEvents.UNIT_ID, d.unitId()));
        index.update(id);
        return d;
    }

    // --- promulgation and after ------------------------------------------------------------------

    @Override
    public Document promulgate(long id, LocalDate date) {
        return promulgateWith(id, Promulgation.on(date));
    }

    @Override
    public Document promulgateWith(long id, Promulgation promulgation) {
        user.requireAnyRole(CLERKS);
        Promulgation how = promulgation == null ? Promulgation.on(null) : promulgation;
        get(id);
        LocalDate day = how.date() == null ? LocalDate.now(clock) : how.date();
        if (day.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("date", "must not be in the future", day);
        }
        Instant now = clock.instant();
        Registers rules = registers;
        String jointSuffix = this.jointTypeSuffix;
        Document d = change(id, "promulgate", Set.of(DocumentStatus.SIGNED), (c, doc) -> {
            Unit unit = organisation.get(doc.unitId(), "unitId");
            Registers.Slot slot = rules.slot(c, unit, doc.type(), day, how.congressId());
            List<String> joint = Registers.jointIssuers(how.jointIssuers(), slot.issuer());
            long number = numbering.next(slot.sequence());
            String symbol = joint.isEmpty()
                    ? String.format("%02d-%s/%s", number, doc.type(), slot.issuer())
                    : String.format("%02d-%s%s/%s-%s", number, doc.type(), jointSuffix, slot.issuer(), String.join("-", joint));
            if (symbol.length() > MAX_SYMBOL) {
                throw new InvalidInputException("jointIssuers", "make the symbol longer than " + MAX_SYMBOL
                        + " characters: " + symbol);
            }
            store.promulgate(c, id, number, symbol, slot.period(), slot.congressId(), day, now);
            step(c, id, "promulgated", symbol + " (" + slot.period() + ")", now);
        });
        events.post(DocumentEvents.PROMULGATED, Map.of(DocumentEvents.DOCUMENT_ID, id, DocumentEvents.UNIT_ID, d.unitId(),
                DocumentEvents.SYMBOL, d.symbol(), DocumentEvents.CLASSIFICATION, d.classification().name()));
        index.update(id);
        LOG.info("Promulgated document {} as {}", id, d.symbol());
        return d;
    }

    @Override
    public Document cancel(long id, String reason) {
        user.requireAnyRole(CLERKS);
        String why = optional(reason, 1000, "reason");
        if (why == null) {
            throw new InvalidInputException("reason", "is required");
        }
        get(id);
        Instant now = clock.instant();
        Document d = change(id, "cancel", Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.SUBMITTED,
                DocumentStatus.SIGNED, DocumentStatus.PROMULGATED), (c, doc) -> {
            store.setStatus(c, id, DocumentStatus.CANCELLED, now);
            step(c, id, "cancelled", why, now);
        });
        index.update(id);
        return d;
    }

    @Override
    public List<IncomingDocument> distribute(long id, List<Long> unitIds) {
        user.requireAnyRole(CLERKS);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new InvalidInputException("unitIds", "must name at least one recipient unit");
        }
        List<Unit> units = new ArrayList<>();
        for (Long unitId : new LinkedHashSet<>(unitIds)) {
            if (unitId == null) {
                throw new InvalidInputException("unitIds", "must not contain empty entries");
            }
            units.add(organisation.get(unitId, "unitIds"));
        }
        get(id);
        Instant now = clock.instant();
        List<Long> created = new ArrayList<>();
        Document d = change(id, "distribute", Set.of(DocumentStatus.PROMULGATED), (c, doc) -> {
            Unit issuer = organisation.get(doc.unitId(), "unitId");
            for (Unit u : units) {
                if (u.id() == doc.unitId() || incoming.received(c, u.id(), id)) {
                    continue;
                }
                NewIncoming in = new NewIncoming(u.id(), issuer.name(), doc.symbol(), doc.promulgatedOn(),
                        LocalDate.now(clock), doc.title(), doc.classification(), doc.urgency());
                created.add(incoming.insert(c, numbering, in, id, user.login(), now));
            }
            step(c, id, "distributed", units.stream().map(Unit::name).reduce((a, b) -> a + ", " + b).orElse(""), now);
        });
        List<IncomingDocument> result = tx.required(c -> {
            List<IncomingDocument> rows = new ArrayList<>();
            for (long in : created) {
                rows.add(incoming.load(c, in).orElseThrow());
            }
            return rows;
        });
        for (IncomingDocument in : result) {
            events.post(DocumentEvents.RECEIVED, Map.of(DocumentEvents.INCOMING_ID, in.id(), DocumentEvents.UNIT_ID, in.unitId(),
                    DocumentEvents.DOCUMENT_ID, d.id()));
        }
        index.update(id);
        return result;
    }

    @Override
    public Relation relate(long fromId, RelationKind kind, long toId) {
        user.requireAnyRole(DRAFTERS);
        if (kind == null) {
            throw new InvalidInputException("kind", "must be REPLACES, AMENDS or IMPLEMENTS");
        }
        if (fromId == toId) {
            throw new InvalidInputException("toId", "a document cannot relate to itself", toId);
        }
        get(fromId);
        get(toId);
        Instant now = clock.instant();
        tx.required(c -> {
            if (store.relate(c, fromId, kind, toId)) {
                step(c, fromId, "related", kind.name() + " " + toId, now);
            }
            return null;
        });
        return new Relation(fromId, kind, toId);
    }

    @Override
    public List<Relation> relations(long id) {
        get(id);
        Scope scope = access.scope();
        return tx.required(c -> {
            List<Relation> all = store.relations(c, id);
            List<Long> others = all.stream().map(r -> r.fromId() == id ? r.toId() : r.fromId()).distinct().toList();
            Set<Long> visible = new java.util.HashSet<>();
            for (Document d : store.visibleAmong(c, others, scope)) {
                visible.add(d.id());
            }
            return all.stream().filter(r -> visible.contains(r.fromId() == id ? r.toId() : r.fromId())).toList();
        });
    }

    @Override
    public List<TimelineEntry> timeline(long id) {
        get(id);
        return tx.required(c -> store.timeline(c, id));
    }

    // --- reading ---------------------------------------------------------------------------------

    @Override
    public Optional<Document> find(long id) {
        Scope scope = access.scope();
        return tx.required(c -> {
            Optional<Document> d = store.visible(c, id, scope);
            d.ifPresent(doc -> access.auditRead("document", doc.id(), doc.classification()));
            return d;
        });
    }

    @Override
    public Document get(long id) {
        return find(id).orElseThrow(() -> new EntityNotFoundException("document", id, "id"));
    }

    @Override
    public DocumentPage list(DocumentQuery query) {
        DocumentQuery q = query == null ? DocumentQuery.all(50) : query;
        if (q.limit() < 1 || q.limit() > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000", q.limit());
        }
        if (q.offset() < 0) {
            throw new InvalidInputException("offset", "must not be negative", q.offset());
        }
        Scope scope = access.scope();
        return tx.required(c -> {
            long[] total = new long[1];
            List<Document> items = store.list(c, q, scope, total);
            auditClassified(items);
            return new DocumentPage(total[0], items);
        });
    }

    @Override
    public Optional<Document> findBySymbol(String symbol, String period) {
        if (symbol == null || symbol.isBlank()) {
            throw new InvalidInputException("symbol", "is required");
        }
        Scope scope = access.scope();
        return tx.required(c -> {
            Optional<Document> d = store.bySymbol(c, symbol.strip(), period == null || period.isBlank() ? null : period.strip(),
                    scope);
            d.ifPresent(doc -> access.auditRead("document", doc.id(), doc.classification()));
            return d;
        });
    }

    @Override
    public SearchPage search(String text, int offset, int limit) {
        return new DocumentSearch(tx, index, store, access, searchExactTotalUpTo).search(text, offset, limit,
                this::auditClassified);
    }

    @Override
    public boolean searchAvailable() {
        return index.index() != null;
    }

    /** One audit entry naming the classified documents a list showed (one per list, not one per row). */
    private void auditClassified(List<Document> shown) {
        List<String> classified = shown.stream().filter(d -> d.classification() != Clearance.UNCLASSIFIED)
                .map(d -> Long.toString(d.id())).toList();
        if (!classified.isEmpty()) {
            audit.append(MODULE, "document.list", String.join(",", classified), "classified documents listed");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Change {
        void apply(java.sql.Connection c, Document locked) throws java.sql.SQLException;
    }

    /**
     * Locks the document, checks it is visible and in one of {@code allowed} states, applies the
     * change, audits it, and returns the document as committed.
     */
    private Document change(long id, String action, Set<DocumentStatus> allowed, Change work) {
        Scope scope = access.scope();
        return tx.required(c -> {
            Document doc = store.lock(c, id).filter(d -> d.classification().ordinal() <= scope.clearance().ordinal())
                    .orElseThrow(() -> new EntityNotFoundException("document", id, "id"));
            if (store.visible(c, id, scope).isEmpty()) {
                throw new EntityNotFoundException("document", id, "id");
            }
            if (!allowed.contains(doc.status())) {
                throw new ConflictException("status", "document " + id + " is " + doc.status() + "; this needs it to be "
                        + String.join(" or ", allowed.stream().map(Enum::name).sorted().toList()));
            }
            work.apply(c, doc);
            Document after = store.load(c, id).orElseThrow();
            audit.append(MODULE, "document." + action, Long.toString(id), after.symbol() == null ? after.title() : after.symbol());
            return after;
        });
    }

    private int addVersion(java.sql.Connection c, long id, String kind, String name, String mediaType, long size, String sha,
                           String note, String text, Instant now) throws java.sql.SQLException {
        int n = store.addVersion(c, id, kind, name, mediaType, size, sha, note, user.login(), now);
        if (text != null && !text.isEmpty()) {
            try (var ps = c.prepareStatement("UPDATE DOCUMENTS.VERSIONS SET EXTRACTED_TEXT = ? WHERE DOCUMENT_ID = ? "
                    + "AND VERSION_NO = ?")) {
                ps.setString(1, text);
                ps.setLong(2, id);
                ps.setInt(3, n);
                ps.executeUpdate();
            }
        }
        step(c, id, "version.added", "v" + n + " " + kind + " " + name, now);
        return n;
    }

    private void step(java.sql.Connection c, long id, String action, String detail, Instant now) throws java.sql.SQLException {
        store.timeline(c, id, user.login(), action, detail, now);
    }

    private void requireSigner(Document d) {
        user.requireAnyRole(Roles.SIGNER);
        if (!user.login().equals(d.signerLogin())) {
            throw new AccessDeniedException("document " + d.id() + " was submitted to " + d.signerLogin() + ", not to you");
        }
    }

    private void requireOwnClearance(Clearance classification) {
        if (!user.clearance().permits(classification)) {
            throw new InvalidInputException("classification", "is above your own clearance (" + user.clearance().name() + ")",
                    classification.name());
        }
    }

    /** An enabled account cleared for {@code classification}, with {@code role} when given. */
    private Account cleared(String login, String field, String role, Clearance classification) {
        if (login == null || login.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        Account a = accounts.find(login.strip())
                .orElseThrow(() -> new InvalidInputException(field, "no account has this login", login));
        if (!a.enabled()) {
            throw new InvalidInputException(field, "the account is disabled", login);
        }
        if (role != null && !a.hasRole(role)) {
            throw new InvalidInputException(field, "the account does not have the " + role + " role", login);
        }
        if (!a.clearance().permits(classification)) {
            throw new InvalidInputException(field, "the account is not cleared for " + classification.name(), login);
        }
        return a;
    }

    private byte[] read(String sha) {
        try (InputStream in = files.open(sha).orElseThrow(() -> new ConflictException("versions", "file " + sha + " is missing"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "is required");
        }
        String t = title.strip();
        if (t.length() > 1000) {
            throw new InvalidInputException("title", "must be at most 1000 characters");
        }
        return t;
    }

    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return t;
    }

    private static String changes(Document before, String title, Clearance cl, Urgency u) {
        Map<String, String> diff = new HashMap<>();
        if (!before.title().equals(title)) {
            diff.put("title", title);
        }
        if (before.classification() != cl) {
            diff.put("classification", before.classification() + "→" + cl);
        }
        if (before.urgency() != u) {
            diff.put("urgency", before.urgency() + "→" + u);
        }
        return diff.toString();
    }
}
