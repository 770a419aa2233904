package org.partyoffice.archives.command.internal;

import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.archives.api.Dossier;

/** The tables the listing commands print. */
final class Tables {

    private Tables() {
    }

    static ShellTable dossiers(List<Dossier> dossiers) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Mã hồ sơ", "Tiêu đề", "Thời hạn", "Độ mật", "Trạng thái", "Văn bản", "Tệp", "Phong tỏa")) {
            table.column(c);
        }
        table.emptyTableText("(không có hồ sơ / no dossiers)");
        for (Dossier d : dossiers) {
            table.addRow().addContent(d.id(), d.code(), cut(d.title(), 50), d.retention(), d.classification().label("vi"),
                    d.status(), d.itemCount(), d.fileCount(), d.legalHold() ? "có" : "");
        }
        return table;
    }

    static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
