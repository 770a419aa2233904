package org.partyoffice.documents.rest.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentPage;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.SearchPage;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

/**
 * The outgoing register: {@code /api/documents} (list, drafts, one document, lookup by symbol,
 * search, and what this installation can do). Every rule, clearance included, is in the service.
 */
@Component(service = DocumentsResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class DocumentsResource {

    /** A new draft; {@code classification} and {@code urgency} take constant names or labels (Tuyệt mật, Hỏa tốc). */
    public record DraftBody(Long unitId, String type, String title, String classification, String urgency) {
        NewDraft toDraft() {
            return new NewDraft(Params.required(unitId, "unitId"), type, title, DocumentsResource.classification(classification),
                    Urgency.parse(urgency));
        }
    }

    /** A change of summary, classification or urgency. */
    public record UpdateBody(String title, String classification, String urgency) {
    }

    private final DocumentService documents;

    @Activate
    public DocumentsResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    public DocumentPage list(@QueryParam("unitId") String unitId, @QueryParam("type") String type,
                             @QueryParam("status") String status, @QueryParam("period") String period,
                             @QueryParam("year") String year, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit) {
        Integer y = year == null || year.isBlank() ? null : Params.integer(year, "year", 0, 1945, 9999);
        return documents.list(new DocumentQuery(Params.optionalLong(unitId, "unitId"), blankToNull(type),
                Params.enumValue(DocumentStatus.class, status, "status"), blankToNull(period), y,
                Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE), Params.integer(limit, "limit", 50, 1, 1000)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DraftBody body) {
        Document d = documents.createDraft(Params.required(body, "body").toDraft());
        return Response.created(URI.create("documents/" + d.id())).entity(d).build();
    }

    @GET
    @Path("{id: \\d+}")
    public Document get(@PathParam("id") long id) {
        return documents.get(id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Document update(@PathParam("id") long id, UpdateBody body) {
        UpdateBody b = Params.required(body, "body");
        return documents.update(id, b.title(), classification(b.classification()), Urgency.parse(b.urgency()));
    }

    @GET
    @Path("by-symbol")
    public Document bySymbol(@QueryParam("symbol") String symbol, @QueryParam("period") String period) {
        return documents.findBySymbol(Params.required(symbol, "symbol"), period)
                .orElseThrow(() -> new EntityNotFoundException("document", symbol, "symbol"));
    }

    @GET
    @Path("search")
    public SearchPage search(@QueryParam("q") String q, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit) {
        return documents.search(Params.required(q, "q"), Params.integer(offset, "offset", 0, 0, Integer.MAX_VALUE),
                Params.integer(limit, "limit", 20, 1, 100));
    }

    /** What this installation can do, so the page offers only what works. */
    @GET
    @Path("capabilities")
    public Map<String, Object> capabilities() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("digitalSigning", documents.digitalSigningAvailable());
        boolean fullText = documents.searchAvailable();
        c.put("fullTextSearch", fullText);
        // What search does without the platform's index: symbols and summaries looked up in the tables.
        c.put("searchMode", fullText ? "FULL_TEXT" : "TABLE_FALLBACK");
        return c;
    }

    /** Clearance.parse names its error {@code clearance}; here the field is {@code classification}. */
    static Clearance classification(String value) {
        if (value == null || value.isBlank()) {
            return Clearance.UNCLASSIFIED;
        }
        try {
            return Clearance.parse(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("classification", e.rule(), value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
