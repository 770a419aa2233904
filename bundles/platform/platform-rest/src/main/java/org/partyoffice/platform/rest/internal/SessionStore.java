package org.partyoffice.platform.rest.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Web-shell sessions: random tokens in an HttpOnly cookie, expiring after idle minutes. */
@Component(service = SessionStore.class, configurationPid = "org.partyoffice.platform.rest")
public final class SessionStore {

    static final String COOKIE = "PO_SESSION";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final long idleMillis;

    private static final class Session {
        final String login;
        volatile long lastSeen;

        Session(String login, long lastSeen) {
            this.login = login;
            this.lastSeen = lastSeen;
        }
    }

    @Activate
    public SessionStore(Authenticator.Config config) {
        this.idleMillis = Math.max(1, config.sessionIdleMinutes()) * 60_000L;
    }

    public String open(String login) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Session(login, System.currentTimeMillis()));
        return token;
    }

    public Optional<String> login(String token) {
        if (token == null) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        Session s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (now - s.lastSeen > idleMillis) {
            sessions.remove(token);
            return Optional.empty();
        }
        s.lastSeen = now;
        if (sessions.size() > 1000) {
            sessions.values().removeIf(x -> now - x.lastSeen > idleMillis);
        }
        return Optional.of(s.login);
    }

    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Ends every session of {@code login} (account disabled or password changed). */
    public void closeAll(String login) {
        sessions.values().removeIf(s -> s.login.equals(login));
    }
}
