package org.partyoffice.archives.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.FixityService.FixityReport;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.platform.api.Clearance;

/** A changed byte or a lost file is found by the sweep, reported with its dossier and posted. */
class FixityTest {

    @TempDir
    Path temp;
    Fixture f;
    Dossier dossier;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        dossier = f.as(Fixture.ARCHIVIST, () -> {
            Fonds fonds = f.archive.fondsOf(f.province.id());
            Dossier d = f.archive.createDossier(new NewDossier(fonds.id(), null, "HS-FX", "Hồ sơ kiểm tra", null, null, "VV",
                    Clearance.UNCLASSIFIED));
            f.archive.addItem(d.id(), "Biên bản", null, Clearance.UNCLASSIFIED, List.of(Fixture.text("a.txt", "Biên bản họp chi bộ"),
                    Fixture.text("b.txt", "Nghị quyết chi bộ")));
            return d;
        });
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path stored(String hash) {
        return temp.resolve("files/areas/archives").resolve(hash.substring(0, 2)).resolve(hash.substring(2));
    }

    @Test
    void anIntactStorePasses() {
        FixityReport report = f.as(Fixture.ARCHIVIST, () -> f.fixity.sweep());
        assertEquals(2, report.checked());
        assertTrue(report.passed());
        assertEquals(report.id(), f.as(Fixture.VIEWER, () -> f.fixity.latest()).orElseThrow().id());
    }

    @Test
    void aFlippedByteAndALostFileAreReported() throws Exception {
        var files = f.as(Fixture.ARCHIVIST, () -> f.archive.items(dossier.id())).get(0).files();
        String flipped = files.get(0).sha256();
        String lost = files.get(1).sha256();
        try (RandomAccessFile raf = new RandomAccessFile(stored(flipped).toFile(), "rw")) {
            int b = raf.read();
            raf.seek(0);
            raf.write(b ^ 0x01);
        }
        Files.delete(stored(lost));

        FixityReport report = f.as(Fixture.ARCHIVIST, () -> f.fixity.sweep());

        assertEquals(2, report.failures().size());
        var byHash = report.failures().stream().collect(java.util.stream.Collectors.toMap(x -> x.sha256(), x -> x));
        assertEquals("MISMATCH", byHash.get(flipped).problem());
        assertEquals("MISSING", byHash.get(lost).problem());
        assertEquals(List.of(dossier.id()), byHash.get(flipped).dossierIds());
        assertTrue(f.topics.contains(ArchiveEvents.FIXITY_FAILED));
        assertTrue(new ArchivesDashboard(f.tx, f.access, f.archive).figures("vi").isEmpty(), "nobody signed in: no figures");
        long shown = f.as(Fixture.VIEWER, () -> new ArchivesDashboard(f.tx, f.access, f.archive).figures("vi")).stream()
                .filter(x -> x.key().equals("archives.fixityFailures")).findFirst().orElseThrow().value();
        assertEquals(2, shown);
    }
}
