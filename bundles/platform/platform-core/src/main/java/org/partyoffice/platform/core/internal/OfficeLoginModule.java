package org.partyoffice.platform.core.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.Roles;

/**
 * Checks a login against the platform's accounts and gives the subject the account's roles plus
 * the Karaf roles those imply: every account may open the SSH console ({@code ssh}) and use
 * read-only commands ({@code viewer}); administrators and IT administrators get Karaf's
 * {@code admin} and {@code manager} to install features and change configuration.
 */
public final class OfficeLoginModule implements LoginModule {

    static final String ACCOUNTS_OPTION = "org.partyoffice.platform.accounts";

    private Subject subject;
    private CallbackHandler handler;
    private AccountRepository accounts;
    private final Set<Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.accounts = (AccountRepository) options.get(ACCOUNTS_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Login: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot read the credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        if (name.getName() == null || secret == null) {
            throw new FailedLoginException("login and password are required");
        }
        Account account = accounts.find(name.getName())
                .filter(s -> s.account().enabled())
                .filter(s -> PasswordHasher.matches(secret, s.passwordHash()))
                .map(AccountRepository.Stored::account)
                .orElseThrow(() -> new FailedLoginException("wrong login or password"));
        principals.add(new UserPrincipal(account.login()));
        for (String role : karafRoles(account.roles())) {
            principals.add(new RolePrincipal(role));
        }
        return true;
    }

    static Set<String> karafRoles(Set<String> roles) {
        Set<String> result = new HashSet<>(roles);
        result.add("ssh");
        result.add("viewer");
        if (roles.contains(Roles.ADMIN) || roles.contains(Roles.IT_ADMIN)) {
            result.add("admin");
            result.add("manager");
            result.add("systembundles");
        }
        return result;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
