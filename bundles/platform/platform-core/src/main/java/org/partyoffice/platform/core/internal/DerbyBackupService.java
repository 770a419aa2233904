package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.CallableStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.BackupService;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;

/**
 * Online backup: Derby's {@code SYSCS_BACKUP_DATABASE} copies the live database consistently
 * while the platform keeps running; the content store is copied after it (files are immutable
 * and named by hash, so a file added meanwhile is merely extra).
 */
@Component(service = BackupService.class)
public final class DerbyBackupService implements BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Transactions tx;
    private final ContentStore store;
    private final AuditTrail audit;
    private final CurrentUser user;

    @Activate
    public DerbyBackupService(@Reference Transactions tx, @Reference ContentStore store, @Reference AuditTrail audit,
                              @Reference CurrentUser user) {
        this.tx = tx;
        this.store = store;
        this.audit = audit;
        this.user = user;
    }

    @Override
    public Path backup(Path parent) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        if (!tx.databaseProduct().toLowerCase().contains("derby")) {
            throw new ConflictException("database", "built-in backup covers embedded Derby only; back up "
                    + tx.databaseProduct() + " with its own tools (e.g. pg_dump)");
        }
        Path folder = parent.resolve("partyoffice-" + LocalDateTime.now().format(STAMP));
        try {
            Files.createDirectories(folder);
            Path db = folder.resolve("db");
            tx.requiresNew(c -> {
                try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    cs.setString(1, db.toAbsolutePath().toString());
                    cs.execute();
                }
                return null;
            });
            Path storeRoot = null;
            if (store instanceof FileContentStore files && Files.isDirectory(files.root())) {
                storeRoot = files.root();
                copyTree(storeRoot, folder.resolve("files"));
            }
            copyModuleFolders(storeRoot, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + folder + " failed", e);
        }
        audit.append("platform", "backup", folder.toString(), null);
        return folder;
    }

    /**
     * Modules keep files of their own beside the store (e.g. the signatures CA keystore in
     * {@code signatures/}); without them a restored database is incomplete. The full-text indexes
     * ({@code index/}) are left out: the modules rebuild them from the database, and Lucene deletes
     * merged files while it runs, which would make a file-by-file copy fail or be inconsistent.
     */
    /** The default folder of platform-search's indexes under the data root. */
    static final String SEARCH_INDEXES = "index";

    private static void copyModuleFolders(Path storeRoot, Path folder) throws IOException {
        Path dataRoot = DataFolders.root(null);
        if (!Files.isDirectory(dataRoot)) {
            return;
        }
        try (var entries = Files.list(dataRoot)) {
            for (Path dir : entries.filter(Files::isDirectory).toList()) {
                boolean isStore = storeRoot != null && dir.toAbsolutePath().equals(storeRoot.toAbsolutePath());
                boolean holdsBackup = folder.toAbsolutePath().startsWith(dir.toAbsolutePath());
                boolean isSearchIndex = SEARCH_INDEXES.equals(dir.getFileName().toString());
                if (!isStore && !holdsBackup && !isSearchIndex) {
                    copyTree(dir, folder.resolve(dir.getFileName().toString()));
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().endsWith(".tmp")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
