package org.partyoffice.documents.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.Register;
import org.partyoffice.documents.api.RegisterService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.CurrentUser;
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
