package org.partyoffice.documents.command.internal;

import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.Task;

/** The tables the listing commands print. */
final class Tables {

    private Tables() {
    }

    static ShellTable documents(List<Document> documents) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Số, ký hiệu", "Loại", "Trích yếu", "Trạng thái", "Độ mật", "Độ khẩn", "Ngày")) {
            table.column(c);
        }
        table.emptyTableText("(không có văn bản / no documents)");
        for (Document d : documents) {
            table.addRow().addContent(d.id(), d.symbol() == null ? "" : d.symbol(), d.type(), cut(d.title(), 60),
                    d.status(), d.classification().label("vi"), d.urgency().label("vi"),
                    d.promulgatedOn() == null ? "" : d.promulgatedOn().toString());
        }
        return table;
    }

    static ShellTable incoming(List<IncomingDocument> rows) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Số đến", "Nơi gửi", "Số, ký hiệu gốc", "Trích yếu", "Độ mật", "Độ khẩn", "Xử lý", "Hạn")) {
            table.column(c);
        }
        table.emptyTableText("(sổ văn bản đến trống / no incoming documents)");
        for (IncomingDocument d : rows) {
            table.addRow().addContent(d.id(), d.arrivalNumber() + "/" + d.year(), cut(d.sender(), 30),
                    d.originalSymbol() == null ? "" : d.originalSymbol(), cut(d.title(), 50), d.classification().label("vi"),
                    d.urgency().label("vi"), d.status(), d.deadline() == null ? "" : d.deadline().toString());
        }
        return table;
    }

    static ShellTable tasks(List<Task> tasks) {
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Văn bản", "Đơn vị", "Nhiệm vụ", "Hạn", "Trạng thái", "%")) {
            table.column(c);
        }
        table.emptyTableText("(không có nhiệm vụ / no tasks)");
        for (Task t : tasks) {
            table.addRow().addContent(t.id(), t.documentId(), t.unitId(), cut(t.title(), 50), t.deadline(),
                    t.status() + (t.overdue() ? " (QUÁ HẠN)" : ""), t.percent());
        }
        return table;
    }

    static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
