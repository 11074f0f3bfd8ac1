package dev.ingest.routes.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.routes.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Checks one source file against {@code schemas/json/source-v1.schema.json} and what a schema cannot say (regular
 * expressions compile, CSS selectors parse), and turns a valid file into a {@link SourceDefinition}. Every problem
 * names the file, the line, the field and a fix.
 */
public final class SourceChecker {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = loadSchema();

    private SourceChecker() {
    }

    /** What checking one file found: the definition when there were no problems. */
    public record Checked(SourceDefinition source, List<SourceProblem> problems) {
    }

    public static Checked check(Path file, String yaml) {
        List<SourceProblem> problems = new ArrayList<>();
        JsonNode root;
        YamlLines lines;
        try {
            root = YAML.readTree(yaml);
            lines = YamlLines.of(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(new SourceProblem(file, line, "(file)", "not valid YAML: " + e.getOriginalMessage(),
                    "check the indentation and quoting around line " + line));
            return new Checked(null, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            problems.add(new SourceProblem(file, 1, "(file)", "a source file is a YAML mapping",
                    "start with 'id: my-source' and add feeds, sitemaps or listings"));
            return new Checked(null, problems);
        }
        boolean noStartPoint = false;
        for (ValidationMessage m : SCHEMA.validate(root)) {
            if (m.getEvaluationPath().toString().contains("anyOf")) {
                noStartPoint = true; // one problem, not one per alternative
                continue;
            }
            problems.add(describe(file, lines, m));
        }
        if (noStartPoint) {
            problems.add(new SourceProblem(file, 1, "feeds", "the source has no start point",
                    "add at least one of feeds, sitemaps, listings or robots"));
        }
        checkPatterns(file, lines, root, problems);
        checkSelectors(file, lines, root, problems);
        problems.sort(Comparator.comparingInt(SourceProblem::line));
        return new Checked(problems.isEmpty() ? toDefinition(root) : null, List.copyOf(problems));
    }

    private static SourceProblem describe(Path file, YamlLines lines, ValidationMessage m) {
        String at = pointer(m.getInstanceLocation());
        String property = m.getProperty();
        String schemaDoc = description(at);
        switch (m.getType()) {
            case "required":
                return new SourceProblem(file, lines.lineOf(at), field(at, property), "is missing",
                        "add '" + property + ":'" + (property.equals("id") ? " with a kebab-case id" : ""));
            case "additionalProperties":
                String known = knownFields(at);
                return new SourceProblem(file, lines.lineOf(child(at, property)), field(at, property),
                        "is not a known field", "remove it or correct the spelling; known fields here: " + known);
            default:
                break;
        }
        JsonNode value = m.getInstanceNode();
        String shown = value == null ? "" : value.isTextual() ? "'" + value.asText() + "' " : value + " ";
        return new SourceProblem(file, lines.lineOf(at), field(at, null), shown + m.getError(),
                schemaDoc != null ? schemaDoc : fixFor(m.getType()));
    }

    /** The schema's description of the value at a path, following properties, items and $refs. */
    private static String description(String at) {
        JsonNode node = SCHEMA.getSchemaNode();
        if (!at.isEmpty()) {
            for (String segment : at.split("/")) {
                node = segment.matches("\\d+") ? node.path("items") : node.path("properties").path(segment);
                if (node.has("$ref")) {
                    String ref = node.get("$ref").asText();
                    JsonNode target = SCHEMA.getSchemaNode().at(ref.substring(1));
                    node = node.has("description") ? node : target;
                }
            }
        }
        return node.has("description") ? node.get("description").asText() : null;
    }

    private static String fixFor(String type) {
        return switch (type) {
            case "type" -> "use the type shown";
            case "pattern" -> "use the form shown in the README's source example";
            case "minimum", "maximum" -> "use a value in the allowed range";
            default -> "see schemas/json/source-v1.schema.json";
        };
    }

    private static String knownFields(String at) {
        JsonNode s = SCHEMA.getSchemaNode();
        if (at.startsWith("listings/")) {
            s = s.path("properties").path("listings").path("items");
        } else if (at.startsWith("extraction")) {
            s = s.path("properties").path("extraction");
        } else if (at.startsWith("politeness")) {
            s = s.path("properties").path("politeness");
        }
        List<String> names = new ArrayList<>();
        s.path("properties").fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static void checkPatterns(Path file, YamlLines lines, JsonNode root, List<SourceProblem> problems) {
        JsonNode listings = root.path("listings");
        for (int i = 0; i < listings.size(); i++) {
            for (String kind : List.of("include", "exclude", "follow")) {
                JsonNode list = listings.get(i).path(kind);
                for (int j = 0; j < list.size(); j++) {
                    String at = "listings/" + i + "/" + kind + "/" + j;
                    try {
                        Pattern.compile(list.get(j).asText());
                    } catch (PatternSyntaxException e) {
                        problems.add(new SourceProblem(file, lines.lineOf(at), field(at, null),
                                "'" + list.get(j).asText() + "' is not a regular expression (" + e.getDescription()
                                        + ")", "escape special characters such as ( [ { ? with a backslash"));
                    }
                }
            }
        }
    }

    private static void checkSelectors(Path file, YamlLines lines, JsonNode root, List<SourceProblem> problems) {
        JsonNode ex = root.path("extraction");
        for (Iterator<String> it = ex.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode v = ex.get(name);
            List<JsonNode> values = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(values::add);
            } else {
                values.add(v);
            }
            for (int j = 0; j < values.size(); j++) {
                String css = values.get(j).asText();
                String at = "extraction/" + name + (v.isArray() ? "/" + j : "");
                try {
                    QueryParser.parse(css);
                } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                    problems.add(new SourceProblem(file, lines.lineOf(at), field(at, null),
                            "'" + css + "' is not a CSS selector (" + e.getMessage() + ")",
                            "use a selector such as 'article .story-body' or 'div#content > p'"));
                }
            }
        }
    }

    private static SourceDefinition toDefinition(JsonNode root) {
        List<StartPoint> starts = new ArrayList<>();
        root.path("feeds").forEach(n -> starts.add(StartPoint.feed(n.asText())));
        root.path("sitemaps").forEach(n -> starts.add(StartPoint.sitemap(n.asText())));
        if (root.hasNonNull("robots")) {
            starts.add(StartPoint.robots(root.get("robots").asText()));
        }
        for (JsonNode l : root.path("listings")) {
            starts.add(new StartPoint(StartPoint.Kind.LISTING, l.path("url").asText(), patterns(l.path("include")),
                    patterns(l.path("exclude")), patterns(l.path("follow")), l.path("depth").asInt(1)));
        }
        Duration schedule = root.has("schedule") ? Settings.parseDurationText(root.get("schedule").asText())
                : Duration.ofMinutes(15);
        JsonNode ex = root.path("extraction");
        List<String> remove = new ArrayList<>();
        ex.path("remove").forEach(n -> remove.add(n.asText()));
        ExtractionRules rules = new ExtractionRules(text(ex, "body"), text(ex, "title"), text(ex, "author"),
                text(ex, "date"), remove);
        JsonNode delay = root.path("politeness").path("minDelay");
        Duration minDelay = delay.isMissingNode() ? null : Settings.parseDurationText(delay.asText());
        return new SourceDefinition(root.get("id").asText(), text(root, "name"), root.path("enabled").asBoolean(true),
                starts, schedule, rules, minDelay, root.path("allowPrivateNetwork").asBoolean(false),
                text(root, "topic"));
    }

    private static List<Pattern> patterns(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        list.forEach(n -> out.add(Pattern.compile(n.asText())));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** {@code $.listings[0].url} as {@code listings/0/url}. */
    private static String pointer(JsonNodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(path.getElement(i));
        }
        return s.toString();
    }

    private static String child(String at, String name) {
        return at.isEmpty() ? name : at + "/" + name;
    }

    /** {@code listings/0/include/1} as a user reads it: {@code listings[0].include[1]}. */
    static String field(String at, String property) {
        String p = property == null ? at : child(at, property);
        if (p.isEmpty()) {
            return "(file)";
        }
        return p.replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SourceChecker.class.getResourceAsStream("/schemas/source-v1.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/source-v1.schema.json is missing from the classpath");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
