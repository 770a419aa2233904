package org.partyoffice.archives.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierPage;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.FileContent;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

/**
 * Dossiers and their items: {@code /api/archives/dossiers}, {@code /api/archives/items/{id}/files/{sha256}}.
 * An item's files come either as base64 in a JSON body (several at once) or, like documents-rest's
 * uploads, as the raw body with {@code X-File-Name} (one file; no multipart, so the page sends a
 * {@code File} as it is and curl {@code --data-binary} works).
 */
@Component(service = DossiersResource.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class DossiersResource {

    /** A new dossier; {@code classification} takes constant names or labels (Tối mật). */
    public record DossierBody(String fondsId, String seriesId, String code, String title, String startDate, String endDate,
                              String retention, String classification) {
    }

    /** A file of a JSON item body. */
    public record FileBody(String name, String mediaType, String content) {
    }

    public record ItemBody(String title, String date, String classification, List<FileBody> files) {
    }

    private final ArchiveService archive;
    private final long maxBytes;

    @Activate
    public DossiersResource(@Reference ArchiveService archive, RestConfig config) {
        this.archive = archive;
        this.maxBytes = config.maxUploadMegabytes() * 1024L * 1024L;
    }

    @GET
    @Path("dossiers")
    public DossierPage list(@QueryParam("fondsId") String fondsId, @QueryParam("seriesId") String seriesId,
                            @QueryParam("status") String status, @QueryParam("q") String q,
                            @QueryParam("legalHold") String legalHold,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return archive.dossiers(new DossierQuery(Params.optionalLong(fondsId, "fondsId"), Params.optionalLong(seriesId, "seriesId"),
                Params.enumValue(DossierStatus.class, status, "status"), q == null || q.isBlank() ? null : q.strip(),
                legalHold == null || legalHold.isBlank() ? null : Params.flag(legalHold, "legalHold", false),
                Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE), Params.integer(limit, "limit", 50, 1, 500)));
    }

    @POST
    @Path("dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DossierBody body) {
        DossierBody b = Params.required(body, "body");
        Dossier d = archive.createDossier(new NewDossier(Params.requiredLong(b.fondsId(), "fondsId"),
                Params.optionalLong(b.seriesId(), "seriesId"), b.code(), b.title(), Params.date(b.startDate(), "startDate"),
                Params.date(b.endDate(), "endDate"), b.retention() == null || b.retention().isBlank() ? null : b.retention().strip(),
                Uploads.classification(b.classification(), "classification")));
        return Response.created(URI.create("archives/dossiers/" + d.id())).entity(d).build();
    }

    @GET
    @Path("dossiers/{id: \\d+}")
    public Dossier get(@PathParam("id") long id) {
        return archive.getDossier(id);
    }

    @POST
    @Path("dossiers/{id: \\d+}/close")
    public Dossier close(@PathParam("id") long id) {
        return archive.close(id);
    }

    @GET
    @Path("dossiers/{id: \\d+}/items")
    public List<Item> items(@PathParam("id") long id) {
        return archive.items(id);
    }

    /** An item with its files as base64 (none: a paper record described but not yet digitised). */
    @POST
    @Path("dossiers/{id: \\d+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") long id, ItemBody body) {
        ItemBody b = Params.required(body, "body");
        List<NewFile> files = new ArrayList<>();
        List<FileBody> given = b.files() == null ? List.of() : b.files();
        for (int i = 0; i < given.size(); i++) {
            FileBody f = given.get(i);
            String field = "files[" + i + "]";
            if (f == null) {
                throw new InvalidInputException(field, "must not be empty");
            }
            if (f.name() == null || f.name().isBlank()) {
                throw new InvalidInputException(field + ".name", "must not be empty");
            }
            byte[] bytes = Uploads.base64(f.content(), field + ".content", maxBytes);
            files.add(new NewFile(f.name().strip(), f.mediaType(), new ByteArrayInputStream(bytes)));
        }
        Item item = archive.addItem(id, b.title(), Params.date(b.date(), "date"), Uploads.classification(b.classification(),
                "classification"), files);
        return Response.created(URI.create("archives/dossiers/" + id + "/items")).entity(item).build();
    }

    /** An item of one file sent as the raw body; title, date and classification in the query. */
    @POST
    @Path("dossiers/{id: \\d+}/items/upload")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, InputStream body, @Context HttpHeaders headers,
                           @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName, @QueryParam("title") String title,
                           @QueryParam("date") String date, @QueryParam("classification") String classification) {
        String name = Uploads.fileName(fileName);
        String t = Params.required(title, "title");
        var day = Params.date(date, "date");
        var level = Uploads.classification(classification, "classification");
        byte[] bytes = Uploads.read(body, "file", maxBytes);
        Item item = archive.addItem(id, t, day, level,
                List.of(new NewFile(name, Uploads.mediaType(headers.getMediaType()), new ByteArrayInputStream(bytes))));
        return Response.created(URI.create("archives/dossiers/" + id + "/items")).entity(item).build();
    }

    /** The stored bytes with their media type, as a download named like the filed file. */
    @GET
    @Path("items/{id: \\d+}/files/{sha256}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long itemId, @PathParam("sha256") String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidInputException("sha256", "must be 64 hexadecimal digits", sha256);
        }
        FileContent content = archive.open(itemId, sha256.toLowerCase(java.util.Locale.ROOT));
        StoredFile f = content.file();
        String type = f.mediaType() == null || f.mediaType().isBlank() ? MediaType.APPLICATION_OCTET_STREAM : f.mediaType();
        return Response.ok(content.content(), type)
                .header("Content-Disposition", Downloads.attachment(f.name()))
                .header("Content-Length", f.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
