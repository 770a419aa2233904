package org.partyoffice.archives.impl.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * Which dossier a record from a source goes into: {@code source|code|title|retention}, where code
 * and title may use {@code {year}} (of the record's close, in the office's time zone) and
 * {@code {source}}; {@code *} as source is the rule for every other source. Classified records go
 * into a dossier of their own per level ({@code VB-2026-MAT}), so one secret document does not hide
 * a whole year's dossier from readers below its level.
 */
record IntakeRule(String source, String code, String title, String retention) {

    static final List<String> DEFAULTS = List.of(
            "documents|VB-{year}|Văn bản ban hành năm {year}|VV",
            "meetings|HN-{year}|Hồ sơ hội nghị năm {year}|VV",
            "*|{source}-{year}|Tài liệu {source} năm {year}|20N");

    static List<IntakeRule> parse(String[] lines) {
        List<IntakeRule> rules = new ArrayList<>();
        for (String line : lines == null || lines.length == 0 ? DEFAULTS.toArray(new String[0]) : lines) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank() || parts[3].isBlank()) {
                throw new InvalidInputException("intakeRules", "each rule must be source|code|title|retention", line);
            }
            rules.add(new IntakeRule(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()));
        }
        return rules;
    }

    static IntakeRule forSource(List<IntakeRule> rules, String source) {
        return rules.stream().filter(r -> r.source().equals(source)).findFirst()
                .or(() -> rules.stream().filter(r -> r.source().equals("*")).findFirst())
                .orElse(new IntakeRule("*", "{source}-{year}", "{source} {year}", "VV"));
    }

    String codeFor(ArchivalRecord r, ZoneId zone) {
        String base = expand(code, r, zone);
        return r.classification() == null || r.classification() == Clearance.UNCLASSIFIED ? base
                : base + "-" + r.classification().name();
    }

    String titleFor(ArchivalRecord r, ZoneId zone) {
        String base = expand(title, r, zone);
        return r.classification() == null || r.classification() == Clearance.UNCLASSIFIED ? base
                : base + " (" + r.classification().label("vi") + ")";
    }

    private static String expand(String pattern, ArchivalRecord r, ZoneId zone) {
        return pattern.replace("{year}", Integer.toString(r.closedAt().atZone(zone).getYear()))
                .replace("{source}", r.source().toUpperCase(java.util.Locale.ROOT));
    }
}
