package dev.ingest.routes.pipeline;

import dev.ingest.routes.source.SourceDefinition;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The sources the running service knows, by id; routes look up a source's rules here at the moment they need them. */
public final class SourceRegistry {
    private final Map<String, SourceDefinition> sources = new ConcurrentHashMap<>();

    public void put(SourceDefinition source) {
        sources.put(source.id(), source);
    }

    public void remove(String id) {
        sources.remove(id);
    }

    public Optional<SourceDefinition> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** @throws IllegalArgumentException naming the unknown id and the known ones */
    public SourceDefinition expect(String id) {
        SourceDefinition s = sources.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown source '" + id + "'; known sources: " + sources.keySet());
        }
        return s;
    }

    public Collection<SourceDefinition> all() {
        return sources.values();
    }
}
