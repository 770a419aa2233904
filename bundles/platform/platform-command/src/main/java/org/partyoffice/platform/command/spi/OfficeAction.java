package org.partyoffice.platform.command.spi;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.osgi.annotation.versioning.ConsumerType;
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
@ConsumerType
public abstract class OfficeAction implements Action {

    @Reference
    protected Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (OfficeException e) {
            throw error(errorLine(e), e);
        }
    }

    /** Does the work, printing to {@link #out()}. */
    protected abstract void run() throws Exception;

    /** The console of the session running the command. */
    protected PrintStream out() {
        return session.getConsole();
    }

    /** A failure the user can fix, reported like a domain error. */
    public static CommandException failure(String field, String message) {
        return error("Error: " + (field == null ? "" : field + ": ") + message, null);
    }

    /**
     * A CommandException printing {@code line} in red. (With the message alone, Karaf would print
     * "Error executing command: " in front of it.)
     */
    public static CommandException error(String line, Throwable cause) {
        return new CommandException(SimpleAnsi.COLOR_RED + line + SimpleAnsi.COLOR_DEFAULT, line, cause);
    }

    /** {@code Error: <field>: <message>}, or {@code Error: <message>} when no field is named. */
    public static String errorLine(OfficeException e) {
        String message = e.getMessage() == null ? e.problemType() : e.getMessage();
        String field = e.field();
        if (field == null || field.isBlank() || message.startsWith(field + ": ")) {
            return "Error: " + message;
        }
        return "Error: " + field + ": " + message;
    }
}
