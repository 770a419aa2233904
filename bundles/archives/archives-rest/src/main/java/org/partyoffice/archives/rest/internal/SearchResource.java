package org.partyoffice.archives.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.archives.api.ArchiveSearchResult;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.platform.api.WebConstants;

/**
 * Search over dossiers and items, within the reader's scope and clearance: {@code /api/archives/search}.
 * {@code fullText} in the answer is false when the search feature is not installed and only the
 * metadata was searched (then words must be typed with their diacritics).
 */
@Component(service = SearchResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public final class SearchResource {

    private final ArchiveService archive;

    @Activate
    public SearchResource(@Reference ArchiveService archive) {
        this.archive = archive;
    }

    @GET
    @Path("search")
    public ArchiveSearchResult search(@QueryParam("q") String q, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        return archive.search(Params.required(q, "q"), Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE),
                Params.integer(limit, "limit", 20, 1, 100));
    }
}
