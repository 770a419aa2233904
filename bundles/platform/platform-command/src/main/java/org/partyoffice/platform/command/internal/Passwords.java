package org.partyoffice.platform.command.internal;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** Reads a new password from the console, twice, without echoing it. */
final class Passwords {

    private Passwords() {
    }

    /**
     * Asks for the password of {@code login} twice with echo off.
     *
     * @param option the option to name when the session cannot ask (an SSH command, a script)
     */
    static String ask(Session session, String login, String option) throws CommandException {
        if (session == null) {
            throw notInteractive(option);
        }
        String first;
        String second;
        try {
            first = session.readLine("Mật khẩu mới / New password for " + login + ": ", '*');
            if (first == null || first.isEmpty()) {
                throw OfficeAction.failure("password", "no password was typed");
            }
            second = session.readLine("Nhập lại / Repeat the password: ", '*');
        } catch (UnsupportedOperationException | IOException e) {
            // an SSH command or a script has no terminal to read from
            throw notInteractive(option);
        } catch (CommandException e) {
            throw e;
        } catch (RuntimeException e) {
            // JLine's UserInterruptException (Ctrl-C) or EndOfFileException (Ctrl-D)
            throw OfficeAction.failure("password", "no password was read; nothing was changed");
        }
        return confirm(first, second);
    }

    /** The password when both entries match. */
    static String confirm(String first, String second) throws CommandException {
        if (first == null || first.isEmpty()) {
            throw OfficeAction.failure("password", "no password was typed");
        }
        if (!first.equals(second)) {
            throw OfficeAction.failure("password", "the two entries differ; nothing was changed");
        }
        return first;
    }

    private static CommandException notInteractive(String option) {
        return OfficeAction.failure("password", "this session cannot ask for a password (it is not interactive); "
                + "give it with " + option);
    }
}
