package dev.ingest.routes.camel;

import dev.ingest.routes.pipeline.SourceRegistry;
import dev.ingest.routes.source.SourceDefinition;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;

/** Stamps the discovery template out for a source, or takes a source's route away; route ids are {@code discover-<id>}. */
public final class SourceRoutes {
    private final CamelContext camel;
    private final SourceRegistry registry;
    private final IngestRoutes routes;

    public SourceRoutes(CamelContext camel, SourceRegistry registry, IngestRoutes routes) {
        this.camel = camel;
        this.registry = registry;
        this.routes = routes;
    }

    /**
     * Adds (or replaces) the discovery route of a source. If the context runs, the route starts and the source's
     * start points on this instance's hosts are discovered at once; before the context starts, they are discovered
     * when their frontier partitions come to this instance.
     */
    public void add(SourceDefinition source) throws Exception {
        remove(source.id());
        registry.put(source);
        TemplatedRouteBuilder.builder(camel, IngestRoutes.DISCOVERY_TEMPLATE)
                .routeId(IngestRoutes.discoveryRouteId(source.id()))
                .parameter("sourceId", source.id())
                .parameter("periodMs", Long.toString(source.schedule().toMillis()))
                .add();
        if (camel.getStatus().isStarted()) {
            routes.discoverNow(source.id());
        }
    }

    /** Stops and removes the discovery route of a source; pages already in the frontier are still fetched. */
    public void remove(String sourceId) throws Exception {
        String routeId = IngestRoutes.discoveryRouteId(sourceId);
        if (camel.getRoute(routeId) != null) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
        registry.remove(sourceId);
    }
}
