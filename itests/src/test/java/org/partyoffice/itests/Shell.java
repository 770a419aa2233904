package org.partyoffice.itests;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.partyoffice.exam.KarafShell;

/**
 * Runs shell commands in-process as a signed-in user, the way an SSH session does: the command
 * executes inside the JAAS subject of that user (Karaf's {@code karaf} realm, which the platform
 * backs with its accounts), so command ACLs and the services' role checks apply.
 */
public final class Shell {

    /** What the command printed, and its error (one line) when it failed. */
    public record Result(String output, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private Shell() {
    }

    public static Result run(SessionFactory sessions, String login, String password, String command) throws Exception {
        KarafShell.Result r = KarafShell.run(sessions, login, password, command);
        return new Result(r.output(), r.error());
    }
}
