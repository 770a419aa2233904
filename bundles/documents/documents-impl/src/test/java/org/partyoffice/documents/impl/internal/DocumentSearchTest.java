package org.partyoffice.documents.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.SearchHit;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.search.internal.AttachmentTextExtraction;
import org.partyoffice.platform.search.internal.LuceneFullTextIndex;

/** Search through the platform's real Lucene index: folding, attachment text, clearance, scope, rebuild. */
class DocumentSearchTest extends OfficeTest {

    LuceneFullTextIndex lucene;

    @BeforeEach
    @Override
    void setUp() {
        super.setUp();
        lucene = new LuceneFullTextIndex(temp.resolve("index"), 50, 3600);
        f.index.bindExtraction(new AttachmentTextExtraction());
        f.index.bindIndex(lucene);
    }

    @AfterEach
    @Override
    void tearDown() {
        f.index.deactivate();
        lucene.close();
        f.close();
    }

    private List<Long> found(String login, String words) {
        lucene.flush(DocumentIndex.INDEX);
        return f.as(login, () -> f.documents.search(words, 0, 20)).hits().stream().map(SearchHit::document).map(Document::id)
                .toList();
    }

    @Test
    void wordsWithoutDiacriticsFindDocumentsByTitleSymbolAndAttachmentWithinClearanceAndScope() {
        Document open = drafts.promulgated("NQ", "về đẩy mạnh chuyển đổi số trong các cơ quan Đảng", Clearance.UNCLASSIFIED);
        Document secret = drafts.promulgated("NQ", "về bảo vệ bí mật nhà nước, chuyển đổi số", Clearance.TUYET_MAT);
        Document attached = f.as(Fixture.CLERK, () -> f.documents.createDraft(new NewDraft(f.province.id(), "KH",
                "Kế hoạch năm 2027", Clearance.UNCLASSIFIED, Urgency.NORMAL)));
        f.as(Fixture.CLERK, () -> f.documents.addVersion(attached.id(), Drafts.text("Mục tiêu: số hóa 100% hồ sơ lưu trữ "
                + "của Đảng bộ xã Bát Xát."), null));

        assertEquals(List.of(open.id()), found(Fixture.VIEWER, "nghi quyet chuyen doi so"));
        assertEquals(2, found(Fixture.CLERK, "chuyen doi so").size(), "the clerk is cleared for Tuyệt mật");
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.documents.search("chuyen doi so", 0, 20)).total(),
                "the total counts only what the reader may see");
        assertEquals(List.of(open.id()), found(Fixture.VIEWER, "01-NQ/TU"));
        assertEquals(List.of(attached.id()), found(Fixture.VIEWER, "so hoa ho so luu tru"), "text of the attachment");
        assertEquals(List.of(attached.id()), found(Fixture.VIEWER, "bat xa*"), "a prefix");
        assertTrue(found("ngoai.tinh", "chuyen doi so").isEmpty(), "another province finds nothing of this one");
        assertTrue(found(Fixture.VIEWER, "\"(AND*").isEmpty(), "query syntax from users is just words");

        // Lost index: rebuilt from the tables.
        lucene.clear(DocumentIndex.INDEX);
        assertTrue(found(Fixture.CLERK, "chuyen doi so").isEmpty());
        assertEquals(3, f.index.reconcile());
        assertEquals(List.of(secret.id()), found(Fixture.CLERK, "bi mat nha nuoc"));
    }
}
