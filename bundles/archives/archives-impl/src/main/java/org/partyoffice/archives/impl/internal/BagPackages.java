package org.partyoffice.archives.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.BagExportService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;

/**
 * Dossiers as BagIt packages (RFC 8493) made and checked by the Library of Congress BagIt library:
 * the payload holds each item's files under {@code data/<item>/} and {@code data/items.csv}
 * describing the items; {@code bag-info.txt} carries the dossier's fields. An import verifies every
 * payload file against {@code manifest-sha256.txt} before it takes anything.
 */
@Component(service = {BagExportService.class, BagPackages.class})
public final class BagPackages implements BagExportService {

    static final String ITEMS = "items.csv";
    private static final String[] ITEM_COLUMNS = {"item", "title", "date", "classification", "source", "source_id",
            "file", "sha256", "media_type"};

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final JdbcArchiveService archive;
    private final ArchiveIndex index;
    private final Holdings holdings = new Holdings();

    @Activate
    public BagPackages(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                       @Reference JdbcArchiveService archive, @Reference ArchiveIndex index) {
        this.tx = tx;
        this.access = access;
        this.files = files;
        this.archive = archive;
        this.index = index;
    }

    @Override
    public Path exportDossier(long dossierId, Path target) {
        access.requireArchivist();
        Dossier d = archive.getDossier(dossierId);
        if (d.status() == org.partyoffice.archives.api.DossierStatus.TRANSFERRED) {
            throw new ConflictException("status", "dossier " + d.code() + " was transferred to the historical archive, "
                    + "which holds its files now");
        }
        return export(dossierId, target);
    }

    /** The export without the role check: a transfer is approved by the secretary, who need not be an archivist. */
    Path export(long dossierId, Path target) {
        Dossier d = archive.getDossier(dossierId);
        List<Item> items = archive.items(d.id());
        if (items.size() != d.itemCount()) {
            // an export must be the whole dossier, never a part filtered by the exporter's clearance
            throw new ConflictException("dossierId", "dossier " + d.code() + " holds items above your clearance");
        }
        Fonds f = tx.required(c -> holdings.fonds(c, d.fondsId())).orElseThrow();
        access.audit("dossier.export", d.id(), "code=" + d.code() + " classification=" + d.classification().name());
        return write(d, f, items, target);
    }

    @Override
    public List<Path> exportSeries(long seriesId, Path target) {
        access.requireArchivist();
        var series = tx.required(c -> holdings.series(c, seriesId))
                .orElseThrow(() -> new org.partyoffice.platform.api.EntityNotFoundException("series", seriesId, "seriesId"));
        List<Path> bags = new ArrayList<>();
        int offset = 0;
        while (true) {
            var page = archive.dossiers(new DossierQuery(series.fondsId(), series.id(), null, null, offset, JdbcArchiveService.MAX_PAGE));
            for (Dossier d : page.items()) {
                bags.add(exportDossier(d.id(), target));
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return bags;
            }
        }
    }

    private Path write(Dossier d, Fonds f, List<Item> items, Path target) {
        Path bag = target.resolve(safe(f.code() + "_" + d.code()));
        try {
            if (Files.exists(bag)) {
                throw new ConflictException("target", bag + " already exists");
            }
            Files.createDirectories(bag);
            StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row((Object[]) ITEM_COLUMNS));
            for (Item i : items) {
                Path folder = bag.resolve(Long.toString(i.id()));
                Files.createDirectories(folder);
                if (i.files().isEmpty()) {
                    csv.append(Csv.row(i.id(), i.title(), i.date(), i.classification(), i.source(), i.sourceId(), "", "", ""));
                }
                for (StoredFile sf : i.files()) {
                    String name = uniqueName(folder, safe(sf.name()));
                    try (InputStream in = files.area().open(sf.sha256())
                            .orElseThrow(() -> new ConflictException("sha256", "file " + sf.sha256() + " is missing from the archive store"))) {
                        Files.copy(in, folder.resolve(name));
                    }
                    csv.append(Csv.row(i.id(), i.title(), i.date(), i.classification(), i.source(), i.sourceId(),
                            i.id() + "/" + name, sf.sha256(), sf.mediaType()));
                }
            }
            Files.writeString(bag.resolve(ITEMS), csv, StandardCharsets.UTF_8);
            Metadata m = new Metadata();
            m.add("Source-Organization", f.name());
            m.add("External-Identifier", d.code());
            m.add("External-Description", d.title());
            m.add("Bagging-Date", LocalDate.now().toString());
            m.add("Fonds-Code", f.code());
            m.add("Dossier-Retention", d.retention());
            m.add("Dossier-Classification", d.classification().name());
            m.add("Dossier-Status", d.status().name());
            if (d.startDate() != null) {
                m.add("Dossier-Start-Date", d.startDate().toString());
            }
            if (d.endDate() != null) {
                m.add("Dossier-End-Date", d.endDate().toString());
            }
            BagCreator.bagInPlace(bag, List.of(StandardSupportedAlgorithms.SHA256), false, m);
            return bag;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bag " + bag, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueName(Path folder, String name) {
        String n = name;
        for (int i = 2; Files.exists(folder.resolve(n)); i++) {
            n = i + "-" + name;
        }
        return n;
    }

    /** A file or folder name safe on every file system, keeping Vietnamese letters. */
    static String safe(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" : s;
    }

    @Override
    public Dossier importBag(Path bagFolder, long fondsId) {
        access.requireArchivist();
        Fonds f = archive.getFonds(fondsId);
        Bag bag = verified(bagFolder);
        Map<String, String> info = new HashMap<>();
        bag.getMetadata().getAll().forEach(e -> info.putIfAbsent(e.getKey(), e.getValue()));
        String code = required(info, "External-Identifier");
        Clearance classification = Clearance.parse(info.getOrDefault("Dossier-Classification", "UNCLASSIFIED"));
        access.requireCleared(classification, "Dossier-Classification");
        Path data = bagFolder.resolve("data");
        Map<String, List<List<String>>> byItem = new LinkedHashMap<>();
        List<List<String>> rows = readItems(data);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < ITEM_COLUMNS.length) {
                throw new InvalidInputException("items.csv", "every row needs " + ITEM_COLUMNS.length + " columns", row);
            }
            byItem.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
        }
        List<Long> itemIds = new ArrayList<>();
        Dossier created = tx.required(c -> {
            if (holdings.dossierByCode(c, f.id(), code).isPresent()) {
                throw new ConflictException("External-Identifier", "dossier " + code + " already exists in fonds " + f.code());
            }
            Dossier d = archive.insertDossier(c, f, new NewDossier(f.id(), null, code,
                    info.getOrDefault("External-Description", code), date(info.get("Dossier-Start-Date")),
                    date(info.get("Dossier-End-Date")), info.getOrDefault("Dossier-Retention", "VV"), classification));
            for (List<List<String>> item : byItem.values()) {
                List<String> first = item.get(0);
                List<StoredFile> stored = new ArrayList<>();
                for (List<String> row : item) {
                    if (!row.get(6).isEmpty()) {
                        stored.add(storeChecked(data, row));
                    }
                }
                Item added = archive.addItem(c, d, first.get(1), date(first.get(2)), "bagit",
                        f.id() + ":" + code + "/" + first.get(0), Clearance.parse(first.get(3).isEmpty() ? "UNCLASSIFIED" : first.get(3)), stored);
                itemIds.add(added.id());
            }
            access.audit("dossier.import", d.id(), "code=" + code + " items=" + byItem.size() + " from=" + bagFolder.getFileName());
            return holdings.dossier(c, d.id()).orElseThrow();
        });
        index.update(itemIds);
        return created;
    }

    private StoredFile storeChecked(Path data, List<String> row) {
        Path file = data.resolve(row.get(6)).normalize();
        if (!file.startsWith(data) || !Files.isRegularFile(file)) {
            throw new InvalidInputException("items.csv", "names a file that is not in the bag's payload", row.get(6));
        }
        try (InputStream in = Files.newInputStream(file)) {
            StoredFile sf = files.store(new NewFile(file.getFileName().toString(), row.get(8), in));
            if (!sf.sha256().equals(row.get(7))) {
                throw new InvalidInputException("items.csv", "sha256 of " + row.get(6) + " does not match the file", row.get(7));
            }
            return sf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Before a transfer removes the archive's copies: the bag verifies against its manifest, carries
     * every file of the items under the archive's own SHA-256, and is forced to disk.
     */
    void checkTransferPackage(Path folder, List<Item> items) {
        Bag bag = verified(folder);
        java.util.Set<String> carried = new java.util.HashSet<>();
        bag.getPayLoadManifests().forEach(m -> m.getFileToChecksumMap().values()
                .forEach(v -> carried.add(v.toLowerCase(java.util.Locale.ROOT))));
        for (Item i : items) {
            for (StoredFile f : i.files()) {
                if (!carried.contains(f.sha256())) {
                    throw new ConflictException("bag", "the package " + folder + " lacks " + f.name() + " (" + f.sha256()
                            + ") of item " + i.id() + "; nothing was transferred");
                }
            }
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                force(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the package " + folder + " to disk", e);
        }
    }

    private static void force(Path p) throws IOException {
        boolean folder = Files.isDirectory(p);
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // some file systems cannot open a folder; its files are forced one by one
        }
    }

    private static Bag verified(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("bag", "must be a folder holding a bag", folder);
        }
        try (BagVerifier verifier = new BagVerifier()) {
            Bag bag = new BagReader().read(folder);
            verifier.isValid(bag, false);
            return bag;
        } catch (CorruptChecksumException e) {
            throw new InvalidInputException("bag", "fixity check failed: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("bag", "cannot be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new InvalidInputException("bag", "is not a valid bag: " + e.getMessage());
        }
    }

    private static List<List<String>> readItems(Path data) {
        Path csv = data.resolve(ITEMS);
        if (!Files.isRegularFile(csv)) {
            throw new InvalidInputException("bag", "has no data/" + ITEMS + ": it was not written by this archive");
        }
        try {
            List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
            if (rows.isEmpty() || !rows.get(0).get(0).equals("item")) {
                throw new InvalidInputException("items.csv", "must start with the header " + String.join(",", ITEM_COLUMNS));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(Map<String, String> info, String key) {
        String v = info.get(key);
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(key, "must be in bag-info.txt");
        }
        return v.strip();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
