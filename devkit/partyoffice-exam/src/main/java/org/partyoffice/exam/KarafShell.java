package org.partyoffice.exam;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs a console command as a user who logs in through Karaf's JAAS realm, as an operator at the
 * console would, so the command ACLs and the platform's roles apply. Inside the container only.
 */
public final class KarafShell {

    /** What the command printed, and its error (one line) when it failed. */
    public record Result(String output, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private KarafShell() {
    }

    /**
     * Waits until {@code login} can sign in to the console: the platform's JAAS realm replaces Karaf's
     * own a moment after the REST API already answers.
     */
    public static void awaitLogin(String login, String password, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            try {
                LoginContext jaas = login(login, password);
                jaas.logout();
                return;
            } catch (LoginException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(login + " cannot sign in to the console: " + e.getMessage(), e);
                }
                Thread.sleep(250);
            }
        }
    }

    public static Result run(SessionFactory sessions, String login, String password, String command) throws Exception {
        LoginContext jaas = login(login, password);
        Subject subject = jaas.getSubject();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            PrivilegedExceptionAction<String> action = () -> {
                Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
                try {
                    session.execute(command);
                    return null;
                } catch (Exception e) {
                    return e.getMessage() == null ? e.toString() : e.getMessage();
                } finally {
                    session.close();
                }
            };
            String failure = Subject.doAs(subject, action);
            out.flush();
            return new Result(bytes.toString(StandardCharsets.UTF_8), failure);
        } finally {
            jaas.logout();
        }
    }

    private static LoginContext login(String login, String password) throws LoginException {
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
        return jaas;
    }
}
