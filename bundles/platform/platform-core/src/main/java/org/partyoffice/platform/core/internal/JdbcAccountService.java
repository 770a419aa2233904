package org.partyoffice.platform.core.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;

/** Accounts, changed only by administrators, every change audited. */
@Component(service = AccountService.class)
public final class JdbcAccountService implements AccountService {

    static final int MIN_PASSWORD = 10;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._\\-]{1,63}");

    private final Transactions tx;
    private final AccountRepository repository;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final OrganisationService organisation;
    private final Events events;

    @Activate
    public JdbcAccountService(@Reference Transactions tx, @Reference AuditTrail audit, @Reference CurrentUser user,
                              @Reference OrganisationService organisation, @Reference Events events) {
        this.tx = tx;
        this.repository = new AccountRepository(tx);
        this.audit = audit;
        this.user = user;
        this.organisation = organisation;
        this.events = events;
    }

    @Override
    public Account create(AccountChange a) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        if (a == null || a.login() == null || !LOGIN.matcher(a.login()).matches()) {
            throw new InvalidInputException("login",
                    "must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    a == null ? null : a.login());
        }
        requireFullName(a.fullName());
        requirePassword(a.password());
        Set<String> roles = roles(a.roles());
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "give at least one role of " + Roles.ALL);
        }
        requireUnit(a.unitId());
        Clearance clearance = a.clearance() == null ? Clearance.UNCLASSIFIED : a.clearance();
        Account created = tx.required(c -> {
            if (repository.find(a.login()).isPresent()) {
                throw new ConflictException("login", "an account with login '" + a.login() + "' already exists");
            }
            Account account = repository.insert(a.login(), a.fullName().trim(), PasswordHasher.hash(a.password().toCharArray()),
                    roles, clearance, a.unitId(), a.enabled() == null || a.enabled());
            audit.append("platform", "account.create", a.login(), "roles=" + roles + " clearance=" + clearance);
            return account;
        });
        events.post(PlatformEvents.ACCOUNT_CHANGED, Map.of(PlatformEvents.LOGIN, created.login()));
        return created;
    }

    @Override
    public Account update(String login, AccountChange change) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        AccountRepository.Stored stored = repository.find(login)
                .orElseThrow(() -> new EntityNotFoundException("account", login, "login"));
        Account old = stored.account();
        String fullName = old.fullName();
        if (change.fullName() != null) {
            requireFullName(change.fullName());
            fullName = change.fullName().trim();
        }
        String hash = stored.passwordHash();
        if (change.password() != null) {
            requirePassword(change.password());
            hash = PasswordHasher.hash(change.password().toCharArray());
        }
        Set<String> roles = old.roles();
        if (change.roles() != null) {
            roles = roles(change.roles());
            if (roles.isEmpty()) {
                throw new InvalidInputException("roles", "give at least one role of " + Roles.ALL);
            }
        }
        Long unitId = old.unitId();
        if (change.unitId() != null) {
            requireUnit(change.unitId());
            unitId = change.unitId();
        }
        Clearance clearance = change.clearance() == null ? old.clearance() : change.clearance();
        boolean enabled = change.enabled() == null ? old.enabled() : change.enabled();
        if (!enabled && login.equals(user.login())) {
            throw new ConflictException("enabled", "you cannot disable your own account");
        }
        String finalName = fullName;
        String finalHash = hash;
        Set<String> finalRoles = roles;
        Long finalUnit = unitId;
        Account updated = tx.required(c -> {
            Account a = repository.update(login, finalName, finalHash, finalRoles, clearance, finalUnit, enabled);
            audit.append("platform", "account.update", login, "roles=" + finalRoles + " clearance=" + clearance
                    + " enabled=" + enabled + (change.password() != null ? " password changed" : ""));
            return a;
        });
        events.post(PlatformEvents.ACCOUNT_CHANGED, Map.of(PlatformEvents.LOGIN, login));
        return updated;
    }

    @Override
    public Optional<Account> find(String login) {
        return repository.find(login).map(AccountRepository.Stored::account);
    }

    @Override
    public List<Account> list() {
        return repository.list();
    }

    @Override
    public Optional<Account> authenticate(String login, char[] password) {
        return repository.find(login)
                .filter(s -> s.account().enabled())
                .filter(s -> PasswordHasher.matches(password, s.passwordHash()))
                .map(AccountRepository.Stored::account);
    }

    private static Set<String> roles(Set<String> requested) {
        Set<String> roles = new LinkedHashSet<>();
        if (requested != null) {
            for (String r : requested) {
                String role = r == null ? "" : r.trim();
                if (!Roles.ALL.contains(role)) {
                    throw new InvalidInputException("roles", "each role must be one of " + Roles.ALL, r);
                }
                roles.add(role);
            }
        }
        return roles;
    }

    private static void requireFullName(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.trim().length() > 200) {
            throw new InvalidInputException("fullName", "must be 1 to 200 characters", fullName);
        }
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
    }

    private void requireUnit(Long unitId) {
        if (unitId != null) {
            organisation.get(unitId, "unitId");
        }
    }
}
