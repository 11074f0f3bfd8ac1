package dev.ingest.routes.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ingest.core.json.ArticleJson;

/** JSON of {@link FrontierEntry}, with the same mapper (ISO dates, lower-case enums) as article records. */
public final class FrontierCodec {
    private FrontierCodec() {
    }

    public static String write(FrontierEntry entry) {
        try {
            return ArticleJson.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write frontier entry for " + entry.url(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, when the text is not a frontier entry
     */
    public static FrontierEntry read(String json) {
        try {
            return ArticleJson.mapper().readValue(json, FrontierEntry.class);
        } catch (JsonProcessingException | RuntimeException e) {
            String shown = json == null ? "null" : json.length() > 200 ? json.substring(0, 200) + "..." : json;
            throw new IllegalArgumentException("not a frontier entry (" + e.getMessage().lines().findFirst().orElse("")
                    + "): " + shown, e);
        }
    }
}
