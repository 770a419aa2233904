package org.partyoffice.platform.rest.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.partyoffice.platform.api.WebConstants;

/** The platform's JAX-RS application at {@code /api}; modules add resources to it by name. */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(WebConstants.APPLICATION_NAME)
public final class RestApplication extends Application {
}
