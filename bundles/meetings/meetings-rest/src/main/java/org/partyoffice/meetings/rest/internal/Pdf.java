package org.partyoffice.meetings.rest.internal;

import javax.ws.rs.core.Response;

/** The meeting papers (invitations, delegate lists, election results) as PDF answers. */
final class Pdf {

    private Pdf() {
    }

    /** A PDF to open in the browser (and print), named for the download; names here are ASCII. */
    static Response inline(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
