package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.documents.api.CongressRegister;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.Register;
import org.partyoffice.documents.api.RegisterService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;

/** Document types, registers, and the register of a period printed or exported. */
@Component(service = RegisterService.class)
public final class JdbcRegisterService implements RegisterService {

    static final List<String> HEADER = List.of("Số, ký hiệu", "Ngày ban hành", "Loại", "Trích yếu", "Độ mật", "Độ khẩn");

    private final Transactions tx;
    private final Access access;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final OrganisationService organisation;
    private final RegisterStore registers = new RegisterStore();
    private final CongressStore congresses = new CongressStore();
    private final DocumentStore documents = new DocumentStore();

    @Activate
    public JdbcRegisterService(@Reference Transactions tx, @Reference Access access, @Reference AuditTrail audit,
                               @Reference OrganisationService organisation, @Reference DocumentsSchema schema) {
        this.tx = tx;
        this.access = access;
        this.user = access.user();
        this.audit = audit;
        this.organisation = organisation;
    }

    @Override
    public List<DocumentType> types() {
        return tx.required(registers::types);
    }

    @Override
    public DocumentType saveType(DocumentType type) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        DocumentType t = Registers.validate(type);
        return tx.required(c -> {
            registers.saveType(c, t);
            audit.append(DocumentsSchema.MODULE, "type.save", t.code(), t.name() + (t.active() ? "" : " (inactive)"));
            return t;
        });
    }

    @Override
    public Optional<Register> register(long unitId) {
        return tx.required(c -> registers.register(c, unitId));
    }

    @Override
    public List<Register> registers() {
        return tx.required(registers::registers);
    }

    @Override
    public Register saveRegister(Register register) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        Register r = Registers.validate(register, organisation);
        return tx.required(c -> {
            registers.saveRegister(c, r);
            audit.append(DocumentsSchema.MODULE, "register.save", Long.toString(r.unitId()),
                    r.issuer() + " " + r.policy() + " " + r.term());
            return r;
        });
    }

    @Override
    public List<CongressRegister> congresses(long unitId) {
        organisation.get(unitId, "unitId");
        return tx.required(c -> congresses.ofUnit(c, unitId));
    }

    @Override
    public CongressRegister saveCongress(CongressRegister congress) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN, Roles.OFFICE_STAFF);
        CongressRegister r = Registers.validate(congress, organisation);
        return tx.required(c -> {
            if (r.id() != 0) {
                CongressRegister before = congresses.get(c, r.id()).filter(k -> k.unitId() == r.unitId())
                        .orElseThrow(() -> new EntityNotFoundException("Congress of unit " + r.unitId(), r.id(), "id"));
                keepNumbered(c, before, r);
            }
            Optional<CongressRegister> clash = congresses.overlapping(c, r);
            if (clash.isPresent()) {
                throw new ConflictException("opensOn", "the days overlap " + clash.get().name() + " ("
                        + clash.get().opensOn() + " … " + clash.get().closesOn() + ")");
            }
            CongressRegister saved;
            try {
                saved = r.id() == 0 ? withId(r, congresses.insert(c, r)) : update(c, r);
            } catch (SQLIntegrityConstraintViolationException taken) {
                throw new ConflictException("period", "this unit already has a Congress labelled " + r.period());
            }
            audit.append(DocumentsSchema.MODULE, "congress.save", Long.toString(saved.id()), saved.name() + " "
                    + saved.period() + " " + saved.opensOn() + ".." + saved.closesOn());
            return saved;
        });
    }

    /** Numbers already given stay right: same label, and every one of their days still inside. */
    private void keepNumbered(Connection c, CongressRegister before, CongressRegister after) throws SQLException {
        Optional<LocalDate[]> span = congresses.numberedSpan(c, before.id());
        if (span.isEmpty()) {
            return;
        }
        if (!before.period().equals(after.period())) {
            throw new ConflictException("period", "documents were numbered as " + before.period() + "; it cannot change");
        }
        if (after.opensOn().isAfter(span.get()[0]) || after.closesOn().isBefore(span.get()[1])) {
            throw new ConflictException("opensOn", "documents of this Congress were promulgated " + span.get()[0] + " … "
                    + span.get()[1] + "; the days must still cover them");
        }
    }

    private CongressRegister update(Connection c, CongressRegister r) throws SQLException {
        congresses.update(c, r);
        return r;
    }

    private static CongressRegister withId(CongressRegister r, long id) {
        return new CongressRegister(id, r.unitId(), r.name(), r.issuer(), r.period(), r.opensOn(), r.closesOn());
    }

    @Override
    public byte[] exportCsv(long unitId, LocalDate from, LocalDate to) {
        return Csv.write(HEADER, rows(unitId, from, to));
    }

    @Override
    public byte[] exportPdf(long unitId, LocalDate from, LocalDate to) {
        Unit unit = organisation.get(unitId, "unitId");
        return RegisterPdf.print("Sổ đăng ký văn bản đi — " + unit.name() + " — " + from + " … " + to, HEADER,
                rows(unitId, from, to));
    }

    private List<List<String>> rows(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from", to);
        }
        organisation.get(unitId, "unitId");
        Scope scope = access.scope();
        return tx.required(c -> {
            List<Document> docs = documents.promulgated(c, unitId, from, to, scope);
            List<String> classified = docs.stream().filter(d -> d.classification().ordinal() > 0)
                    .map(d -> Long.toString(d.id())).toList();
            if (!classified.isEmpty()) {
                audit.append(DocumentsSchema.MODULE, "register.export", String.join(",", classified),
                        "classified documents exported for unit " + unitId);
            }
            List<List<String>> rows = new ArrayList<>();
            for (Document d : docs) {
                rows.add(List.of(d.symbol(), d.promulgatedOn().toString(), d.type(), d.title(),
                        d.classification().label("vi"), d.urgency().label("vi")));
            }
            return rows;
        });
    }
}
