package org.partyoffice.platform.core.internal;

import java.security.AccessController;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.security.auth.Subject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.Transactions;

/**
 * The acting user: an account bound to this thread by {@link #callAs} (REST requests, jobs),
 * else the user principal of the JAAS subject the Karaf shell runs commands in. Nobody acting
 * means no roles and no clearance, so a missing binding fails closed.
 */
@Component(service = CurrentUser.class)
public final class ThreadCurrentUser implements CurrentUser {

    private static final String SYSTEM = "system";
    private static final String KARAF_USER_PRINCIPAL = "org.apache.karaf.jaas.boot.principal.UserPrincipal";
    private final ThreadLocal<Account> bound = new ThreadLocal<>();
    private final AccountRepository accounts;

    @Activate
    public ThreadCurrentUser(@Reference Transactions tx) {
        this.accounts = new AccountRepository(tx);
    }

    @Override
    public Optional<Account> account() {
        Account a = bound.get();
        if (a != null) {
            return Optional.of(a);
        }
        return subjectLogin().flatMap(accounts::find).map(AccountRepository.Stored::account).filter(Account::enabled);
    }

    @Override
    public String login() {
        Account a = bound.get();
        if (a != null) {
            return a.login();
        }
        return subjectLogin().orElse(SYSTEM);
    }

    @Override
    public Clearance clearance() {
        return account().map(Account::clearance).orElse(Clearance.UNCLASSIFIED);
    }

    @Override
    public boolean hasRole(String role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    @Override
    public void requireAnyRole(String... roles) {
        Optional<Account> a = account();
        if (a.isEmpty()) {
            throw new AccessDeniedException("sign in first: this needs one of the roles " + Arrays.toString(roles));
        }
        for (String role : roles) {
            if (a.get().hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException("account '" + a.get().login() + "' lacks the role needed: one of " + Arrays.toString(roles));
    }

    @Override
    public void requireClearance(Clearance classification) {
        if (!clearance().permits(classification)) {
            throw new AccessDeniedException("this needs clearance " + classification.name());
        }
    }

    @Override
    public <T> T callAs(String login, Callable<T> work) throws Exception {
        Account account = accounts.find(login).map(AccountRepository.Stored::account).filter(Account::enabled)
                .orElseThrow(() -> new AccessDeniedException("account '" + login + "' does not exist or is disabled"));
        Account outer = bound.get();
        bound.set(account);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                bound.remove();
            } else {
                bound.set(outer);
            }
        }
    }

    @SuppressWarnings("removal")
    private static Optional<String> subjectLogin() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        for (Principal p : subject.getPrincipals()) {
            if (KARAF_USER_PRINCIPAL.equals(p.getClass().getName())) {
                return Optional.of(p.getName());
            }
        }
        return Optional.empty();
    }
}
