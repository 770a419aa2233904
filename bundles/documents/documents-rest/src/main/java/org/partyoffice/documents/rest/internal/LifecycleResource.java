package org.partyoffice.documents.rest.internal;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.Promulgation;
import org.partyoffice.documents.api.Relation;
import org.partyoffice.documents.api.RelationKind;
import org.partyoffice.documents.api.Review;
import org.partyoffice.documents.api.ReviewDecision;
import org.partyoffice.documents.api.TimelineEntry;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;

/**
 * A document's steps after drafting: review, submission, signing (digital or on paper),
 * promulgation, cancellation, distribution, relations and the timeline. Each is one service call.
 */
@Component(service = LifecycleResource.class, configurationPid = UploadLimit.PID)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public final class LifecycleResource {

    /** Accounts asked to review. */
    public record ReviewRequestBody(List<String> reviewers) {
    }

    /** A reviewer's answer: APPROVED or CHANGES_REQUESTED. */
    public record ReviewBody(String decision, String comment) {
    }

    /** Whom the document is submitted to. */
    public record SubmitBody(String signerLogin) {
    }

    /**
     * The promulgation date, ISO (empty is today); the Congress whose one sequence numbers it; the
     * other bodies of a joint document.
     */
    public record PromulgateBody(String date, Long congressId, List<String> jointIssuers) {
    }

    public record CancelBody(String reason) {
    }

    public record DistributeBody(List<Long> unitIds) {
    }

    /** This document REPLACES, AMENDS or IMPLEMENTS {@code toId}. */
    public record RelationBody(String kind, Long toId) {
    }

    private final DocumentService documents;
    private final long maxBytes;

    @Activate
    public LifecycleResource(@Reference DocumentService documents, UploadLimit limit) {
        this.documents = documents;
        this.maxBytes = limit.maxUploadMegabytes() * 1024L * 1024L;
    }

    @POST
    @Path("{id: \\d+}/review-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public Document requestReview(@PathParam("id") long id, ReviewRequestBody body) {
        return documents.requestReview(id, Params.required(body, "reviewers").reviewers());
    }

    @GET
    @Path("{id: \\d+}/reviews")
    public List<Review> reviews(@PathParam("id") long id) {
        return documents.reviews(id);
    }

    @POST
    @Path("{id: \\d+}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Review review(@PathParam("id") long id, ReviewBody body) {
        ReviewBody b = Params.required(body, "decision");
        return documents.review(id, Params.required(Params.enumValue(ReviewDecision.class, b.decision(), "decision"), "decision"),
                b.comment());
    }

    @POST
    @Path("{id: \\d+}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Document submit(@PathParam("id") long id, SubmitBody body) {
        return documents.submit(id, Params.required(body, "signerLogin").signerLogin());
    }

    /** Digital signature of the latest PDF version with the signer's key; the password travels in a header, never in a URL. */
    @POST
    @Path("{id: \\d+}/sign")
    public Document sign(@PathParam("id") long id, @HeaderParam("X-Key-Password") String password) {
        if (documents.digitalSigningAvailable() && (password == null || password.isEmpty())) {
            throw new InvalidInputException("X-Key-Password", "give the password of your signing key");
        }
        // Without the signatures module the service answers 409 on field 'signing', which says what to do instead.
        return documents.signDigitally(id, password == null ? new char[0] : password.toCharArray());
    }

    /** Signed on paper: the body is the signed page's scan (PDF, JPEG, PNG or TIFF). */
    @POST
    @Path("{id: \\d+}/sign-paper")
    @Consumes(MediaType.WILDCARD)
    public Document signOnPaper(@PathParam("id") long id, InputStream body, @Context HttpHeaders headers,
                                @HeaderParam(Uploads.FILE_NAME_HEADER) String fileName) {
        return documents.signOnPaper(id, Uploads.attachment(body, headers.getMediaType(), fileName, maxBytes, "scan"));
    }

    @POST
    @Path("{id: \\d+}/promulgate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Document promulgate(@PathParam("id") long id, PromulgateBody body) {
        return documents.promulgateWith(id, body == null ? null
                : new Promulgation(Params.date(body.date(), "date"), body.congressId(), body.jointIssuers()));
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Document cancel(@PathParam("id") long id, CancelBody body) {
        return documents.cancel(id, Params.required(body, "reason").reason());
    }

    @POST
    @Path("{id: \\d+}/distribute")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<IncomingDocument> distribute(@PathParam("id") long id, DistributeBody body) {
        return documents.distribute(id, Params.required(body, "unitIds").unitIds());
    }

    @GET
    @Path("{id: \\d+}/relations")
    public List<Relation> relations(@PathParam("id") long id) {
        return documents.relations(id);
    }

    @POST
    @Path("{id: \\d+}/relations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Relation relate(@PathParam("id") long id, RelationBody body) {
        RelationBody b = Params.required(body, "kind");
        RelationKind kind = Params.required(Params.enumValue(RelationKind.class, b.kind(), "kind"), "kind");
        return documents.relate(id, kind, Params.required(b.toId(), "toId"));
    }

    @GET
    @Path("{id: \\d+}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return documents.timeline(id);
    }
}
