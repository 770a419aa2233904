package org.partyoffice.platform.command.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.partyoffice.platform.api.BackupService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:backup}: an online backup of the database and the content store. */
@Service
@Command(scope = "office", name = "backup",
        description = "Backs up the database and stored files while the office keeps running (Sao lưu)")
public class BackupCommand extends OfficeAction {

    @Argument(index = 0, name = "folder",
            description = "Folder to create the dated backup in; default ${karaf.home}/backups")
    @Completion(FileCompleter.class)
    private String folder;

    @Reference
    private BackupService backups;

    @Override
    protected void run() throws Exception {
        Path written;
        try {
            written = backups.backup(parent(folder, System.getProperty("karaf.home")));
        } catch (UncheckedIOException e) {
            // Mostly a folder that cannot be written: say so in one line (the cause goes to the debug log).
            Throwable cause = e.getCause();
            throw error("Error: folder: " + e.getMessage()
                    + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")"), e);
        }
        out().println("Đã sao lưu / Backup written to: " + written.toAbsolutePath());
    }

    /** The folder given, else {@code backups} under Karaf's home (or the working directory). */
    static Path parent(String folder, String karafHome) {
        if (folder != null && !folder.isBlank()) {
            return Path.of(folder.trim()).toAbsolutePath().normalize();
        }
        return Path.of(karafHome == null || karafHome.isBlank() ? "." : karafHome, "backups").toAbsolutePath().normalize();
    }
}
