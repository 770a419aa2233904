package org.partyoffice.documents.rest.internal;

import java.io.InputStream;
import java.net.URI;
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
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.documents.api.OpenedFile;
import org.partyoffice.platform.api.WebConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document's files: {@code /api/documents/{id}/versions}. Uploads are the raw file as the body
 * (no multipart: the page sends a {@code File} as it is, and curl {@code --data-binary} works).
 */
@Component(service = VersionsResource.class, configurationPid = UploadLimit.PID)
@Designate(ocd = UploadLimit.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class VersionsResource {

    private static final Logger LOG = LoggerFactory.getLogger(VersionsResource.class);

    private final DocumentService documents;
    private final long maxBytes;

    @Activate
    public VersionsResource(@Reference DocumentService documents, UploadLimit limit) {
        this.documents = documents;
        this.maxBytes = limit.maxUploadMegabytes() * 1024L * 1024L;
    }

    @GET
    @Path("{id: \\d+}/versions")
    public List<DocumentVersion> versions(@PathParam("id") long id) {
        return documents.versions(id);
    }

    @POST
    @Path("{id: \\d+}/versions")
    @Consumes(MediaType.WILDCARD)
    public Response add(@PathParam("id") long id, InputStream body, @Context HttpHeaders headers,
                        @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName, @QueryParam("note") String note) {
        DocumentVersion v = documents.addVersion(id, Uploads.attachment(body, headers.getMediaType(), fileName, maxBytes, "file"),
                note);
        LOG.debug("Document {}: version {} ({}, {} bytes)", id, v.number(), v.mediaType(), v.size());
        return Response.created(URI.create("documents/" + id + "/versions/" + v.number() + "/file")).entity(v).build();
    }

    /** The bytes with their media type, as a download named like the uploaded file. */
    @GET
    @Path("{id: \\d+}/versions/{n: \\d+}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("n") int number) {
        OpenedFile file = documents.openFile(id, number);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", Downloads.attachment(file.fileName()))
                .header("Content-Length", file.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
