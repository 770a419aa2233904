package org.partyoffice.signatures.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.signatures.api.Device;
import org.partyoffice.signatures.api.DeviceRegistry;
import org.partyoffice.signatures.api.DeviceState;
import org.partyoffice.signatures.api.RevocationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register of secure storage devices. Each change is one transaction: the device row, the
 * revocation of its certificates (for a return or a loss), the new CRL and the audit entries
 * commit or roll back together.
 */
@Component(service = DeviceRegistry.class)
public final class DeviceRegistryService implements DeviceRegistry {

    static final int MAX_SERIAL = 100;
    static final int MAX_MODEL = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DeviceRegistryService.class);

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final AccountService accounts;
    private final DeviceCertificates certificates;
    private final Clock clock;
    private final DeviceStore store = new DeviceStore();

    @Activate
    public DeviceRegistryService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                                 @Reference AccountService accounts, @Reference DeviceCertificates certificates) {
        this(tx, user, audit, accounts, certificates, Clock.systemUTC());
    }

    DeviceRegistryService(Transactions tx, CurrentUser user, AuditTrail audit, AccountService accounts,
                          DeviceCertificates certificates, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.accounts = accounts;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public Device register(String serial, String model) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        String s = serial(serial);
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "is required");
        }
        String m = model.strip();
        if (m.length() > MAX_MODEL) {
            throw new InvalidInputException("model", "must be at most " + MAX_MODEL + " characters");
        }
        Instant now = clock.instant();
        Device device = tx.required(c -> {
            if (store.exists(c, s)) {
                throw new ConflictException("serial", "device " + s + " is already registered");
            }
            store.insert(c, s, m, user.login(), now);
            audit.append(CaService.MODULE, "device.register", s, "model=" + m);
            return load(c, s);
        });
        LOG.info("Registered device {} ({})", s, m);
        return device;
    }

    @Override
    public Device issue(String serial, String holderLogin) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        String s = serial(serial);
        if (holderLogin == null || holderLogin.isBlank()) {
            throw new InvalidInputException("holderLogin", "is required");
        }
        String login = holderLogin.strip();
        Account holder = accounts.find(login)
                .orElseThrow(() -> new InvalidInputException("holderLogin", "no account has this login", login));
        if (!holder.enabled()) {
            throw new InvalidInputException("holderLogin", "the account is disabled", login);
        }
        return change(s, "device.issue", EnumSet.of(DeviceState.IN_STOCK, DeviceState.RETURNED), DeviceState.ISSUED,
                holder.login(), holder.unitId(), null);
    }

    @Override
    public Device returnDevice(String serial) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        return change(serial(serial), "device.return", EnumSet.of(DeviceState.ISSUED), DeviceState.RETURNED, null, null,
                RevocationReason.CESSATION_OF_OPERATION);
    }

    @Override
    public Device markLost(String serial) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        return change(serial(serial), "device.lost", EnumSet.of(DeviceState.IN_STOCK, DeviceState.ISSUED,
                DeviceState.RETURNED), DeviceState.LOST, null, null, RevocationReason.KEY_COMPROMISE);
    }

    @Override
    public Device destroy(String serial) {
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        // A returned or lost device's certificates were revoked when it got there; one in stock has none.
        return change(serial(serial), "device.destroy", EnumSet.of(DeviceState.IN_STOCK, DeviceState.RETURNED,
                DeviceState.LOST), DeviceState.DESTROYED, null, null, RevocationReason.CESSATION_OF_OPERATION);
    }

    @Override
    public Optional<Device> find(String serial) {
        String s = serial(serial);
        String only = visibleHolder();
        return tx.required(c -> {
            Optional<DeviceStore.Row> row = store.find(c, s);
            if (row.isEmpty() || only != null && !only.equals(row.get().holderLogin())) {
                return Optional.empty();
            }
            return Optional.of(row.get().device(store.certificates(c, s)));
        });
    }

    @Override
    public List<Device> list(DeviceState state, String holderLogin) {
        String only = visibleHolder();
        String holder = holderLogin == null || holderLogin.isBlank() ? null : holderLogin.strip();
        if (only != null) {
            if (holder != null && !holder.equals(only)) {
                return List.of();
            }
            holder = only;
        }
        String h = holder;
        return tx.required(c -> {
            List<DeviceStore.Row> rows = store.list(c, state, h);
            Map<String, List<String>> certs = rows.isEmpty() ? Map.of() : store.allCertificates(c);
            return rows.stream().map(r -> r.device(certs.getOrDefault(r.serial(), List.of()))).toList();
        });
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Device change(String s, String action, Set<DeviceState> from, DeviceState to, String holderLogin, Long unitId,
                          RevocationReason revokeWith) {
        Instant now = clock.instant();
        Device device = tx.required(c -> {
            if (store.transition(c, s, from, to, holderLogin, unitId, now) == 0) {
                DeviceStore.Row row = store.find(c, s).orElseThrow(() -> new EntityNotFoundException("device", s, "serial"));
                throw new ConflictException("state", "device " + s + " is " + row.state() + "; it cannot go to " + to
                        + " (only from " + from + ")");
            }
            List<String> revoked = revokeWith == null ? List.of() : certificates.revokeOnDevice(c, s, revokeWith, now);
            StringBuilder detail = new StringBuilder("state=" + to);
            if (holderLogin != null) {
                detail.append("; holder=").append(holderLogin);
            }
            if (!revoked.isEmpty()) {
                detail.append("; revoked ").append(revokeWith).append(": ").append(String.join(",", revoked));
            }
            audit.append(CaService.MODULE, action, s, detail.toString());
            return load(c, s);
        });
        LOG.info("Device {} is now {}", s, to);
        return device;
    }

    private Device load(java.sql.Connection c, String s) throws java.sql.SQLException {
        DeviceStore.Row row = store.find(c, s).orElseThrow(() -> new EntityNotFoundException("device", s, "serial"));
        return row.device(store.certificates(c, s));
    }

    static String serial(String serial) {
        if (serial == null || serial.isBlank()) {
            throw new InvalidInputException("serial", "is required");
        }
        String s = serial.strip();
        if (s.length() > MAX_SERIAL) {
            throw new InvalidInputException("serial", "must be at most " + MAX_SERIAL + " characters");
        }
        return s;
    }

    /** {@code null} when the user may see every device (administrators), else the one holder whose devices they see. */
    private String visibleHolder() {
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.IT_ADMIN)) {
            return null;
        }
        return user.account().map(Account::login)
                .orElseThrow(() -> new AccessDeniedException("sign in first to see devices"));
    }
}
