package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** A session that answers readLine from {@code answers} and records the masks asked for. */
    private static Session session(List<Character> masks, String... answers) {
        Deque<String> queue = new ArrayDeque<>(Arrays.asList(answers));
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("readLine")) {
                        masks.add((Character) args[1]);
                        return queue.poll();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void asksTwiceWithEchoOff() throws Exception {
        List<Character> masks = new ArrayList<>();
        assertEquals("mật-khẩu-dài-123", Passwords.ask(session(masks, "mật-khẩu-dài-123", "mật-khẩu-dài-123"), "hoa", "--password"));
        assertEquals(List.of('*', '*'), masks);
    }

    @Test
    void differentEntriesFail() {
        CommandException e = assertThrows(CommandException.class,
                () -> Passwords.ask(session(new ArrayList<>(), "abcdefghijk", "abcdefghijx"), "hoa", "--password"));
        assertEquals("Error: password: the two entries differ; nothing was changed", e.getMessage());
    }

    @Test
    void nothingTypedFails() {
        CommandException e = assertThrows(CommandException.class,
                () -> Passwords.ask(session(new ArrayList<>(), ""), "hoa", "--password"));
        assertEquals("Error: password: no password was typed", e.getMessage());
    }

    @Test
    void aNonInteractiveSessionNamesTheOptionToUse() {
        Session headless = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException();
                });
        CommandException e = assertThrows(CommandException.class, () -> Passwords.ask(headless, "hoa", "--password"));
        assertTrue(e.getMessage().startsWith("Error: password: this session cannot ask for a password"), e.getMessage());
        assertTrue(e.getMessage().endsWith("give it with --password"), e.getMessage());
        assertThrows(CommandException.class, () -> Passwords.ask(null, "hoa", "--new-password"));
    }

    @Test
    void confirm() throws Exception {
        assertEquals("x", Passwords.confirm("x", "x"));
        assertThrows(CommandException.class, () -> Passwords.confirm(null, null));
        assertThrows(CommandException.class, () -> Passwords.confirm("x", null));
    }
}
