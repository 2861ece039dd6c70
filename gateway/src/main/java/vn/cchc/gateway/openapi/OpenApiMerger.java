package vn.cchc.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.cchc.gateway.route.RouteTable;

/**
 * Merges the OpenAPI 3 documents of the gateway's upstream services into one document of the whole
 * API, as the gateway routes it. Plain Java on Jackson's tree model, no framework; the inputs are
 * never modified.
 *
 * <p>What it does:
 * <ul>
 *   <li>{@code paths}: an upstream contributes only the paths the gateway routes to it (the longest
 *       owned prefix, whole segments, exactly as {@link RouteTable} picks), so nothing is described
 *       that the gateway would not forward;</li>
 *   <li>{@code components} (schemas, responses, parameters, examples, request bodies, headers, links,
 *       callbacks, path items), all of them, also those no kept path refers to (a service may describe
 *       a type its operations return without a schema). A name that several upstreams use for
 *       identical content is kept once; for different content, each of those upstreams' variants is
 *       renamed with the upstream's name in front ({@code Unit} of {@code plan} becomes
 *       {@code PlanUnit}) and every {@code $ref} in that upstream's part is rewritten, including
 *       discriminator mappings; components referring to a renamed one are compared again;</li>
 *   <li>the upstreams' own security schemes are replaced by one scheme, {@value #SECURITY_SCHEME}:
 *       OAuth2 authorization code with PKCE at the Keycloak issuer; operation-level requirements
 *       naming an upstream's scheme are pointed at it; the same requirement is set globally;</li>
 *   <li>{@code tags}: those the kept operations use, once each, sorted by name, with the first
 *       description an upstream declares;</li>
 *   <li>{@code servers} is {@code [{"url": "/"}]}, so the document works behind any host;</li>
 *   <li>upstreams without a document are listed in the {@value #MISSING_UPSTREAMS} extension.</li>
 * </ul>
 */
public final class OpenApiMerger {

    /** Name of the one security scheme of the merged document. */
    public static final String SECURITY_SCHEME = "keycloak";

    /** Root extension listing the upstreams whose document could not be had (absent when none). */
    public static final String MISSING_UPSTREAMS = "x-cchc-missing-upstreams";

    /** OpenAPI version written when no upstream answered. */
    static final String DEFAULT_OPENAPI_VERSION = "3.1.0";

    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems");

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Name of the shared problem-details schema in the merged document. */
    public static final String PROBLEM_SCHEMA = "Problem";

    /**
     * The parts of the merged document that do not come from the upstreams.
     *
     * @param title       {@code info.title}, e.g. {@code cchc-platform API}
     * @param version     {@code info.version}
     * @param description {@code info.description} (CommonMark)
     * @param issuer      the Keycloak realm's issuer URL, e.g. {@code http://127.0.0.1:8180/realms/cchc};
     *                    a trailing slash is ignored
     * @param clientId    the public client front ends log in with, e.g. {@code cchc-spa}
     */
    public record Settings(String title, String version, String description, String issuer, String clientId) {

        /** Checks that every part is given. */
        public Settings {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(clientId, "clientId");
        }
    }

    /**
     * One upstream's contribution.
     *
     * @param name     the upstream's name, as in {@code cchc.gateway.upstreams.<name>}
     * @param prefixes the API path prefixes the gateway routes to it
     * @param document its OpenAPI document, or {@code null} when it could not be had (listed as missing)
     */
    public record Source(String name, List<String> prefixes, JsonNode document) {

        /** Checks name and prefixes. */
        public Source {
            Objects.requireNonNull(name, "name");
            prefixes = List.copyOf(prefixes);
        }
    }

    private final Settings settings;

    /**
     * @param settings title, version, description, issuer and client of the merged document
     */
    public OpenApiMerger(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Builds the merged document.
     *
     * @param sources every upstream, with its document or without (then it is reported missing); a
     *                document that is not a JSON object counts as missing
     * @return a new OpenAPI 3 document; its {@value #MISSING_UPSTREAMS} extension names the sources
     *         without a document, sorted, and is absent when all had one
     * @throws IllegalArgumentException when two sources claim the same path prefix
     */
    public ObjectNode merge(List<Source> sources) {
        List<Source> sorted = sources.stream().sorted(Comparator.comparing(Source::name)).toList();
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        sorted.forEach(s -> prefixes.put(s.name(), s.prefixes()));
        RouteTable table = new RouteTable(prefixes);

        List<Part> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Source s : sorted) {
            if (s.document() instanceof ObjectNode doc) {
                parts.add(Part.of(s.name(), doc, table));
            } else {
                missing.add(s.name());
            }
        }
        resolveClashes(parts);
        return assemble(parts, missing);
    }

    // ---------------------------------------------------------------------------------------------
    // one upstream's part

    /** What one upstream contributes, with the renames its $refs need. */
    private static final class Part {
        final String upstream;
        final String openapi;
        final ObjectNode paths = JSON.objectNode();
        /** section → name → component. */
        final Map<String, Map<String, JsonNode>> components = new LinkedHashMap<>();
        /** the names of the upstream's own security schemes, pointed at {@link #SECURITY_SCHEME}. */
        final Set<String> securitySchemes = new HashSet<>();
        /** the upstream's declared tags: name → description (empty when none). */
        final Map<String, String> tagDescriptions = new LinkedHashMap<>();
        /** section → old name → new name. */
        final Map<String, Map<String, String>> renames = new HashMap<>();

        private Part(String upstream, String openapi) {
            this.upstream = upstream;
            this.openapi = openapi;
        }

        static Part of(String upstream, ObjectNode doc, RouteTable table) {
            Part p = new Part(upstream, doc.path("openapi").isTextual() ? doc.get("openapi").asText() : null);
            JsonNode paths = doc.path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (table.upstreamFor(e.getKey()).filter(upstream::equals).isPresent() && e.getValue().isObject()) {
                    p.paths.set(e.getKey(), e.getValue().deepCopy());
                }
            }
            JsonNode components = doc.path("components");
            components.path("securitySchemes").fieldNames().forEachRemaining(p.securitySchemes::add);
            for (JsonNode tag : doc.path("tags")) {
                if (tag.path("name").isTextual()) {
                    String description = tag.path("description").isTextual() ? tag.get("description").asText() : null;
                    p.tagDescriptions.merge(tag.get("name").asText(), description == null ? "" : description,
                            (a, b) -> a.isEmpty() ? b : a);
                }
            }
            p.keepComponents(components);
            return p;
        }

        /** Copies the upstream's components of every section but {@code securitySchemes}. */
        private void keepComponents(JsonNode available) {
            for (String section : SECTIONS) {
                JsonNode byName = available.path(section);
                for (Iterator<Map.Entry<String, JsonNode>> it = byName.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    components.computeIfAbsent(section, k -> new TreeMap<>()).put(e.getKey(), e.getValue().deepCopy());
                }
            }
        }

        String renamed(String section, String name) {
            return renames.getOrDefault(section, Map.of()).getOrDefault(name, name);
        }

        /** @return a copy of the node with every local component reference renamed for this part */
        JsonNode rewritten(JsonNode node) {
            JsonNode copy = node.deepCopy();
            rewriteRefs(copy);
            return copy;
        }

        private void rewriteRefs(JsonNode node) {
            if (node instanceof ObjectNode o) {
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if ("$ref".equals(e.getKey()) && e.getValue().isTextual()) {
                        e.setValue(renamedRef(e.getValue()));
                    } else {
                        if ("discriminator".equals(e.getKey()) && e.getValue().get("mapping") instanceof ObjectNode mapping) {
                            mapping.fields().forEachRemaining(m -> m.setValue(renamedRef(m.getValue())));
                        }
                        rewriteRefs(e.getValue());
                    }
                }
            } else if (node instanceof ArrayNode a) {
                a.forEach(this::rewriteRefs);
            }
        }

        private JsonNode renamedRef(JsonNode ref) {
            ComponentRef c = ref.isTextual() ? ComponentRef.parse(ref.asText()) : null;
            return c == null ? ref : JSON.textNode(new ComponentRef(c.section(), renamed(c.section(), c.name())).text());
        }
    }

    /** {@code #/components/<section>/<name>}, with the name unescaped (RFC 6901). */
    private record ComponentRef(String section, String name) {

        static ComponentRef parse(String ref) {
            if (!ref.startsWith("#/components/")) {
                return null;
            }
            String[] parts = ref.substring("#/components/".length()).split("/", -1);
            if (parts.length != 2 || !SECTIONS.contains(parts[0]) || parts[1].isEmpty()) {
                return null;
            }
            return new ComponentRef(parts[0], parts[1].replace("~1", "/").replace("~0", "~"));
        }

        String text() {
            return "#/components/" + section + "/" + name.replace("~", "~0").replace("/", "~1");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // name clashes

    /**
     * Renames, per upstream, each component whose name another upstream uses for different content.
     * Repeats until nothing changes, because a rename can make two formerly equal components differ
     * (both referred to {@code Unit}, which is now {@code PlanUnit} in one and {@code KpiUnit} in the
     * other).
     */
    private static void resolveClashes(List<Part> parts) {
        Map<String, Set<String>> taken = new HashMap<>();
        for (Part p : parts) {
            p.components.forEach((section, byName) -> taken.computeIfAbsent(section, k -> new HashSet<>()).addAll(byName.keySet()));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String section : SECTIONS) {
                Map<String, List<Part>> holders = new TreeMap<>();
                for (Part p : parts) {
                    p.components.getOrDefault(section, Map.of()).keySet().stream()
                            .filter(name -> !p.renames.getOrDefault(section, Map.of()).containsKey(name))
                            .forEach(name -> holders.computeIfAbsent(name, k -> new ArrayList<>()).add(p));
                }
                for (Map.Entry<String, List<Part>> e : holders.entrySet()) {
                    String name = e.getKey();
                    List<Part> with = e.getValue();
                    // parts that renamed it already have their own copy: compare those still using the name
                    long variants = with.stream()
                            .map(p -> p.rewritten(p.components.get(section).get(name)))
                            .distinct().count();
                    if (variants > 1) {
                        for (Part p : with) {
                            String renamed = freeName(prefixed(p.upstream, name), taken.get(section));
                            p.renames.computeIfAbsent(section, k -> new HashMap<>()).put(name, renamed);
                        }
                        changed = true;
                    }
                }
            }
        }
    }

    private static String prefixed(String upstream, String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : upstream.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return b + name;
    }

    private static String freeName(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + i;
        }
        taken.add(name);
        return name;
    }

    // ---------------------------------------------------------------------------------------------
    // the merged document

    private ObjectNode assemble(List<Part> parts, List<String> missing) {
        ObjectNode root = JSON.objectNode();
        root.put("openapi", parts.stream().map(p -> p.openapi).filter(Objects::nonNull)
                .max(OpenApiMerger::compareVersions).orElse(DEFAULT_OPENAPI_VERSION));
        root.putObject("info")
                .put("title", settings.title())
                .put("version", settings.version())
                .put("description", settings.description());
        root.putArray("servers").addObject().put("url", "/");
        root.putArray("security").addObject().putArray(SECURITY_SCHEME);

        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, String> tags = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        for (Part p : parts) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode item = p.rewritten(e.getValue());
                pointSecurityAtKeycloak(item, p.securitySchemes);
                operations(item).forEach(OpenApiMerger::declareProblems);
                usedTags(item).forEach(tag -> tags.merge(tag, p.tagDescriptions.getOrDefault(tag, ""),
                        (a, b) -> a.isEmpty() ? b : a));
                paths.putIfAbsent(e.getKey(), item);
            }
            p.components.forEach((section, byName) -> byName.forEach((name, node) -> components
                    .computeIfAbsent(section, k -> new TreeMap<>())
                    .putIfAbsent(p.renamed(section, name), p.rewritten(node))));
        }

        ArrayNode tagArray = root.putArray("tags");
        tags.forEach((name, description) -> {
            ObjectNode tag = tagArray.addObject().put("name", name);
            if (!description.isEmpty()) {
                tag.put("description", description);
            }
        });
        ObjectNode pathsNode = root.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode componentsNode = root.putObject("components");
        for (String section : SECTIONS) {
            Map<String, JsonNode> byName = components.get(section);
            if (byName != null) {
                ObjectNode s = componentsNode.putObject(section);
                byName.forEach(s::set);
            }
        }
        ObjectNode schemas = componentsNode.has("schemas") ? (ObjectNode) componentsNode.get("schemas") : componentsNode.putObject("schemas");
        schemas.set(PROBLEM_SCHEMA, problemSchema());
        componentsNode.putObject("securitySchemes").set(SECURITY_SCHEME, securityScheme());
        if (!missing.isEmpty()) {
            ArrayNode m = root.putArray(MISSING_UPSTREAMS);
            missing.forEach(m::add);
        }
        return root;
    }

    /**
     * Every error answer of every service is RFC 9457 problem details: each 4xx/5xx response the
     * services declared without a body gets the shared {@code Problem} schema, and each operation gets
     * a {@code default} problem response, so that generated clients type their errors.
     */
    private static void declareProblems(JsonNode operation) {
        if (!(operation.get("responses") instanceof ObjectNode responses)) {
            return;
        }
        responses.fields().forEachRemaining(e -> {
            if ((e.getKey().startsWith("4") || e.getKey().startsWith("5")) && e.getValue() instanceof ObjectNode r
                    && !r.has("content") && !r.has("$ref")) {
                r.set("content", problemContent());
            }
        });
        if (!responses.has("default")) {
            responses.putObject("default").put("description", "Error: RFC 9457 problem details (application/problem+json)")
                    .set("content", problemContent());
        }
    }

    private static ObjectNode problemContent() {
        ObjectNode content = JSON.objectNode();
        content.putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/" + PROBLEM_SCHEMA);
        return content;
    }

    /** The shape of vn.cchc.common.problem.Problem, shared by the whole API. */
    private static ObjectNode problemSchema() {
        ObjectNode schema = JSON.objectNode().put("type", "object")
                .put("description", "RFC 9457 problem details: the only error shape of the API. Switch on `type`.");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode props = schema.putObject("properties");
        props.putObject("type").put("type", "string").put("format", "uri")
                .put("description", "Stable problem type, urn:cchc:problem:<slug>").put("example", "urn:cchc:problem:not-found");
        props.putObject("title").put("type", "string").put("description", "Short summary of the type (English)");
        props.putObject("status").put("type", "integer").put("description", "The HTTP status code");
        props.putObject("detail").put("type", "string").put("description", "What went wrong in this occurrence");
        props.putObject("instance").put("type", "string").put("description", "The request path that failed");
        ObjectNode item = props.putObject("errors").put("type", "array")
                .put("description", "Per-field errors of a validation problem (422)").putObject("items").put("type", "object");
        item.putArray("required").add("field").add("message");
        item.putObject("properties").<ObjectNode>set("field", JSON.objectNode().put("type", "string"))
                .set("message", JSON.objectNode().put("type", "string"));
        return schema;
    }

    /** The Keycloak realm as an OAuth2 authorization-code flow, which Swagger UI can log in with. */
    private ObjectNode securityScheme() {
        String issuer = settings.issuer().strip().replaceAll("/+$", "");
        String oidc = issuer + "/protocol/openid-connect";
        ObjectNode scheme = JSON.objectNode()
                .put("type", "oauth2")
                .put("description", "Keycloak access token, sent as `Authorization: Bearer <token>`. Browser front ends "
                        + "log in with the public client `" + settings.clientId() + "`: authorization code with PKCE "
                        + "(S256). Issuer: " + issuer + " (discovery: " + issuer + "/.well-known/openid-configuration). "
                        + "Only access tokens are accepted, not ID or refresh tokens. / Token truy cập do Keycloak "
                        + "cấp, gửi trong header `Authorization: Bearer <token>`; ứng dụng web đăng nhập bằng client "
                        + "`" + settings.clientId() + "` (authorization code + PKCE).");
        scheme.putObject("flows").putObject("authorizationCode")
                .put("authorizationUrl", oidc + "/auth")
                .put("tokenUrl", oidc + "/token")
                .put("refreshUrl", oidc + "/token")
                .putObject("scopes").put("openid", "OpenID Connect sign-in");
        scheme.put("x-cchc-issuer", issuer);
        scheme.put("x-cchc-openid-configuration", issuer + "/.well-known/openid-configuration");
        scheme.put("x-cchc-client-id", settings.clientId());
        scheme.put("x-cchc-pkce", "S256");
        return scheme;
    }

    /** Points operation-level security requirements that name the upstream's own scheme at ours. */
    private static void pointSecurityAtKeycloak(JsonNode pathItem, Set<String> upstreamSchemes) {
        for (JsonNode operation : operations(pathItem)) {
            JsonNode security = operation.get("security");
            if (!(security instanceof ArrayNode requirements)) {
                continue;
            }
            ArrayNode replaced = JSON.arrayNode();
            for (JsonNode requirement : requirements) {
                if (!(requirement instanceof ObjectNode r)) {
                    replaced.add(requirement);
                    continue;
                }
                ObjectNode pointed = JSON.objectNode();
                r.fields().forEachRemaining(e -> {
                    String name = upstreamSchemes.contains(e.getKey()) ? SECURITY_SCHEME : e.getKey();
                    if (!pointed.has(name)) {
                        pointed.set(name, e.getValue());
                    }
                });
                if (!containsEqual(replaced, pointed)) {
                    replaced.add(pointed);
                }
            }
            ((ObjectNode) operation).set("security", replaced);
        }
    }

    private static boolean containsEqual(ArrayNode array, JsonNode node) {
        for (JsonNode n : array) {
            if (n.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> usedTags(JsonNode pathItem) {
        Set<String> tags = new TreeSet<>();
        for (JsonNode operation : operations(pathItem)) {
            for (JsonNode tag : operation.path("tags")) {
                if (tag.isTextual()) {
                    tags.add(tag.asText());
                }
            }
        }
        return tags;
    }

    private static List<JsonNode> operations(JsonNode pathItem) {
        List<JsonNode> ops = new ArrayList<>();
        pathItem.fields().forEachRemaining(e -> {
            if (OPERATIONS.contains(e.getKey()) && e.getValue().isObject()) {
                ops.add(e.getValue());
            }
        });
        return ops;
    }

    /** Compares dotted versions numerically ({@code 3.0.3 < 3.1.0}); non-numbers compare as text. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String u = i < x.length ? x[i] : "0";
            String v = i < y.length ? y[i] : "0";
            int c;
            try {
                c = Integer.compare(Integer.parseInt(u), Integer.parseInt(v));
            } catch (NumberFormatException e) {
                c = u.compareTo(v);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
