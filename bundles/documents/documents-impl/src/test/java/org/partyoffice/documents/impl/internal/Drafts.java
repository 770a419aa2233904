package org.partyoffice.documents.impl.internal;

import java.nio.charset.StandardCharsets;

import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;

/** Walks documents through their life in tests, as the office's staff would. */
final class Drafts {

    private final Fixture f;

    Drafts(Fixture f) {
        this.f = f;
    }

    static Attachment text(String content) {
        return new Attachment("du-thao.txt", "text/plain; charset=UTF-8", content.getBytes(StandardCharsets.UTF_8));
    }

    static Attachment pdf() {
        return new Attachment("du-thao.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
    }

    /** A draft of the province with one text version, created by the clerk. */
    Document draft(String type, String title, Clearance classification) {
        Document d = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), type, title,
                classification, Urgency.NORMAL)));
        f.as(Fixture.CLERK, () -> f.documents.addVersion(d.id(), text("Nội dung: " + title), null));
        return d;
    }

    /** Submitted and signed on paper, ready for a number. */
    Document signed(String type, String title, Clearance classification) {
        Document d = draft(type, title, classification);
        f.as(Fixture.CLERK, () -> f.documents.submit(d.id(), Fixture.SIGNER));
        return f.as(Fixture.SIGNER, () -> f.documents.signOnPaper(d.id(), new Attachment("ban-ky.pdf", "application/pdf",
                pdf().content())));
    }

    /** Promulgated by the clerk. */
    Document promulgated(String type, String title, Clearance classification) {
        Document d = signed(type, title, classification);
        return f.as(Fixture.CLERK, () -> f.documents.promulgate(d.id(), null));
    }
}
