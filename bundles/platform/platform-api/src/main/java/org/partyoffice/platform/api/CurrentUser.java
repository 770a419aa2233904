package org.partyoffice.platform.api;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is acting: the REST layer binds the authenticated account for the request, the shell
 * runs commands inside the JAAS subject of its session. Use it for every role and clearance check
 * so the web, the REST API and the shell enforce the same rules.
 */
@ProviderType
public interface CurrentUser {

    /** The acting account, if any. */
    Optional<Account> account();

    /** The acting login, or {@code system} for work the platform does on its own. */
    String login();

    /** The acting account's clearance; {@link Clearance#UNCLASSIFIED} when nobody is acting. */
    Clearance clearance();

    boolean hasRole(String role);

    /** Throws {@link AccessDeniedException} unless the user has one of {@code roles}. */
    void requireAnyRole(String... roles);

    /** Throws {@link AccessDeniedException} unless the user may read {@code classification}. */
    void requireClearance(Clearance classification);

    /** Runs {@code work} as {@code login} on this thread (used by REST filters and jobs). */
    <T> T callAs(String login, Callable<T> work) throws Exception;
}
