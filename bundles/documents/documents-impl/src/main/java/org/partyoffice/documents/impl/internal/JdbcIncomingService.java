package org.partyoffice.documents.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.documents.api.DocumentEvents;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.IncomingPage;
import org.partyoffice.documents.api.IncomingService;
import org.partyoffice.documents.api.IncomingStatus;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NumberingService;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;

/** The incoming register of each unit. */
@Component(service = IncomingService.class)
public final class JdbcIncomingService implements IncomingService {

    private final Transactions tx;
    private final Access access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final NumberingService numbering;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final DocumentEventPublisher events;
    private final Clock clock;
    private final IncomingStore store = new IncomingStore();

    @Activate
    public JdbcIncomingService(@Reference Transactions tx, @Reference Access access, @Reference AuditTrail audit,
                               @Reference NumberingService numbering, @Reference OrganisationService organisation,
                               @Reference AccountService accounts, @Reference DocumentEventPublisher events,
                               @Reference DocumentsSchema schema) {
        this(tx, access, audit, numbering, organisation, accounts, events, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    JdbcIncomingService(Transactions tx, Access access, AuditTrail audit, NumberingService numbering,
                        OrganisationService organisation, AccountService accounts, DocumentEventPublisher events,
                        Clock clock) {
        this.tx = tx;
        this.access = access;
        this.user = access.user();
        this.audit = audit;
        this.numbering = numbering;
        this.organisation = organisation;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IncomingDocument register(NewIncoming in) {
        user.requireAnyRole(Roles.OFFICE_STAFF, Roles.ADMIN);
        if (in == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        Scope scope = access.scope();
        organisation.get(in.unitId(), "unitId");
        if (!scope.covers(in.unitId())) {
            throw new AccessDeniedException("you may not keep the incoming register of unit " + in.unitId());
        }
        String sender = required(in.sender(), 300, "sender");
        String title = JdbcDocumentService.title(in.title());
        LocalDate received = in.receivedOn() == null ? LocalDate.now(clock) : in.receivedOn();
        if (received.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException("receivedOn", "must not be in the future", received);
        }
        if (in.originalDate() != null && in.originalDate().isAfter(received)) {
            throw new InvalidInputException("originalDate", "must not be after the day it was received", in.originalDate());
        }
        Clearance cl = in.classification() == null ? Clearance.UNCLASSIFIED : in.classification();
        if (!user.clearance().permits(cl)) {
            throw new InvalidInputException("classification", "is above your own clearance", cl.name());
        }
        NewIncoming clean = new NewIncoming(in.unitId(), sender, JdbcDocumentService.optional(in.originalSymbol(), 60,
                "originalSymbol"), in.originalDate(), received, title, cl, in.urgency() == null ? Urgency.NORMAL : in.urgency());
        Instant now = clock.instant();
        IncomingDocument d = tx.required(c -> {
            long id = store.insert(c, numbering, clean, null, user.login(), now);
            audit.append(DocumentsSchema.MODULE, "incoming.register", Long.toString(id), sender + ": " + title);
            return store.load(c, id).orElseThrow();
        });
        events.post(DocumentEvents.RECEIVED, Map.of(DocumentEvents.INCOMING_ID, d.id(), DocumentEvents.UNIT_ID, d.unitId()));
        return d;
    }

    @Override
    public Optional<IncomingDocument> find(long id) {
        Scope scope = access.scope();
        return tx.required(c -> {
            Optional<IncomingDocument> d = store.load(c, id).filter(x -> visible(x, scope));
            d.ifPresent(x -> access.auditRead("incoming", x.id(), x.classification()));
            return d;
        });
    }

    @Override
    public List<IncomingDocument> list(long unitId, int year, int limit) {
        return page(unitId, year, 0, limit).items();
    }

    @Override
    public IncomingPage page(long unitId, int year, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be between 1 and 1000", limit);
        }
        Scope scope = access.scope();
        if (!scope.covers(unitId)) {
            return new IncomingPage(0, List.of());
        }
        return tx.required(c -> {
            List<IncomingDocument> rows = store.list(c, unitId, year, scope.clearance(), offset, limit);
            long total = store.count(c, unitId, year, scope.clearance());
            List<String> classified = rows.stream().filter(r -> r.classification() != Clearance.UNCLASSIFIED)
                    .map(r -> Long.toString(r.id())).toList();
            if (!classified.isEmpty()) {
                audit.append(DocumentsSchema.MODULE, "incoming.list", String.join(",", classified), "classified entries listed");
            }
            return new IncomingPage(total, rows);
        });
    }

    @Override
    public IncomingDocument assign(long id, Long handlerUnitId, String handlerLogin, LocalDate deadline) {
        user.requireAnyRole(Roles.OFFICE_STAFF, Roles.ADMIN);
        if (handlerUnitId == null && (handlerLogin == null || handlerLogin.isBlank())) {
            throw new InvalidInputException("handlerUnitId", "name a handling unit, a handling person, or both");
        }
        if (handlerUnitId != null) {
            organisation.get(handlerUnitId, "handlerUnitId");
        }
        IncomingDocument current = get(id);
        String login = null;
        if (handlerLogin != null && !handlerLogin.isBlank()) {
            var a = accounts.find(handlerLogin.strip())
                    .orElseThrow(() -> new InvalidInputException("handlerLogin", "no account has this login", handlerLogin));
            if (!a.clearance().permits(current.classification())) {
                throw new InvalidInputException("handlerLogin", "the account is not cleared for "
                        + current.classification().name(), handlerLogin);
            }
            login = a.login();
        }
        if (deadline != null && deadline.isBefore(current.receivedOn())) {
            throw new InvalidInputException("deadline", "must not be before the day it was received", deadline);
        }
        String who = login;
        return tx.required(c -> {
            if (current.status() == IncomingStatus.DONE) {
                throw new ConflictException("status", "incoming document " + id + " is already handled");
            }
            store.assign(c, id, handlerUnitId, who, deadline);
            audit.append(DocumentsSchema.MODULE, "incoming.assign", Long.toString(id),
                    "unit=" + handlerUnitId + " login=" + who + " deadline=" + deadline);
            return store.load(c, id).orElseThrow();
        });
    }

    @Override
    public IncomingDocument complete(long id) {
        user.requireAnyRole(Roles.OFFICE_STAFF, Roles.ADMIN);
        IncomingDocument current = get(id);
        return tx.required(c -> {
            if (current.status() == IncomingStatus.DONE) {
                throw new ConflictException("status", "incoming document " + id + " is already handled");
            }
            store.complete(c, id);
            audit.append(DocumentsSchema.MODULE, "incoming.complete", Long.toString(id), null);
            return store.load(c, id).orElseThrow();
        });
    }

    private IncomingDocument get(long id) {
        return find(id).orElseThrow(() -> new EntityNotFoundException("incoming document", id, "id"));
    }

    private static boolean visible(IncomingDocument d, Scope scope) {
        return scope.clearance().permits(d.classification()) && scope.covers(d.unitId());
    }

    private static String required(String text, int max, String field) {
        String t = JdbcDocumentService.optional(text, max, field);
        if (t == null) {
            throw new InvalidInputException(field, "is required");
        }
        return t;
    }
}
