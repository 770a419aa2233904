package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;

/**
 * The platform records a REST test starts from, made over {@code /api} by the administrator signed
 * in on the given {@link Http}: units and accounts, as the web shell's admin pages make them. Each
 * asserts the 201, so a set-up that did not happen fails where it happened.
 */
final class RestSetUp {

    /** The day every test unit starts from (after the 1 July 2025 reorganisation). */
    private static final String VALID_FROM = "2025-07-01";

    private RestSetUp() {
    }

    /** A province-level committee with no parent; answers its id. */
    static long province(Http admin, String code, String name) {
        return unit(admin, code, name, "PROVINCE", null);
    }

    /** A unit of {@code type} (PROVINCE, COMMUNE, CELL, ...) under {@code parentId}, or at the top when null; answers its id. */
    static long unit(Http admin, String code, String name, String type, Long parentId) {
        Http.Response r = admin.post("/api/units", "{\"code\":" + Http.q(code) + ",\"name\":" + Http.q(name) + ",\"type\":"
                + Http.q(type) + (parentId == null ? "" : ",\"parentId\":" + parentId) + ",\"validFrom\":\"" + VALID_FROM + "\"}");
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    /** An enabled account of {@code unitId} with one role and the given clearance (UNCLASSIFIED, MAT, ...). */
    static void account(Http admin, String login, String fullName, String password, String role, String clearance, long unitId) {
        Http.Response r = admin.post("/api/accounts", "{\"login\":" + Http.q(login) + ",\"fullName\":" + Http.q(fullName)
                + ",\"password\":" + Http.q(password) + ",\"roles\":[" + Http.q(role) + "],\"clearance\":" + Http.q(clearance)
                + ",\"unitId\":" + unitId + ",\"enabled\":true}");
        assertEquals(r.body(), 201, r.status());
    }

    /**
     * Polls {@code path} as whoever {@code http} is signed in as until it answers 200 five times in a
     * row: a module's resources come up on the whiteboard some time after its feature is installed
     * (up to two minutes on a busy machine), and the install may still be settling its
     * configuration. 401 (first start has not made the administrator yet) and 404 (not served yet)
     * are waited out; any other answer fails at once.
     */
    static void awaitServed(Http http, String path) throws InterruptedException {
        Http.Response r = http.get(path);
        int inARow = 0;
        for (int i = 0; i < 600 && inARow < 5; i++) {
            inARow = r.status() == 200 ? inARow + 1 : 0;
            if (r.status() != 200 && r.status() != 404 && r.status() != 401) {
                break;
            }
            Thread.sleep(200);
            r = http.get(path);
        }
        assertEquals(r.body(), 200, r.status());
    }
}
