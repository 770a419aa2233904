package org.partyoffice.documents.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Document types, the issuing units' registers and their numbering policy, and exports of a
 * register for a period. Changing types and registers needs the {@code admin} or {@code it-admin}
 * role.
 */
@ProviderType
public interface RegisterService {

    List<DocumentType> types();

    /** Adds or changes a type (code and name). */
    DocumentType saveType(DocumentType type);

    /** The register of {@code unitId}, if configured. */
    Optional<Register> register(long unitId);

    List<Register> registers();

    /** Configures a unit's register: issuer abbreviation, policy and current term. */
    Register saveRegister(Register register);

    /** The unit's Congress registers, latest first (what the reader's scope covers). @since 1.2 */
    List<CongressRegister> congresses(long unitId);

    /**
     * Adds a Congress register ({@code id} 0) or changes one: name, abbreviation, period label and
     * days. A Congress that has numbered documents keeps its period label and cannot be narrowed so
     * that one of them falls outside it. @since 1.2
     */
    CongressRegister saveCongress(CongressRegister congress);

    /** The register for a period as CSV (UTF-8, RFC 4180), only what the reader may see. */
    byte[] exportCsv(long unitId, LocalDate from, LocalDate to);

    /** The register for a period as a printable PDF, only what the reader may see. */
    byte[] exportPdf(long unitId, LocalDate from, LocalDate to);
}
