package org.partyoffice.signatures.rest.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.WebConstants;
import org.partyoffice.signatures.api.Device;
import org.partyoffice.signatures.api.DeviceRegistry;
import org.partyoffice.signatures.api.DeviceState;

/** The register of secure storage devices (USB tokens): {@code /api/signatures/devices}. */
@Component(service = DevicesResource.class)
@JaxrsResource
@JSONRequired
@JaxrsApplicationSelect(WebConstants.APPLICATION_SELECT)
@Path("signatures/devices")
@Produces(MediaType.APPLICATION_JSON)
public final class DevicesResource {

    /** A new device: its serial and model. */
    public record RegisterBody(String serial, String model) {
    }

    /** Whom a device is given to. */
    public record IssueBody(String holderLogin) {
    }

    private final DeviceRegistry devices;

    @Activate
    public DevicesResource(@Reference DeviceRegistry devices) {
        this.devices = devices;
    }

    /** Devices by serial; {@code state} (IN_STOCK, ISSUED, RETURNED, LOST, DESTROYED) and {@code holder} filter. */
    @GET
    public List<Device> list(@QueryParam("state") String state, @QueryParam("holder") String holder) {
        return devices.list(state == null || state.isBlank() ? null : CertificatesResource.parse(DeviceState.class, state, "state"),
                holder);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegisterBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        Device device = devices.register(body.serial(), body.model());
        return Response.created(URI.create("signatures/devices/" + device.serial())).entity(device).build();
    }

    @GET
    @Path("{serial}")
    public Device get(@PathParam("serial") String serial) {
        return devices.find(serial).orElseThrow(() -> new EntityNotFoundException("device", serial, "serial"));
    }

    @POST
    @Path("{serial}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public Device issue(@PathParam("serial") String serial, IssueBody body) {
        if (body == null) {
            throw new InvalidInputException("holderLogin", "is required");
        }
        return devices.issue(serial, body.holderLogin());
    }

    /** The holder gives it back; its valid certificates are revoked (CESSATION_OF_OPERATION). */
    @POST
    @Path("{serial}/return")
    public Device returnDevice(@PathParam("serial") String serial) {
        return devices.returnDevice(serial);
    }

    /** Lost or stolen; its valid certificates are revoked (KEY_COMPROMISE) and a new CRL published. */
    @POST
    @Path("{serial}/lost")
    public Device lost(@PathParam("serial") String serial) {
        return devices.markLost(serial);
    }

    @POST
    @Path("{serial}/destroy")
    public Device destroy(@PathParam("serial") String serial) {
        return devices.destroy(serial);
    }
}
