package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.ArchiveSearchResult;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.search.internal.AttachmentTextExtraction;
import org.partyoffice.platform.search.internal.LuceneFullTextIndex;

/** Search through the platform's real Lucene index: folding, file text, clearance, scope; and the metadata fallback. */
class ArchiveSearchTest {

    @TempDir
    Path temp;
    Fixture f;
    Fonds province;
    Fonds commune;
    LuceneFullTextIndex lucene;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        province = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.province.id()));
        commune = f.as(Fixture.ARCHIVIST, () -> f.archive.fondsOf(f.commune.id()));
        f.as(Fixture.ARCHIVIST, () -> {
            Dossier open = f.archive.createDossier(new NewDossier(province.id(), null, "HS-DH-01", "Hồ sơ Đại hội Đảng bộ tỉnh",
                    null, null, "VV", Clearance.UNCLASSIFIED));
            f.archive.addItem(open.id(), "Báo cáo chính trị", null, Clearance.UNCLASSIFIED,
                    List.of(Fixture.text("bao-cao.txt", "Nhiệm vụ trọng tâm: chuyển đổi số trong công tác lưu trữ")));
            Dossier secret = f.archive.createDossier(new NewDossier(province.id(), null, "HS-NS-01", "Hồ sơ nhân sự Đại hội",
                    null, null, "VV", Clearance.TOI_MAT));
            f.archive.addItem(secret.id(), "Phương án nhân sự", null, Clearance.TOI_MAT, List.of());
            Dossier communeDossier = f.archive.createDossier(new NewDossier(commune.id(), null, "XA-DH-01",
                    "Hồ sơ Đại hội Đảng bộ xã", null, null, "VV", Clearance.UNCLASSIFIED));
            f.archive.addItem(communeDossier.id(), "Nghị quyết Đại hội xã", null, Clearance.UNCLASSIFIED, List.of());
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        f.index.deactivate();
        if (lucene != null) {
            lucene.close();
        }
        f.close();
    }

    private void withLucene() {
        lucene = new LuceneFullTextIndex(temp.resolve("index"), 50, 3600);
        f.index.bindExtraction(new AttachmentTextExtraction());
        f.index.bindIndex(lucene);
        f.index.reconcile();
        lucene.flush(ArchiveIndex.INDEX);
    }

    private List<String> codes(String login, String words) {
        if (lucene != null) {
            lucene.flush(ArchiveIndex.INDEX);
        }
        return f.as(login, () -> f.archive.search(words, 0, 20)).hits().stream().map(h -> h.dossier().code()).sorted().toList();
    }

    @Test
    void foldedWordsFindMetadataAndFileTextWithinClearanceAndScope() {
        withLucene();
        assertEquals(List.of("HS-DH-01", "HS-NS-01", "XA-DH-01"), codes(Fixture.ARCHIVIST, "dai hoi"));
        assertEquals(List.of("HS-DH-01", "XA-DH-01"), codes(Fixture.VIEWER, "dai hoi"), "nothing above the reader's clearance");
        assertEquals(List.of("XA-DH-01"), codes(Fixture.COMMUNE_ARCHIVIST, "dai hoi"), "a commune sees its own holdings");
        assertEquals(List.of("HS-DH-01"), codes(Fixture.VIEWER, "chuyen doi so"), "the text of the file is searched");
        ArchiveSearchResult result = f.as(Fixture.VIEWER, () -> f.archive.search("dai hoi", 0, 20));
        assertTrue(result.fullText());
        assertEquals(2, result.total());
    }

    @Test
    void aSearchAuditsEachClassifiedDossierItShowsOnceAndCountsExactlyBelowTheBound() {
        withLucene();
        f.as(Fixture.ARCHIVIST, () -> f.archive.addItem(f.archive.findDossier(province.id(), "HS-NS-01").orElseThrow().id(),
                "Danh sách đề cử Ban Chấp hành Đại hội", null, Clearance.TOI_MAT, List.of()));
        lucene.flush(ArchiveIndex.INDEX);
        int before = reads().size();

        ArchiveSearchResult result = f.as(Fixture.ARCHIVIST, () -> f.archive.search("dai hoi", 0, 20));

        assertEquals(4, result.total());
        assertTrue(result.exact(), "a total under the bound is exact");
        assertEquals(2, result.hits().stream().filter(h -> h.dossier().code().equals("HS-NS-01")).count());
        var reads = reads();
        assertEquals(before + 1, reads.size(), "two hits in one Tối mật dossier: one audit entry");
        assertTrue(reads.get(0).detail().contains("HS-NS-01"), reads.get(0).detail());
    }

    /** The archivist's views of classified dossiers, newest first. */
    private List<org.partyoffice.platform.api.AuditEntry> reads() {
        return f.asAdmin(() -> f.audit.query(new AuditQuery(Fixture.ARCHIVIST, "archives", "dossier.read", null, null, null, 100)));
    }

    @Test
    void withoutTheSearchFeatureTheMetadataIsSearchedAndSaysSo() {
        ArchiveSearchResult result = f.as(Fixture.VIEWER, () -> f.archive.search("Đại hội", 0, 20));
        assertFalse(result.fullText());
        assertEquals(2, result.total());
        assertEquals(List.of("HS-DH-01", "XA-DH-01"), codes(Fixture.VIEWER, "Đại hội"));
    }
}
