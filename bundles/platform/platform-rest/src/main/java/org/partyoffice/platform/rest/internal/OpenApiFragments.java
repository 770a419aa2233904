package org.partyoffice.platform.rest.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the platform's OpenAPI document with the fragments of installed modules. A fragment is
 * a partial OpenAPI 3.0 document ({@code tags}, {@code paths}, {@code components}) that may refer
 * to the platform's shared components ({@code #/components/responses/NotFound},
 * {@code #/components/schemas/Problem}, ...). Nothing of a fragment overrides what is already
 * there: a path or component name another document already defines differently is left out, and
 * reported, so one module cannot rewrite the platform's or another module's description.
 */
final class OpenApiFragments {

    /** A module's fragment, by the bundle that ships it. */
    record Fragment(String bundle, JsonNode document) {
    }

    /** The merged document and what had to be left out, one line per conflict. */
    record Merged(ObjectNode document, List<String> conflicts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiFragments() {
    }

    /** {@code base} with {@code fragments} merged in, in bundle order; {@code base} is not changed. */
    static Merged merge(JsonNode base, List<Fragment> fragments) {
        ObjectNode merged = base.deepCopy();
        List<String> conflicts = new ArrayList<>();
        Map<String, Fragment> ordered = new TreeMap<>();
        fragments.forEach(f -> ordered.put(f.bundle(), f));
        for (Fragment f : ordered.values()) {
            mergeTags(merged, f);
            mergeMap(merged.with("paths"), f.document().path("paths"), f.bundle(), "path ", conflicts);
            JsonNode components = f.document().path("components");
            for (Iterator<Map.Entry<String, JsonNode>> it = components.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> section = it.next();
                mergeMap(merged.with("components").with(section.getKey()), section.getValue(), f.bundle(),
                        "components/" + section.getKey() + "/", conflicts);
            }
        }
        return new Merged(merged, List.copyOf(conflicts));
    }

    static JsonNode parse(byte[] json) throws java.io.IOException {
        return JSON.readTree(json);
    }

    static byte[] bytes(JsonNode document) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private static void mergeMap(ObjectNode into, JsonNode from, String bundle, String what, List<String> conflicts) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (existing == null) {
                into.set(e.getKey(), e.getValue().deepCopy());
            } else if (!existing.equals(e.getValue())) {
                conflicts.add(bundle + ": " + what + e.getKey() + " is already described by another document; left out");
            }
        }
    }

    private static void mergeTags(ObjectNode merged, Fragment f) {
        ArrayNode tags = merged.withArray("tags");
        for (JsonNode tag : f.document().path("tags")) {
            boolean known = false;
            for (JsonNode t : tags) {
                known |= t.path("name").asText().equals(tag.path("name").asText());
            }
            if (!known) {
                tags.add(tag.deepCopy());
            }
        }
    }
}
