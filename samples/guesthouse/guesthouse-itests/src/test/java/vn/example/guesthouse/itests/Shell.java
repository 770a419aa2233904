package vn.example.guesthouse.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs a shell command in-process as a signed-in user, as an SSH session does: inside the JAAS
 * subject of that user (the platform backs Karaf's {@code karaf} realm with its accounts), so the
 * command ACLs and the services' role checks apply.
 */
final class Shell {

    /** What the command printed, and its error line when it failed. */
    record Result(String output, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private Shell() {
    }

    static Result run(SessionFactory sessions, String login, String password, String command) throws Exception {
        LoginContext jaas = new LoginContext("karaf", callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof NameCallback n) {
                    n.setName(login);
                } else if (cb instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
        jaas.login();
        Subject subject = jaas.getSubject();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            PrivilegedExceptionAction<Result> action = () -> {
                Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
                try {
                    session.execute(command);
                    return null;
                } catch (Exception e) {
                    return new Result(null, String.valueOf(e.getMessage()));
                } finally {
                    session.close();
                }
            };
            Result failure = Subject.doAs(subject, action);
            out.flush();
            String printed = bytes.toString(StandardCharsets.UTF_8);
            return failure == null ? new Result(printed, null) : new Result(printed, failure.error());
        } finally {
            jaas.logout();
        }
    }
}
