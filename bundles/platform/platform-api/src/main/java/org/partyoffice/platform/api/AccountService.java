package org.partyoffice.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Accounts with roles, clearance and unit. Only administrators change them. */
@ProviderType
public interface AccountService {

    /** Creates an account; login, full name, password (≥ 10 characters) and one role are required. */
    Account create(AccountChange account);

    /** Edits an account; fields left {@code null} in {@code change} keep their value. */
    Account update(String login, AccountChange change);

    Optional<Account> find(String login);

    List<Account> list();

    /** The account when the password matches and the account is enabled, else empty. */
    Optional<Account> authenticate(String login, char[] password);
}
