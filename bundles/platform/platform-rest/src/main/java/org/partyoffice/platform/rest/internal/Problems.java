package org.partyoffice.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.partyoffice.platform.api.WebConstants;

/** RFC 9457 problem bodies: {@code type}, {@code title}, {@code status}, {@code detail}, {@code field}. */
final class Problems {

    private Problems() {
    }

    static Map<String, Object> body(int status, String type, String detail, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:partyoffice:problem:" + type);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    static Response response(int status, String type, String detail, String field) {
        return Response.status(status).type(WebConstants.PROBLEM_JSON).entity(body(status, type, detail, field)).build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Invalid input";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Error";
        };
    }
}
