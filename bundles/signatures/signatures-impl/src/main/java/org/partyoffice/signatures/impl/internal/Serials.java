package org.partyoffice.signatures.impl.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import org.partyoffice.platform.api.InvalidInputException;

/** Certificate serial numbers: random, positive, 16 bytes; written as lower-case hex. */
final class Serials {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,40}");

    private Serials() {
    }

    /**
     * 126 random bits (RFC 5280 and the CA/Browser rules ask for at least 64): the top bit is cleared
     * so the DER INTEGER stays positive in 16 bytes, the next one set so every serial is 32 hex digits.
     */
    static BigInteger next() {
        byte[] bytes = new byte[16];
        Crypto.RANDOM.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7f) | 0x40);
        return new BigInteger(1, bytes);
    }

    /**
     * The register's form of a serial someone typed: case, colons and spaces (as tools print them)
     * and leading zeros do not matter.
     *
     * @throws InvalidInputException naming {@code serial} when it is not hexadecimal
     */
    static String normalise(String serial) {
        if (serial == null || serial.isBlank()) {
            throw new InvalidInputException("serial", "is required");
        }
        String hex = serial.strip().toLowerCase(Locale.ROOT).replace(":", "").replace(" ", "");
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        if (!HEX.matcher(hex).matches()) {
            throw new InvalidInputException("serial", "must be a hexadecimal serial number", serial);
        }
        return Crypto.hex(new BigInteger(hex, 16));
    }
}
