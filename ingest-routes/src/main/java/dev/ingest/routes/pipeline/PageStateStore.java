package dev.ingest.routes.pipeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Durable memory of published pages, by canonical URL. */
public interface PageStateStore {
    Optional<PageState> find(String url);

    /** Records a page's state; durable when this returns. */
    void put(PageState state);

    /** Live pages published after {@code publishedAfter} and last fetched before {@code fetchedBefore}. */
    List<PageState> dueForRevisit(OffsetDateTime publishedAfter, OffsetDateTime fetchedBefore);
}
