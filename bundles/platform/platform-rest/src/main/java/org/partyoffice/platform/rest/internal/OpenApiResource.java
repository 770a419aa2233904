package org.partyoffice.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.partyoffice.platform.api.WebConstants;

/**
 * {@code GET /api/openapi.json}: the platform API's OpenAPI 3 document, kept by hand beside the
 * resources (a unit test checks it lists every path they serve) instead of generated at runtime
 * by Swagger, which would add a dozen bundles and seconds to every boot.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("openapi.json")
public final class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";
    private final byte[] document;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public byte[] document() {
        return document.clone();
    }
}
