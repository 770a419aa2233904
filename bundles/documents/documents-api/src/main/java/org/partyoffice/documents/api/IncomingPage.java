package org.partyoffice.documents.api;

import java.util.List;

/**
 * A page of an incoming register and how many entries the reader may see in it in all.
 *
 * @since 1.1
 */
public record IncomingPage(long total, List<IncomingDocument> items) {

    public IncomingPage {
        items = List.copyOf(items);
    }
}
