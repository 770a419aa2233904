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
