package org.partyoffice.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Official numbering: gap-free, never-reused numbers from 1 per {@link SequenceKey}.
 * A draw joins the caller's {@link Transactions transaction}: if the caller rolls back, the number
 * is not consumed and the next caller gets it.
 */
@ProviderType
public interface NumberingService {

    /** Draws the next number of the sequence (1 for a new sequence). */
    long next(SequenceKey key);

    /** The last number drawn, 0 when none was. */
    long current(SequenceKey key);
}
