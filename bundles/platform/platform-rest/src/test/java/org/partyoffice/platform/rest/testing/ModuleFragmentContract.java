package org.partyoffice.platform.rest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract of a module's OpenAPI fragment ({@code openapi/<module>.json}, merged into
 * {@code /api/openapi.json} by the platform while the module's rest bundle is active): it describes
 * exactly what the resources of the module's package serve, as the platform's own test does for its
 * document. Every (method, path) is there and nothing else; query, path and header parameters are
 * declared; every {@code $ref} resolves in the fragment or the platform document; nothing collides
 * with the platform's paths, schemas and operation ids; the operations open without sign-in are the
 * ones the resources announce as public; and the bundle's manifest names the fragment. A module's
 * test extends this class with its name, one of its resource classes and the resources it expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleFragmentContract {

    static final String PLATFORM = "/openapi/openapi.json";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private final String module;
    private final String fragmentName;
    private final Class<?> anchor;
    private final Set<String> expectedResources;
    private JsonNode fragment;
    private JsonNode platform;
    private Path classes;
    private List<Class<?>> resources;

    /**
     * @param module            the module's id, e.g. {@code documents}: its paths are {@code /documents} and below,
     *                          its fragment {@code openapi/documents.json}, its operation ids start with it
     * @param anchor            one resource class of the module (its package and class path are scanned)
     * @param expectedResources simple names of the resource classes the scan must find
     */
    protected ModuleFragmentContract(String module, Class<?> anchor, Set<String> expectedResources) {
        this.module = module;
        this.fragmentName = "/openapi/" + module + ".json";
        this.anchor = anchor;
        this.expectedResources = expectedResources;
    }

    /** The fragment, parsed (for a module's own extra checks). */
    protected JsonNode fragment() {
        return fragment;
    }

    @BeforeAll
    void load() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = anchor.getResourceAsStream(fragmentName)) {
            assertNotNull(in, "the fragment is in the bundle at " + fragmentName);
            fragment = json.readTree(in);
        }
        // platform-rest's jar (a test dependency) is the only one with this resource.
        try (InputStream in = ModuleFragmentContract.class.getResourceAsStream(PLATFORM)) {
            assertNotNull(in, "platform-rest's document is on the test class path");
            platform = json.readTree(in);
        }
        classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve(anchor.getPackageName().replace('.', '/')))) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(anchor.getPackageName() + "." + name.substring(0, name.length() - 6), false,
                            anchor.getClassLoader());
                    if (c.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(c);
                    }
                }
            }
        }
    }

    @Test
    public void theScanFindsTheResources() {
        Set<String> names = new TreeSet<>();
        resources.forEach(c -> names.add(c.getSimpleName()));
        assertEquals(expectedResources, names);
    }

    @Test
    public void documentsExactlyTheOperationsTheResourcesServe() {
        Set<String> served = new TreeSet<>(operations().keySet());
        Set<String> documented = documented();
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(served);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                "served but not in " + fragmentName + ": " + missing + "; in it but not served: " + extra);
        assertFalse(served.isEmpty(), "the scan found operations");
    }

    @Test
    public void declaresEveryQueryPathAndHeaderParameter() {
        for (Map.Entry<String, Method> op : operations().entrySet()) {
            String[] methodAndPath = op.getKey().split(" ", 2);
            JsonNode pathItem = fragment.path("paths").path(methodAndPath[1]);
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
                if (p.isAnnotationPresent(HeaderParam.class)) {
                    expected.add("header:" + p.getAnnotation(HeaderParam.class).value());
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
    public void everyOperationAnswersAndEveryReferenceResolvesInTheMergedDocument() {
        Set<String> operationIds = new TreeSet<>();
        fragment.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                assertTrue(op.getValue().path("responses").size() > 0, op.getKey() + " " + path.getKey());
                String id = op.getValue().path("operationId").asText();
                assertTrue(id.startsWith(module), "operationIds carry the module's prefix: " + id);
                assertTrue(operationIds.add(id), "operationId used twice: " + id);
            }
        }));
        List<String> refs = new ArrayList<>();
        collectRefs(fragment, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            String pointer = ref.substring(1);
            assertTrue(!fragment.at(pointer).isMissingNode() || !platform.at(pointer).isMissingNode(), "unresolved " + ref);
        }
    }

    @Test
    public void collidesWithNothingThePlatformDescribes() {
        fragment.path("paths").fieldNames().forEachRemaining(p -> {
            assertTrue(p.equals("/" + module) || p.startsWith("/" + module + "/"), "the module's paths are under /" + module + "/: " + p);
            assertFalse(platform.path("paths").has(p), p);
        });
        fragment.path("components").fields().forEachRemaining(section -> section.getValue().fieldNames()
                .forEachRemaining(name -> assertFalse(platform.path("components").path(section.getKey()).has(name),
                        "components/" + section.getKey() + "/" + name + " is the platform's")));
        platform.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                assertFalse(op.getValue().path("operationId").asText().startsWith(module));
            }
        }));
    }

    /**
     * The operations with {@code security: []} are exactly the ones announced in {@code partyoffice.public.paths}
     * (a public path added to a resource must be marked {@code security: []} in the fragment too).
     */
    @Test
    public void publicOperationsAreTheOnesTheResourcesAnnounce() throws Exception {
        Set<String> announced = new TreeSet<>();
        Pattern property = Pattern.compile("<property name=\"partyoffice\\.public\\.paths\"[^>]*?(?:value=\"([^\"]*)\"\\s*/>|>([^<]*)</property>)");
        int read = 0;
        // OSGI-INF/ may also hold metatype/: read the component descriptors only.
        try (Stream<Path> descriptors = Files.list(classes.resolve("OSGI-INF"))
                .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml"))) {
            for (Path d : (Iterable<Path>) descriptors::iterator) {
                read++;
                Matcher m = property.matcher(Files.readString(d, StandardCharsets.UTF_8));
                while (m.find()) {
                    String values = m.group(1) != null ? m.group(1) : m.group(2);
                    for (String v : values.strip().split("\\s*\\n\\s*")) {
                        announced.add(v.strip().replaceFirst(" /api/", " /"));
                    }
                }
            }
        }
        Set<String> open = new TreeSet<>();
        fragment.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode security = op.getValue().path("security");
            if (HTTP_METHODS.contains(op.getKey()) && security.isArray() && security.isEmpty()) {
                open.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertTrue(read > 0, "the component descriptors were read");
        assertEquals(announced, open);
    }

    @Test
    public void theManifestNamesTheFragment() throws Exception {
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/MANIFEST.MF"))) {
            assertEquals(fragmentName.substring(1), new Manifest(in).getMainAttributes().getValue("PartyOffice-OpenAPI"));
        }
    }

    /** "METHOD /path" of every resource method, paths relative to /api with {templates} as written. */
    private Map<String, Method> operations() {
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
                assertTrue(ops.put(key, m) == null, "two methods serve " + key);
            }
        }
        return ops;
    }

    private Set<String> documented() {
        Set<String> documented = new TreeSet<>();
        fragment.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (HTTP_METHODS.contains(m)) {
                documented.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        return documented;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String pointer = node.get("$ref").asText().substring(1);
        JsonNode own = fragment.at(pointer);
        return own.isMissingNode() ? platform.at(pointer) : own;
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
