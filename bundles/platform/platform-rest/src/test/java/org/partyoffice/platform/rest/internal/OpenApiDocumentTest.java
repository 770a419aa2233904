package org.partyoffice.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-written OpenAPI document must describe exactly what the resources serve: every
 * (method, path) of every {@code @Path} class in this package is in the document and the
 * document lists nothing else; their query and path parameters are declared; every
 * {@code $ref} resolves.
 */
class OpenApiDocumentTest {

    private static final String PACKAGE = OpenApiDocumentTest.class.getPackageName();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static JsonNode document;
    private static List<Class<?>> resources;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "the document is on the class path at " + OpenApiResource.DOCUMENT);
            document = new ObjectMapper().readTree(in);
        }
        resources = resourceClasses();
    }

    /** Every class of the package (as compiled into target/classes) carrying {@code @Path}. */
    static List<Class<?>> resourceClasses() throws Exception {
        // The folder the main classes were compiled into (test classes have a folder of their own).
        Path dir = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(PACKAGE + "." + name.substring(0, name.length() - 6), false,
                            OpenApiResource.class.getClassLoader());
                    if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theScanFindsTheResources() {
        Set<String> names = new TreeSet<>();
        resources.forEach(c -> names.add(c.getSimpleName()));
        assertTrue(names.containsAll(Set.of("AccountsResource", "AuditResource", "DashboardResource", "HealthResource",
                "JobsResource", "ModulesResource", "OpenApiResource", "SessionResource", "UnitsResource")), names.toString());
    }

    @Test
    void isOpenApi303WithTheServerAndSecuritySchemes() {
        assertEquals("3.0.3", document.path("openapi").asText());
        assertEquals("/api", document.path("servers").path(0).path("url").asText());
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals("http", schemes.path("basicAuth").path("type").asText());
        assertEquals("basic", schemes.path("basicAuth").path("scheme").asText());
        assertEquals("apiKey", schemes.path("sessionCookie").path("type").asText());
        assertEquals("cookie", schemes.path("sessionCookie").path("in").asText());
        assertEquals(SessionStore.COOKIE, schemes.path("sessionCookie").path("name").asText());
        for (String schema : List.of("Unit", "Account", "AuditEntry", "AuditVerification", "JobInfo", "ModuleDescriptor",
                "Problem", "UnitMerge", "UnitRequest", "MergeRequest", "AccountRequest")) {
            assertTrue(document.path("components").path("schemas").has(schema), schema);
        }
        for (String status : List.of("400", "401", "403", "404", "409", "422")) {
            assertTrue(document.toString().contains("\"" + status + "\":{\"$ref\":\"#/components/responses/"), status);
        }
    }

    @Test
    void documentsExactlyTheOperationsTheResourcesServe() {
        Set<String> served = new TreeSet<>(operations().keySet());
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (HTTP_METHODS.contains(m)) {
                documented.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(served);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                "served but not in openapi.json: " + missing + "; in openapi.json but not served: " + extra);
        assertTrue(served.size() >= 20, served.toString());
    }

    @Test
    void declaresEveryQueryAndPathParameter() {
        for (Map.Entry<String, Method> op : operations().entrySet()) {
            String[] methodAndPath = op.getKey().split(" ", 2);
            JsonNode pathItem = document.path("paths").path(methodAndPath[1]);
            JsonNode operation = pathItem.path(methodAndPath[0].toLowerCase());
            Set<String> declared = new TreeSet<>();
            for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
                for (JsonNode p : list) {
                    JsonNode resolved = resolve(p);
                    declared.add(resolved.path("in").asText() + ":" + resolved.path("name").asText());
                }
            }
            Set<String> expected = new TreeSet<>();
            for (Parameter p : op.getValue().getParameters()) {
                if (p.isAnnotationPresent(QueryParam.class)) {
                    expected.add("query:" + p.getAnnotation(QueryParam.class).value());
                }
                if (p.isAnnotationPresent(PathParam.class)) {
                    expected.add("path:" + p.getAnnotation(PathParam.class).value());
                }
            }
            Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(methodAndPath[1]);
            while (m.find()) {
                assertTrue(expected.contains("path:" + m.group(1)), op.getKey() + " binds {" + m.group(1) + "}");
            }
            assertEquals(expected, declared, "parameters of " + op.getKey());
        }
    }

    @Test
    void everyOperationAnswersAndEveryReferenceResolves() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                JsonNode responses = op.getValue().path("responses");
                assertTrue(responses.size() > 0, op.getKey() + " " + path.getKey());
                assertFalse(op.getValue().path("operationId").asText().isEmpty(), op.getKey() + " " + path.getKey());
            }
        }));
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    @Test
    void publicOperationsNeedNoCredentials() {
        for (String op : List.of("/health get", "/openapi.json get", "/session post")) {
            String[] p = op.split(" ");
            JsonNode security = document.path("paths").path(p[0]).path(p[1]).path("security");
            assertTrue(security.isArray() && security.isEmpty(), op + " has security: []");
        }
        assertEquals(2, document.path("security").size());
    }

    /** "METHOD /path" of every resource method, paths relative to /api with {templates} as written. */
    private static Map<String, Method> operations() {
        Map<String, Method> ops = new TreeMap<>();
        for (Class<?> c : resources) {
            String base = c.getAnnotation(javax.ws.rs.Path.class).value();
            for (Method m : c.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    continue;
                }
                javax.ws.rs.Path sub = m.getAnnotation(javax.ws.rs.Path.class);
                String key = http + " " + join(base, sub == null ? "" : sub.value());
                Method previous = ops.put(key, m);
                assertTrue(previous == null, "two methods serve " + key);
            }
        }
        return ops;
    }

    /** GET, POST, ...: the value of the annotation meta-annotated with {@code @HttpMethod}, or null. */
    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** Joins JAX-RS path segments as the runtime does; drops regular expressions from templates. */
    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    @Test
    void joinNormalisesPaths() {
        assertEquals("/units/{id}", join("units", "{id}"));
        assertEquals("/units", join("/units/", ""));
        assertEquals("/units/{id}/subtree", join("units/", "/{id: \\d+}/subtree"));
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                out.add(node.get("$ref").asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collectRefs(it.next(), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
