package org.partyoffice.platform.api;

/** EventAdmin topics the platform posts, and their property names. Values are plain types. */
public final class PlatformEvents {
    /** Units merged. Properties: {@link #SOURCE_IDS} (long[]), {@link #TARGET_ID}, {@link #EFFECTIVE}. */
    public static final String UNIT_MERGED = "org/partyoffice/platform/UNIT_MERGED";
    /** A unit was created. Property: {@link #UNIT_ID}. */
    public static final String UNIT_CREATED = "org/partyoffice/platform/UNIT_CREATED";
    /** An account was created or changed. Property: {@link #LOGIN}. */
    public static final String ACCOUNT_CHANGED = "org/partyoffice/platform/ACCOUNT_CHANGED";
    /** A job finished, failed or was cancelled. Properties: {@link #JOB_ID}, {@link #STATE}. */
    public static final String JOB_ENDED = "org/partyoffice/platform/JOB_ENDED";

    public static final String SOURCE_IDS = "sourceIds";
    public static final String TARGET_ID = "targetId";
    public static final String EFFECTIVE = "effective";
    public static final String UNIT_ID = "unitId";
    public static final String LOGIN = "login";
    public static final String JOB_ID = "jobId";
    public static final String STATE = "state";

    private PlatformEvents() {
    }
}
