package org.partyoffice.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Module fragments join /api/openapi.json while their bundle is active, without overriding anything. */
class OpenApiFragmentsTest {

    static final String FRAGMENT = """
            {"openapi": "3.0.3",
             "tags": [{"name": "văn bản", "description": "Quản lý văn bản đến và đi"}],
             "paths": {"/documents": {"get": {"operationId": "listDocuments", "tags": ["văn bản"],
                 "responses": {"200": {"description": "Danh sách văn bản",
                     "content": {"application/json": {"schema": {"type": "array",
                         "items": {"$ref": "#/components/schemas/Document"}}}}},
                   "401": {"$ref": "#/components/responses/Unauthorized"}}}}},
             "components": {"schemas": {"Document": {"type": "object",
                 "properties": {"title": {"type": "string", "example": "Công văn số 45-CV/VPĐU"}}}}}}
            """;

    static JsonNode served(OpenApiResource resource) throws Exception {
        return OpenApiFragments.parse(resource.document());
    }

    @Test
    void aModulesFragmentJoinsTheDocumentAndLeavesWithItsBundle() throws Exception {
        OpenApiResource resource = new OpenApiResource();
        JsonNode before = served(resource);
        assertTrue(before.path("paths").has("/health"));
        assertFalse(before.path("paths").has("/documents"));

        resource.addFragment(42, "org.partyoffice.documents.rest", FRAGMENT.getBytes(StandardCharsets.UTF_8));
        JsonNode with = served(resource);
        assertTrue(with.path("paths").has("/documents"));
        assertTrue(with.path("paths").has("/health"), "the platform's paths stay");
        assertEquals("Công văn số 45-CV/VPĐU",
                with.at("/components/schemas/Document/properties/title/example").asText(), "UTF-8 kept");
        assertTrue(with.path("components").path("responses").has("Unauthorized"), "the fragment's $ref resolves");
        assertTrue(with.path("tags").toString().contains("văn bản"));

        resource.removeFragment(42);
        assertEquals(before, served(resource));
    }

    @Test
    void aFragmentCannotRedefineWhatIsAlreadyDescribed() throws Exception {
        JsonNode platform = served(new OpenApiResource());
        String hijack = """
                {"paths": {"/health": {"get": {"operationId": "hijacked", "responses": {"200": {"description": "x"}}}}},
                 "components": {"schemas": {"Problem": {"type": "string"}}}}
                """;
        OpenApiFragments.Merged merged = OpenApiFragments.merge(platform,
                java.util.List.of(new OpenApiFragments.Fragment("org.example.bad", OpenApiFragments.parse(
                        hijack.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(platform.path("paths").path("/health"), merged.document().path("paths").path("/health"));
        assertEquals(platform.at("/components/schemas/Problem"), merged.document().at("/components/schemas/Problem"));
        assertEquals(2, merged.conflicts().size(), merged.conflicts().toString());
        assertTrue(merged.conflicts().get(0).startsWith("org.example.bad: path /health"), merged.conflicts().toString());
    }
}
