package dev.ingest.routes.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The service's configuration, resolved once at start-up: defaults, then a properties file, then {@code INGEST_*}
 * environment variables, then explicit overrides (command-line options). Every value is parsed and checked here, so
 * a bad value stops start-up with one message naming the key, where it came from, and what is allowed.
 *
 * <p>{@code IngestConfig.load(Path.of("ingest.properties"), System.getenv(), Map.of()).get(Settings.TOPIC_PARTITIONS)}
 */
public final class IngestConfig {
    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final Map<String, String> kafkaClientProperties;

    private IngestConfig(Map<String, Object> values, Map<String, String> origins, Map<String, String> kafkaClient) {
        this.values = Collections.unmodifiableMap(values);
        this.origins = Collections.unmodifiableMap(origins);
        this.kafkaClientProperties = Collections.unmodifiableMap(kafkaClient);
    }

    /** All defaults: what a fresh clone runs with. */
    public static IngestConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /**
     * Resolves the configuration.
     *
     * @param file       a properties file, or null
     * @param env        the environment ({@code System.getenv()}); only {@code INGEST_*} keys are read
     * @param overrides  values given on the command line, by key name
     * @throws ConfigException listing every bad value at once
     */
    public static IngestConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, Source> raw = new LinkedHashMap<>();
        Map<String, String> kafkaClient = new TreeMap<>();
        if (file != null) {
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new ConfigException(List.of("cannot read config file " + file + ": " + e.getMessage()));
            }
            for (String key : props.stringPropertyNames()) {
                raw.put(key, new Source(props.getProperty(key), "config file " + file));
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().startsWith("INGEST_")) {
                raw.put(envToKey(e.getKey()), new Source(e.getValue(), "environment variable " + e.getKey()));
            }
        }
        overrides.forEach((k, v) -> raw.put(k, new Source(v, "command line")));

        List<String> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (Setting<?> setting : Settings.ALL) {
            Source given = raw.remove(setting.name());
            if (given == null) {
                values.put(setting.name(), setting.defaultValue());
                origins.put(setting.name(), "default");
                continue;
            }
            String problem = parseInto(setting, given, values);
            if (problem != null) {
                errors.add(problem);
            } else {
                origins.put(setting.name(), given.origin());
            }
        }
        for (Map.Entry<String, Source> e : raw.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(Settings.KAFKA_CLIENT_PREFIX)) {
                kafkaClient.put(key.substring(Settings.KAFKA_CLIENT_PREFIX.length()), e.getValue().text());
            } else if (key.startsWith("ingest.")) {
                errors.add("unknown setting '" + key + "' (" + e.getValue().origin() + "); known settings are listed in "
                        + "the README's configuration table; Kafka client properties go under "
                        + Settings.KAFKA_CLIENT_PREFIX);
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new IngestConfig(values, origins, kafkaClient);
    }

    private static <T> String parseInto(Setting<T> setting, Source given, Map<String, Object> values) {
        String where = setting.name() + " (" + given.origin() + ")";
        T value;
        try {
            value = setting.parse().apply(given.text());
        } catch (RuntimeException e) {
            return where + ": cannot read '" + (setting.secret() ? "[hidden]" : given.text()) + "' as " + setting.type()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "; default is " + setting.defaultText();
        }
        String problem = setting.check().apply(value);
        if (problem != null) {
            return where + ": " + (setting.secret() ? "[hidden]" : given.text()) + " " + problem;
        }
        values.put(setting.name(), value);
        return null;
    }

    /** {@code INGEST_FETCH_MAX_BODY_BYTES} → the key whose {@link Setting#envName()} matches, else a dotted guess. */
    static String envToKey(String env) {
        for (Setting<?> s : Settings.ALL) {
            if (s.envName().equals(env)) {
                return s.name();
            }
        }
        String prefix = "INGEST_KAFKA_CLIENT_";
        if (env.startsWith(prefix)) {
            return Settings.KAFKA_CLIENT_PREFIX + env.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '.');
        }
        return env.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!values.containsKey(setting.name())) {
            throw new IllegalArgumentException("not a registered setting: " + setting.name());
        }
        return (T) values.get(setting.name());
    }

    /** Where a value came from: {@code default}, {@code config file ...}, {@code environment variable ...}. */
    public String origin(Setting<?> setting) {
        return origins.getOrDefault(setting.name(), "default");
    }

    /** Extra properties for every Kafka client (TLS, SASL, ...), without the {@code ingest.kafka.client.} prefix. */
    public Map<String, String> kafkaClientProperties() {
        return kafkaClientProperties;
    }

    /** True when no cluster is configured and the service runs its own embedded broker. */
    public boolean usesEmbeddedKafka() {
        return get(Settings.KAFKA_BOOTSTRAP).isBlank();
    }

    /**
     * The effective configuration as log lines, {@code key = value (origin)}, for the start-up log. Secrets never
     * appear: secret settings and Kafka client properties whose names say password, secret, token, key or JAAS
     * show {@code [hidden]}.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Setting<?> s : Settings.ALL) {
            Object v = values.get(s.name());
            lines.add(s.name() + " = " + (s.secret() ? "[hidden]" : v) + " (" + origin(s) + ")");
        }
        kafkaClientProperties.forEach((k, v) -> lines.add(Settings.KAFKA_CLIENT_PREFIX + k + " = "
                + (isSecretName(k) ? "[hidden]" : v)));
        return lines;
    }

    static boolean isSecretName(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.contains("jaas")
                || k.endsWith(".key") || k.contains("credentials");
    }

    /** A copy with one value replaced, checked like any other. */
    public <T> IngestConfig with(Setting<T> setting, T value) {
        String problem = setting.check().apply(value);
        if (problem != null) {
            throw new ConfigException(List.of(setting.name() + ": " + value + " " + problem));
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting.name(), value);
        Map<String, String> o = new LinkedHashMap<>(origins);
        o.put(setting.name(), "program");
        return new IngestConfig(copy, o, kafkaClientProperties);
    }

    private record Source(String text, String origin) {
    }
}
