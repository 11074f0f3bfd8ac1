package dev.ingest.schemas;

import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/**
 * Where the JSON Schemas of the topic payloads are, inside this jar and on the web.
 *
 * <p>{@code Schemas.ARTICLE_V1.classpathLocation()} is {@code "/schemas/article-v1.schema.json"};
 * {@code Schemas.ARTICLE_V1.id()} is {@code "https://ingest.dev/schemas/article-v1.schema.json"}, the schema's
 * {@code $id}. This class only locates the files: bring your own validator.
 */
public enum Schemas {
    /** The article record: the value of {@code ingest.articles} and the output of {@code ingest extract}. */
    ARTICLE_V1("article-v1.schema.json"),
    /** A URL waiting to be fetched: the value of {@code ingest.frontier}. */
    FRONTIER_V1("frontier-v1.schema.json"),
    /** A source definition file (YAML), as {@code ingest sources check} validates it. */
    SOURCE_V1("source-v1.schema.json");

    /** The base of every schema's {@code $id}. */
    public static final String ID_BASE = "https://ingest.dev/schemas/";

    /** The folder inside this jar that holds the schema files. */
    public static final String CLASSPATH_FOLDER = "/schemas/";

    private final String fileName;

    Schemas(String fileName) {
        this.fileName = fileName;
    }

    /** The file name, e.g. {@code article-v1.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The absolute classpath location, e.g. {@code /schemas/article-v1.schema.json}. */
    public String classpathLocation() {
        return CLASSPATH_FOLDER + fileName;
    }

    /** The schema's {@code $id}, e.g. {@code https://ingest.dev/schemas/article-v1.schema.json}. */
    public String id() {
        return ID_BASE + fileName;
    }

    /** The schema file on the classpath of this class, or empty when this jar is not there. */
    public Optional<URL> findResource() {
        return Optional.ofNullable(Schemas.class.getResource(classpathLocation()));
    }

    /**
     * The schema file on the classpath of this class.
     *
     * @throws IllegalStateException naming the missing location, when the ingest-schemas jar is incomplete
     */
    public URL expectResource() {
        return findResource().orElseThrow(this::missing);
    }

    /**
     * Opens the schema file; the caller closes the stream.
     *
     * @throws IllegalStateException as {@link #expectResource()} does
     */
    public InputStream open() {
        InputStream in = Schemas.class.getResourceAsStream(classpathLocation());
        if (in == null) {
            throw missing();
        }
        return in;
    }

    private IllegalStateException missing() {
        return new IllegalStateException(
                "schema " + classpathLocation() + " is not on the classpath: is the ingest-schemas jar complete?");
    }
}
