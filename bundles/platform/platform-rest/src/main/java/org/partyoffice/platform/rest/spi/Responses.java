package org.partyoffice.platform.rest.spi;

import javax.ws.rs.core.Response;

/** The answers every module's resources give the same way. */
public final class Responses {

    private Responses() {
    }

    /** 201 Created with the new record as the body (the record carries its id; no Location is set). */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
