package org.partyoffice.itests;

import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A power cut during audited writes: kill -9 the Karaf process while four clients create units
 * (each acknowledged creation has written an audit entry), start it again, and check that the
 * audit chain verifies and that every acknowledged write, with its audit entry, is there.
 */
public class CrashRecoveryIT {

    private static DistributionProcess karaf;

    @BeforeClass
    public static void boot() {
        karaf = DistributionProcess.start("crash-karaf");
    }

    @AfterClass
    public static void shutdown() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void killDuringAuditedWritesLosesNothingAcknowledged() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch enough = new CountDownLatch(40);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int client = t;
            clients.submit(() -> {
                Http http = new Http(karaf.httpPort()).basic("admin", karaf.adminPassword());
                for (int i = 0; running.get(); i++) {
                    String code = "CRASH." + client + "." + i;
                    try {
                        Http.Response r = http.post("/api/units", "{\"code\":\"" + code
                                + "\",\"name\":\"Chi bộ thử nghiệm mất điện " + i + "\",\"type\":\"CELL\"}");
                        if (r.status() == 201) {
                            acknowledged.add(code);
                            enough.countDown();
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        assertTrue("the clients wrote 40 units within 60 s", enough.await(60, TimeUnit.SECONDS));
        karaf.kill();
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

        karaf.launch();
        Http http = new Http(karaf.httpPort()).basic("admin", karaf.adminPassword());
        JsonNode verification = http.get("/api/audit/verify").json();
        assertTrue(verification.toString(), verification.get("valid").asBoolean());

        Set<String> audited = new HashSet<>();
        for (JsonNode e : http.get("/api/audit?action=unit.create&limit=10000").json()) {
            String detail = e.get("detail").asText();
            audited.add(detail.substring(0, detail.indexOf(' ')));
        }
        Set<String> units = new HashSet<>();
        for (JsonNode u : http.get("/api/units?all=true").json()) {
            units.add(u.get("code").asText());
        }
        for (String code : acknowledged) {
            assertTrue(code + " was acknowledged but has no audit entry", audited.contains(code));
            assertTrue(code + " was acknowledged but is missing", units.contains(code));
        }
        // Nothing half-written either: every audited creation has its unit.
        for (String code : audited) {
            if (code.startsWith("CRASH.")) {
                assertTrue(code + " is audited but missing", units.contains(code));
            }
        }
    }
}
