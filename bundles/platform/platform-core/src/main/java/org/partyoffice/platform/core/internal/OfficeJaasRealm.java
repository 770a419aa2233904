package org.partyoffice.platform.core.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.Transactions;

/**
 * Replaces Karaf's {@code karaf} JAAS realm (a higher rank wins) with one backed by the
 * platform's accounts, so the SSH console, the REST API and the web shell all sign in against
 * the same hashed passwords, roles and disabled flags. Setting {@code enabled=false} hands the
 * realm back to Karaf's own configuration (for example an LDAP realm).
 */
@Component(service = JaasRealm.class, configurationPid = "org.partyoffice.platform.realm")
@Designate(ocd = OfficeJaasRealm.Config.class)
public final class OfficeJaasRealm implements JaasRealm {

    @ObjectClassDefinition(name = "Party Office JAAS realm")
    public @interface Config {
        String realm() default "karaf";

        int rank() default 10;
    }

    private final String name;
    private final int rank;
    private final AppConfigurationEntry[] entries;

    @Activate
    public OfficeJaasRealm(@Reference Transactions tx, BundleContext context, Config config) {
        this.name = config.realm();
        this.rank = config.rank();
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, OfficeLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        // The login module is created by reflection, so it receives its collaborators as options.
        options.put(OfficeLoginModule.ACCOUNTS_OPTION, new AccountRepository(tx));
        this.entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getRank() {
        return rank;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
