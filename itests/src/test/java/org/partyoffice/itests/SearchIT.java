package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchHit;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;
import org.partyoffice.platform.api.search.TextExtraction;

/**
 * The search feature installed at runtime into the running distribution: Lucene embedded in
 * platform-search finds its codecs inside OSGi, folds Vietnamese, filters by clearance, extracts
 * text through the PDFBox bundles, and keeps its index across an uninstall and a reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SearchIT {

    private static final String FEATURE = "partyoffice-search";
    private static final String BSN = "org.partyoffice.platform.search";
    private static final String INDEX = "itest-documents";
    private static final Instant DATE = Instant.parse("2026-02-03T00:00:00Z");

    @Inject
    private BundleContext context;
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution();
    }

    /** One test running the steps in order (Pax Exam does not keep JUnit's method order). */
    @Test
    public void searchLifecycle() throws Exception {
        FullTextIndex index = step1InstallAtRuntime();
        step2LuceneIsPrivateToTheBundle();
        step3IndexAndSearchFoldedTextWithinClearance(index);
        step4ExtractTextThroughThePdfBoxBundles();
        step5UninstallAndReinstallKeepTheIndex();
    }

    private FullTextIndex step1InstallAtRuntime() throws Exception {
        features = Services.awaitSettled(context, 120);
        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        FullTextIndex index = Services.await(context, FullTextIndex.class, 60);
        Services.await(context, TextExtraction.class, 60);
        assertEquals(Bundle.ACTIVE, searchBundle().getState());
        return index;
    }

    private void step2LuceneIsPrivateToTheBundle() {
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability c : revision.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                String pkg = (String) c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
                assertTrue(b.getSymbolicName() + " exports " + pkg, !pkg.startsWith("org.apache.lucene"));
            }
        }
        Bundle search = searchBundle();
        // Lucene's codec SPI is read from this bundle's own class path ...
        assertNotNull(search.getEntry("META-INF/services/org.apache.lucene.codecs.Codec"));
        assertNotNull(search.getEntry("org/apache/lucene/codecs/lucene912/Lucene912Codec.class"));
        // ... and the Java 19+ classes of Lucene's multi-release jar are left out: Lucene then uses
        // its Java 17 code (ByteBuffer mmap, scalar vector code) on any JVM.
        assertNull(search.getEntry("META-INF/versions/"));
        assertNull(search.getHeaders().get("Multi-Release"));
        assertTrue(search.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE).stream()
                .noneMatch(w -> w.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE)
                        .toString().startsWith("org.apache.lucene")));
    }

    private void step3IndexAndSearchFoldedTextWithinClearance(FullTextIndex index) {
        index.clear(INDEX);
        index.index(INDEX, List.of(
                new IndexedItem("nq-01", Clearance.UNCLASSIFIED, "Nghị quyết số 01-NQ/TU về chuyển đổi số",
                        "Đảng bộ tỉnh ban hành nghị quyết", DATE, Map.of("type", "NQ")),
                new IndexedItem("bc-02", Clearance.MAT, "Báo cáo Mật về nghị quyết", "Công tác cán bộ", DATE, Map.of("type", "BC")),
                new IndexedItem("kh-03", Clearance.TUYET_MAT, "Kế hoạch Tuyệt mật", "Nghị quyết quốc phòng", DATE, Map.of("type", "KH"))));
        index.flush(INDEX);

        assertEquals(Set.of("nq-01"), ids(index.search(INDEX, SearchQuery.of("nghi quyet", Clearance.UNCLASSIFIED, 10))));
        SearchResult mat = index.search(INDEX, SearchQuery.of("nghi quyet", Clearance.MAT, 10));
        assertEquals(2, mat.total());
        assertEquals(Set.of("nq-01", "bc-02"), ids(mat));
        assertEquals(3, index.search(INDEX, SearchQuery.of("NGHỊ QUYẾT", Clearance.TUYET_MAT, 10)).total());
        assertEquals(0, index.search(INDEX, SearchQuery.of("tuyet mat", Clearance.TOI_MAT, 10)).total());
        assertEquals(Set.of("kh-03"), ids(index.search(INDEX, SearchQuery.of("tuyet mat", Clearance.TUYET_MAT, 10))));
        assertEquals(Set.of("nq-01"), ids(index.search(INDEX, SearchQuery.of("dang bo chuy*", Clearance.UNCLASSIFIED, 10))));
        assertEquals(Set.of("bc-02"), ids(index.search(INDEX,
                new SearchQuery("nghi quyet", Clearance.TUYET_MAT, Map.of("type", "BC"), 0, 10))));
        assertEquals(0, index.search(INDEX, SearchQuery.of("\"(AND\\*", Clearance.TUYET_MAT, 10)).total());
        assertEquals(3, index.count(INDEX));
        assertTrue(Files.isDirectory(Path.of(System.getProperty("karaf.data"), "partyoffice", "index", INDEX)));

        // Not flushed: the clean stop at uninstall must commit it.
        index.index(INDEX, List.of(new IndexedItem("tb-04", Clearance.UNCLASSIFIED, "Thông báo kết luận", "", DATE, null)));
    }

    private void step4ExtractTextThroughThePdfBoxBundles() throws Exception {
        TextExtraction extraction = Services.await(context, TextExtraction.class, 60);
        assertEquals("Nghi quyet so 01", extraction.extract(new ByteArrayInputStream(PDF.getBytes(StandardCharsets.US_ASCII)),
                "application/pdf", 1000).strip());
        assertEquals("Tờ trình về đề án", extraction.extract(new ByteArrayInputStream(docx("Tờ trình về đề án")),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1000));
        assertEquals("", extraction.extract(new ByteArrayInputStream(new byte[] {1, 2, 3}), "application/pdf", 1000));
    }

    private void step5UninstallAndReinstallKeepTheIndex() throws Exception {
        features.uninstallFeature(FEATURE);
        Services.awaitGone(context, FullTextIndex.class, 60);
        assertNull(bundle(BSN));

        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        FullTextIndex index = Services.await(context, FullTextIndex.class, 60);
        assertEquals(4, index.count(INDEX));
        SearchResult again = index.search(INDEX, SearchQuery.of("thong bao ket luan", Clearance.UNCLASSIFIED, 10));
        assertEquals(Set.of("tb-04"), ids(again));
        SearchHit hit = index.search(INDEX, SearchQuery.of("chuyen doi so", Clearance.UNCLASSIFIED, 10)).hits().get(0);
        assertEquals("Nghị quyết số 01-NQ/TU về chuyển đổi số", hit.title());
        assertEquals(DATE, hit.date());
        assertEquals(0, index.search(INDEX, SearchQuery.of("ke hoach", Clearance.MAT, 10)).total());
    }

    private Bundle searchBundle() {
        Bundle b = bundle(BSN);
        assertNotNull(BSN + " is not installed", b);
        assertEquals("the service comes from the bundle", b, context.getServiceReference(FullTextIndex.class).getBundle());
        return b;
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    /** A PDF with no cross-reference table: PDFBox rebuilds it, as it must for real-world files. */
    private static final String PDF = "%PDF-1.4\n"
            + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R"
            + " /Resources <</Font <</F1 5 0 R>>>>>> endobj\n"
            + "4 0 obj <</Length 45>> stream\nBT /F1 12 Tf 10 50 Td (Nghi quyet so 01) Tj ET\nendstream endobj\n"
            + "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n";

    private static byte[] docx(String paragraph) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
