package org.partyoffice.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Checks credentials against Karaf's JAAS realm (by default backed by the platform's accounts,
 * or LDAP if IT configures it). Successful Basic credentials are remembered for a short while as
 * a hash, because a slow password hash on every API call would make the API slow.
 */
@Component(service = Authenticator.class, configurationPid = "org.partyoffice.platform.rest")
@Designate(ocd = Authenticator.Config.class)
public final class Authenticator {

    @ObjectClassDefinition(name = "Party Office REST security")
    public @interface Config {
        String realm() default "karaf";

        /** Seconds a verified Basic credential is remembered. */
        int credentialCacheSeconds() default 60;

        /** Minutes a web-shell session lives without activity. */
        int sessionIdleMinutes() default 30;

        /** Largest request body, in MB, accepted before any resource reads it (413 beyond). */
        int maxRequestMegabytes() default 64;
    }

    private static final int MAX_CACHE = 10_000;
    private final String realm;
    private final long cacheMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String login, long until) {
    }

    @Activate
    public Authenticator(Config config) {
        this.realm = config.realm();
        this.cacheMillis = config.credentialCacheSeconds() * 1000L;
    }

    /** The login the realm accepted for these credentials, or empty. */
    public Optional<String> authenticate(String login, String password) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String key = digest(login + '\u0000' + password);
        long now = System.currentTimeMillis();
        Cached hit = cache.get(key);
        if (hit != null && hit.until() > now) {
            return Optional.of(hit.login());
        }
        Optional<String> result = jaasLogin(login, password);
        if (result.isPresent()) {
            if (cache.size() >= MAX_CACHE) {
                cache.entrySet().removeIf(e -> e.getValue().until() <= now);
                if (cache.size() >= MAX_CACHE) {
                    cache.clear();
                }
            }
            cache.put(key, new Cached(result.get(), now + cacheMillis));
        }
        return result;
    }

    private Optional<String> jaasLogin(String login, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads the login module through the context class loader; Karaf's proxy lives in jaas.boot.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback nc) {
                        nc.setName(login);
                    } else if (cb instanceof PasswordCallback pc) {
                        pc.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof UserPrincipal) {
                    return Optional.of(p.getName());
                }
            }
            return Optional.of(login);
        } catch (LoginException failed) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Forgets remembered credentials (after a password change or when an account is disabled). */
    public void forget() {
        cache.clear();
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
