package dev.ingest.routes.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every value in a YAML document, by path ({@code ""}, {@code "listings/0/url"}), so a problem found
 * in the parsed tree can be reported at the line a user sees in their editor.
 */
final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines of(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Object> path = new ArrayDeque<>();   // String field names and int[] array counters
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    pendingField = p.currentName();
                    lines.put(join(path, pendingField), line);
                    continue;
                }
                String here = valuePath(path, pendingField);
                pendingField = null;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    lines.putIfAbsent(here, line);
                    path.push(new Frame(here, t == JsonToken.START_ARRAY));
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.pop();
                } else {
                    lines.putIfAbsent(here, line);
                }
            }
        }
        return new YamlLines(lines);
    }

    /** The line of a path, or of its nearest ancestor that has one; 1 when nothing matches. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
    }

    private record Frame(String path, boolean array, int[] next) {
        Frame(String path, boolean array) {
            this(path, array, new int[] {0});
        }
    }

    private static String valuePath(Deque<Object> stack, String field) {
        if (stack.isEmpty()) {
            return "";
        }
        Frame top = (Frame) stack.peek();
        if (top.array()) {
            return child(top.path(), Integer.toString(top.next()[0]++));
        }
        return child(top.path(), field == null ? "" : field);
    }

    private static String join(Deque<Object> stack, String field) {
        return stack.isEmpty() ? field : child(((Frame) stack.peek()).path(), field);
    }

    private static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }
}
