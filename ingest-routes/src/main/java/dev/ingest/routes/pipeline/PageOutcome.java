package dev.ingest.routes.pipeline;

import dev.ingest.core.model.Article;

/**
 * What became of one frontier entry that did not fail. Each outcome carries the page state to remember once the
 * outcome has been written.
 */
public sealed interface PageOutcome {
    /** A new article or a new revision of one: publish it, then remember {@code state}. */
    record Publish(Article article, PageState state) implements PageOutcome {
    }

    /** Fetched again and unchanged (304, or the same content hash): nothing to publish. */
    record Unchanged(PageState state) implements PageOutcome {
    }

    /** A published page now answers 404/410: write a tombstone for its article id. */
    record Gone(PageState state) implements PageOutcome {
    }

    /** Failed in a way worth retrying: {@code entry} (its attempt counted) goes back to the frontier {@code after}. */
    record Retry(FrontierEntry entry, java.time.Duration after, String reason) implements PageOutcome {
    }

    /** Left out on purpose, with the reason in a word ({@code robots}, {@code listing}) and the URL. */
    record Skip(String reason, String url) implements PageOutcome {
    }
}
