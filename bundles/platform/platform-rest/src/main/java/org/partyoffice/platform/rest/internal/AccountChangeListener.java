package org.partyoffice.platform.rest.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.partyoffice.platform.api.PlatformEvents;

/**
 * When an account changes anywhere (REST, shell, another module), remembered credentials and the
 * account's web sessions end, so a new password or a disabled flag takes effect at once.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + PlatformEvents.ACCOUNT_CHANGED)
public final class AccountChangeListener implements EventHandler {

    private final Authenticator authenticator;
    private final SessionStore sessions;

    @Activate
    public AccountChangeListener(@Reference Authenticator authenticator, @Reference SessionStore sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public void handleEvent(Event event) {
        authenticator.forget();
        Object login = event.getProperty(PlatformEvents.LOGIN);
        if (login != null) {
            sessions.closeAll(login.toString());
        }
    }
}
