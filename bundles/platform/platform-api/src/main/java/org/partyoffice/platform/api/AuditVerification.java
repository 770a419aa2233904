package org.partyoffice.platform.api;

/**
 * Result of checking the whole chain.
 *
 * @param valid        true when every entry hashes correctly and links to its predecessor
 * @param checked      how many entries were read
 * @param firstBadSeq  the first sequence number found broken, or {@code -1}
 * @param problem      what is wrong there, in words, or {@code null}
 */
public record AuditVerification(boolean valid, long checked, long firstBadSeq, String problem) {
}
