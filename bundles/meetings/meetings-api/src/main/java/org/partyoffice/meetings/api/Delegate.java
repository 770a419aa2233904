package org.partyoffice.meetings.api;

/** A delegate of a Congress: name, credential (the delegate's card number) and whether it was checked at entry. */
public record Delegate(long congressId, String credential, String fullName, boolean checked) {
}
