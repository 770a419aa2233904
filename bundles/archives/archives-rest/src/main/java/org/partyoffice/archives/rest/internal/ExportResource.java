package org.partyoffice.archives.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.BagExportService;
import org.partyoffice.platform.api.WebConstants;

/**
 * A dossier as a BagIt package, downloaded as a ZIP of the bag folder:
 * {@code GET /api/archives/dossiers/{id}/bag}. The bag is written to a temporary folder (the
 * service checks roles and clearance and audits the export before anything is sent), zipped while
 * it streams, and deleted afterwards.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@javax.ws.rs.Path("archives")
public final class ExportResource {

    private final BagExportService bags;

    @Activate
    public ExportResource(@Reference BagExportService bags) {
        this.bags = bags;
    }

    @GET
    @javax.ws.rs.Path("dossiers/{id: \\d+}/bag")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response bag(@PathParam("id") long id) {
        Path temp;
        try {
            temp = Files.createTempDirectory("partyoffice-bag-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path bag;
        try {
            bag = bags.exportDossier(id, temp);
        } catch (RuntimeException e) {
            BatchUploads.deleteTree(temp);
            throw e;
        }
        StreamingOutput zip = out -> {
            try {
                zip(bag, out);
            } finally {
                BatchUploads.deleteTree(temp);
            }
        };
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", Downloads.attachment(bag.getFileName() + ".zip"))
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** Writes {@code folder} as a ZIP whose entries start with the folder's name, as BagIt tools expect. */
    static void zip(Path folder, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, java.nio.charset.StandardCharsets.UTF_8);
        String root = folder.getFileName().toString();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String name = root + "/" + folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    if (!p.equals(folder)) {
                        zip.putNextEntry(new ZipEntry(name + "/"));
                        zip.closeEntry();
                    }
                    continue;
                }
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }
}
