package org.partyoffice.platform.command.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.ansi.SimpleAnsi;
import org.partyoffice.platform.api.OfficeException;

/**
 * Base of the {@code office:} commands: a domain error becomes a {@link CommandException} whose
 * text is one line, {@code Error: <field>: <message>}. The console prints a CommandException's
 * "nice help" as it is (here: that line in red) without a stack trace (unless stack traces are
 * switched on with {@code shell:stack-traces-print}), logs it at debug level only, and an SSH
 * command ends with exit status 1. Anything else is unexpected and is left to the console, which
 * logs it with its stack trace.
 */
abstract class OfficeAction implements Action {

    @Reference
    protected Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (OfficeException e) {
            throw error(Format.error(e), e);
        }
    }

    /** Does the work, printing to {@link #out()}. */
    protected abstract void run() throws Exception;

    /** The console of the session running the command. */
    protected PrintStream out() {
        return session.getConsole();
    }

    /** A failure the user can fix, reported like a domain error. */
    static CommandException failure(String field, String message) {
        return error("Error: " + (field == null ? "" : field + ": ") + message, null);
    }

    /**
     * A CommandException printing {@code line} in red. (With the message alone, Karaf would print
     * "Error executing command: " in front of it.)
     */
    static CommandException error(String line, Throwable cause) {
        return new CommandException(SimpleAnsi.COLOR_RED + line + SimpleAnsi.COLOR_DEFAULT, line, cause);
    }
}
