package dev.ingest.routes.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ConsumersHealthCheckRepository;
import org.apache.camel.impl.health.RoutesHealthCheckRepository;
import org.apache.kafka.clients.admin.Admin;

/**
 * Liveness and readiness of the service. Live: the Camel context runs. Ready: live, every route started and healthy
 * (camel-health's route and consumer checks, which include the Kafka consumers), and the broker answers.
 */
public final class Readiness {
    /** One check's verdict. */
    public record Check(String name, boolean up, String detail) {
    }

    private final CamelContext camel;
    private final Admin admin;

    public Readiness(CamelContext camel, Admin admin) {
        this.camel = camel;
        this.admin = admin;
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel);
        if (registry != null) {
            registry.register(new RoutesHealthCheckRepository());
            registry.register(new ConsumersHealthCheckRepository());
        }
    }

    public List<Check> liveness() {
        return List.of(new Check("camel", camel.isStarted(), camel.getStatus().name()));
    }

    public List<Check> readiness() {
        List<Check> checks = new ArrayList<>(liveness());
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(camel);
        for (HealthCheck.Result r : results) {
            boolean up = r.getState() != HealthCheck.State.DOWN;
            checks.add(new Check(r.getCheck().getId(), up,
                    r.getMessage().orElse(r.getState().name())));
        }
        checks.add(broker());
        return checks;
    }

    private Check broker() {
        try {
            int nodes = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            return new Check("kafka", nodes > 0, nodes + " broker(s) reachable");
        } catch (Exception e) {
            return new Check("kafka", false, "broker not reachable within " + Duration.ofSeconds(3).toSeconds()
                    + "s: " + (e.getCause() == null ? e : e.getCause()).getMessage());
        }
    }

    static boolean allUp(List<Check> checks) {
        return checks.stream().allMatch(Check::up);
    }

    static Map<String, Object> json(List<Check> checks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", allUp(checks) ? "UP" : "DOWN");
        Map<String, Object> each = new LinkedHashMap<>();
        for (Check c : checks) {
            each.put(c.name(), Map.of("status", c.up() ? "UP" : "DOWN", "detail", c.detail()));
        }
        out.put("checks", each);
        return out;
    }
}
