package org.partyoffice.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.WebConstants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        return (Map<String, Object>) r.getEntity();
    }

    private static void assertProblem(Response r, int status, String type, String field) {
        assertEquals(status, r.getStatus());
        assertEquals(WebConstants.PROBLEM_JSON, r.getHeaderString("Content-Type"));
        Map<String, Object> body = body(r);
        assertEquals("urn:partyoffice:problem:" + type, body.get("type"));
        assertEquals(status, body.get("status"));
        assertEquals(Problems.title(status), body.get("title"));
        assertEquals(field, body.get("field"));
        assertEquals(field != null, body.containsKey("field"), "field is left out when there is none");
    }

    @Test
    void officeExceptionsKeepTheirStatusTypeAndField() {
        Response invalid = mapper.toResponse(new InvalidInputException("type", "must be one of CENTRAL, PROVINCE", "X"));
        assertProblem(invalid, 422, "invalid-input", "type");
        assertEquals("type: must be one of CENTRAL, PROVINCE (it was 'X')", body(invalid).get("detail"));

        assertProblem(mapper.toResponse(new ConflictException("code", "a unit with code 'A' already exists")), 409, "conflict", "code");
        assertProblem(mapper.toResponse(new EntityNotFoundException("unit", 9, "parentId")), 404, "not-found", "parentId");
        assertProblem(mapper.toResponse(new EntityNotFoundException("job", "x")), 404, "not-found", null);
        Response denied = mapper.toResponse(new AccessDeniedException("account 'xem' lacks the role needed"));
        assertProblem(denied, 403, "access-denied", null);
        assertEquals("account 'xem' lacks the role needed", body(denied).get("detail"));
    }

    @Test
    void aModulesOwnOfficeExceptionIsMappedToo() {
        OfficeException gone = new OfficeException("the register is closed") {
            private static final long serialVersionUID = 1L;

            @Override
            public int status() {
                return 410;
            }

            @Override
            public String problemType() {
                return "register-closed";
            }

            @Override
            public String field() {
                return "register";
            }
        };
        assertProblem(mapper.toResponse(gone), 410, "register-closed", "register");
    }

    @Test
    void wrappedOfficeExceptionsAreUnwrapped() {
        ConflictException conflict = new ConflictException("login", "taken");
        assertProblem(mapper.toResponse(new RuntimeException("tx failed", conflict)), 409, "conflict", "login");
        assertProblem(mapper.toResponse(new WebApplicationException(conflict)), 409, "conflict", "login");
    }

    @Test
    void anUnknownPropertyIsA400NamingTheField() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> JsonProvider.MAPPER.readValue(
                "{\"code\":\"A\",\"nme\":\"Tỉnh ủy\",\"type\":\"PROVINCE\"}", UnitsResource.UnitRequest.class));
        Response r = mapper.toResponse(e);
        assertProblem(r, 400, "malformed-request", "nme");
        assertEquals("field 'nme' is not known here", body(r).get("detail"));
    }

    @Test
    void nestedAndWrongTypedFieldsAreNamedByTheirPath() {
        JsonMappingException nested = assertThrows(JsonMappingException.class, () -> JsonProvider.MAPPER.readValue(
                "{\"sourceIds\":[1,2],\"target\":{\"code\":\"A\",\"colour\":1}}", UnitsResource.MergeRequest.class));
        assertProblem(mapper.toResponse(nested), 400, "malformed-request", "target.colour");

        JsonMappingException wrongType = assertThrows(JsonMappingException.class, () -> JsonProvider.MAPPER.readValue(
                "{\"sourceIds\":[1,\"two\"]}", UnitsResource.MergeRequest.class));
        Response r = mapper.toResponse(wrongType);
        assertProblem(r, 400, "malformed-request", "sourceIds[1]");
        assertEquals("field 'sourceIds[1]' has the wrong type or format", body(r).get("detail"));

        JsonMappingException badDate = assertThrows(JsonMappingException.class, () -> JsonProvider.MAPPER.readValue(
                "{\"validFrom\":\"01/07/2025\"}", UnitsResource.UnitRequest.class));
        assertProblem(mapper.toResponse(badDate), 400, "malformed-request", "validFrom");
    }

    @Test
    void malformedJsonIsA400WithoutAField() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonProvider.MAPPER.readValue("{\"code\": ", UnitsResource.UnitRequest.class));
        Response r = mapper.toResponse(new WebApplicationException(e, 400));
        assertEquals(400, r.getStatus());
        assertEquals("urn:partyoffice:problem:malformed-request", body(r).get("type"));
        assertNull(body(r).get("field"));
    }

    @Test
    void webApplicationExceptionsKeepTheirStatus() {
        assertProblem(mapper.toResponse(new NotFoundException()), 404, "http-404", null);
    }

    @Test
    void anythingElseIsA500ThatLeaksNothing() {
        Response r = mapper.toResponse(new IllegalStateException("jdbc:derby:/secret/path password=hunter2"));
        assertProblem(r, 500, "internal-error", null);
        String detail = (String) body(r).get("detail");
        assertFalse(detail.contains("hunter2") || detail.contains("secret") || detail.contains("IllegalState"), detail);
        assertTrue(detail.contains("logged"), detail);
        assertProblem(mapper.toResponse(new NullPointerException()), 500, "internal-error", null);
    }
}
