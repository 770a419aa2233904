package org.partyoffice.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.BundleTracker;
import org.partyoffice.platform.api.WebConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/openapi.json}: the platform API's OpenAPI 3 document, kept by hand beside the
 * resources (a unit test checks it lists every path they serve) instead of generated at runtime
 * by Swagger, which would add a dozen bundles and seconds to every boot.
 *
 * <p>Modules describe their own paths: an active bundle whose manifest has the header
 * {@value #HEADER} (the path of a JSON fragment inside the bundle, e.g.
 * {@code openapi/signatures.json}) is merged in while it is active (see {@link OpenApiFragments});
 * a module installed or removed at runtime appears in or leaves the document at once.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("openapi.json")
public final class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";
    /** The manifest header naming a module's OpenAPI fragment (a resource path inside its bundle). */
    static final String HEADER = "PartyOffice-OpenAPI";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final JsonNode platform;
    private final Map<Long, OpenApiFragments.Fragment> fragments = new ConcurrentHashMap<>();
    private volatile byte[] document;
    private BundleTracker<Long> tracker;

    public OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            platform = OpenApiFragments.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document = OpenApiFragments.bytes(platform);
    }

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<Long>(context, Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                String path = bundle.getHeaders("").get(HEADER);
                if (path == null || path.isBlank()) {
                    return null;
                }
                URL entry = bundle.getEntry(path.strip());
                if (entry == null) {
                    LOG.warn("Bundle {} names the OpenAPI fragment {} but has no such entry", bundle.getSymbolicName(), path);
                    return null;
                }
                try (InputStream in = entry.openStream()) {
                    addFragment(bundle.getBundleId(), bundle.getSymbolicName(), in.readAllBytes());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The OpenAPI fragment {} of bundle {} cannot be read; left out", path, bundle.getSymbolicName(), e);
                    return null;
                }
                return bundle.getBundleId();
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                removeFragment(id);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Merges a module's fragment (JSON bytes) in. */
    void addFragment(long bundleId, String bundle, byte[] json) throws IOException {
        fragments.put(bundleId, new OpenApiFragments.Fragment(bundle, OpenApiFragments.parse(json)));
        rebuild();
    }

    void removeFragment(long bundleId) {
        if (fragments.remove(bundleId) != null) {
            rebuild();
        }
    }

    private synchronized void rebuild() {
        OpenApiFragments.Merged merged = OpenApiFragments.merge(platform, List.copyOf(fragments.values()));
        merged.conflicts().forEach(c -> LOG.warn("OpenAPI: {}", c));
        document = OpenApiFragments.bytes(merged.document());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public byte[] document() {
        return document.clone();
    }
}
