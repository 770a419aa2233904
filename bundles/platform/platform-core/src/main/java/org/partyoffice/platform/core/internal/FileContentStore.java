package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.ContentBatch;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * Files named by their SHA-256 under {@code <data>/files/ab/cdef...}. Written to a temporary file
 * first and moved into place, so a crash never leaves a half-written file under a valid name; the
 * file and its folder are forced to disk before {@code put} returns (for a {@link #batch()}, before
 * its {@code sync} returns), so a database commit that names the hash (made after it) never
 * outlives the file it names.
 * A module's own {@link #area area} is the same kind of store in {@code <data>/files/areas/<name>}
 * (a name no hash folder can take), so backups of the store include it.
 */
@Component(service = ContentStore.class, configurationPid = "org.partyoffice.platform.store")
@Designate(ocd = FileContentStore.Config.class)
public final class FileContentStore implements ContentArea {

    @ObjectClassDefinition(name = "Party Office content store")
    public @interface Config {
        /** Folder of the store; empty means ${karaf.data}/partyoffice/files. */
        String directory() default "";

        /**
         * Write stored files past the operating system's page cache where the file system takes it
         * (O_DIRECT; found out once per folder, otherwise buffered writes). Forced writes of fresh
         * files are several times faster that way on ext4; false always writes through the cache.
         */
        boolean directWrites() default true;
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private final Path root;
    private final String name;
    private final boolean directWrites;
    /** Null until the first write asked {@link DirectWrites#supported} about this folder. */
    private volatile Boolean direct;

    @Activate
    public FileContentStore(Config config) {
        this(config.directory().isBlank() ? DataFolders.root(null).resolve("files") : Path.of(config.directory()),
                config.directWrites());
    }

    public FileContentStore(Path root) {
        this(root, true);
    }

    /** {@code directWrites} false: every file through the page cache (as the store wrote before direct writes). */
    public FileContentStore(Path root, boolean directWrites) {
        this(root, "", directWrites);
    }

    private FileContentStore(Path root, String name, boolean directWrites) {
        this.root = root;
        this.name = name;
        this.directWrites = directWrites;
    }

    public Path root() {
        return root;
    }

    @Override
    public String put(InputStream content) {
        try (FileContentBatch one = new FileContentBatch(root, false, writesDirectly())) {
            String hash = one.put(content);
            one.sync();
            return hash;
        }
    }

    /** Files forced in the background while the next is copied, folders forced once per {@code sync}. */
    @Override
    public ContentBatch batch() {
        return new FileContentBatch(root, true, writesDirectly());
    }

    /** Whether this store's files are written past the page cache: asked of the file system once. */
    public boolean writesDirectly() {
        Boolean known = direct;
        if (known == null) {
            known = directWrites && DirectWrites.supported(root);
            direct = known;
        }
        return known;
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        Path p = path(check(sha256));
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(path(check(sha256)));
    }

    @Override
    public boolean verify(String sha256) {
        Path p = path(check(sha256));
        if (!Files.exists(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = Hashing.sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest()).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ContentArea area(String areaName) {
        if (areaName == null || !AREA.matcher(areaName).matches()) {
            throw new InvalidInputException("area", "must be 1-40 lower-case letters, digits or '-', starting with a letter", areaName);
        }
        return new FileContentStore(root.resolve("areas").resolve(areaName), name.isEmpty() ? areaName : name + "/" + areaName,
                directWrites);
    }

    @Override
    public boolean delete(String sha256) {
        try {
            return Files.deleteIfExists(path(check(sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete content " + sha256, e);
        }
    }

    @Override
    public long size(String sha256) {
        try {
            Path p = path(check(sha256));
            return Files.exists(p) ? Files.size(p) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String hash) {
        return path(root, hash);
    }

    static Path path(Path root, String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2));
    }

    private static String check(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new InvalidInputException("sha256", "must be 64 lower-case hexadecimal characters", sha256);
        }
        return sha256;
    }
}
