package org.partyoffice.platform.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.WebConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns every exception into a problem response: domain errors keep their status and field,
 * malformed JSON is a 400 naming the field, and anything unexpected is logged with its stack
 * trace and answered without one.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof OfficeException oe) {
            if (oe.status() >= 500) {
                LOG.warn("Request failed: {}", oe.getMessage(), oe);
            }
            return Problems.response(oe.status(), oe.problemType(), oe.getMessage(), oe.field());
        }
        if (t instanceof JsonMappingException jme) {
            String field = fieldOf(jme);
            String detail = field == null ? "the request body is not valid JSON for this call"
                    : "field '" + field + "' " + reason(jme);
            return Problems.response(400, "malformed-request", detail, field);
        }
        if (t instanceof JsonProcessingException jpe) {
            return Problems.response(400, "malformed-request", "the request body is not valid JSON: "
                    + jpe.getOriginalMessage(), null);
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status >= 500) {
                LOG.warn("Request failed", wae);
            }
            return Problems.response(status, "http-" + status, wae.getMessage(), null);
        }
        LOG.error("Unexpected error while serving a request", t);
        return Problems.response(500, "internal-error", "an unexpected error occurred; it was logged", null);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (!(t instanceof OfficeException) && !(t instanceof JsonProcessingException) && t.getCause() != null
                && t.getCause() != t) {
            if (t instanceof WebApplicationException && !(t.getCause() instanceof OfficeException)
                    && !(t.getCause() instanceof JsonProcessingException)) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    static String fieldOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String reason(JsonMappingException e) {
        String name = e.getClass().getSimpleName();
        if (name.contains("UnrecognizedProperty")) {
            return "is not known here";
        }
        if (name.contains("InvalidFormat") || name.contains("MismatchedInput")) {
            return "has the wrong type or format";
        }
        return "is invalid";
    }
}
