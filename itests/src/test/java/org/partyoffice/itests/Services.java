package org.partyoffice.itests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for services that appear only after a feature is installed at runtime. */
public final class Services {

    private Services() {
    }

    public static <T> T await(BundleContext context, Class<T> type, long seconds) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(seconds));
            if (service == null) {
                throw new AssertionError(type.getName() + " did not appear within " + seconds + " s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    /**
     * Waits until the framework is quiet: no bundle starting or stopping and the same bundles in the
     * same states, with the same features service, for a second. Under load the distribution's first
     * start can still be refreshing bundles when a test begins, which replaces services the test
     * was injected with; returns the features service as registered then.
     */
    public static org.apache.karaf.features.FeaturesService awaitSettled(BundleContext context, long seconds)
            throws InterruptedException {
        long until = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(seconds);
        String last = null;
        while (System.currentTimeMillis() < until) {
            String now = snapshot(context);
            if (now != null && now.equals(last)) {
                return await(context, org.apache.karaf.features.FeaturesService.class, seconds);
            }
            last = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("the framework did not settle within " + seconds + " s");
    }

    private static String snapshot(BundleContext context) {
        StringBuilder b = new StringBuilder();
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            int state = bundle.getState();
            if (state == org.osgi.framework.Bundle.STARTING || state == org.osgi.framework.Bundle.STOPPING) {
                return null;
            }
            b.append(bundle.getBundleId()).append(':').append(state).append(',');
        }
        var features = context.getServiceReference(org.apache.karaf.features.FeaturesService.class);
        return features == null ? null : b.append(features.getProperty("service.id")).toString();
    }

    /** Waits until no service of {@code type} is registered. */
    public static void awaitGone(BundleContext context, Class<?> type, long seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(seconds);
        while (context.getServiceReference(type) != null) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(type.getName() + " was still registered after " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }
}
