package dev.ingest.routes.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ingest.core.extract.ExtractionRules;
import dev.ingest.routes.config.Settings;
import dev.ingest.routes.source.SourceDefinition;
import dev.ingest.routes.source.StartPoint;
import dev.ingest.routes.testing.KafkaBrokerExtension;
import dev.ingest.routes.testing.KafkaCluster;
import dev.ingest.routes.testing.NewsFixtureSite;
import dev.ingest.routes.testing.RunningPipeline;
import dev.ingest.routes.testing.TestHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The status page as an operator sees it, in a real headless Chromium: the source with its counts and its last
 * error, the topics, and the readiness link.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StatusPageIT {

    @Test
    void showsSourcesCountsLastErrorsAndTopics(KafkaCluster kafka, @TempDir Path profile) throws Exception {
        try (TestHttpServer server = new TestHttpServer()) {
            NewsFixtureSite site = new NewsFixtureSite(server, List.of("127.0.0.1"), 3);
            server.page("/feed.xml", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title>"
                    + "<item><link>" + server.url("/gone.html") + "</link></item></channel></rss>");
            SourceDefinition source = new SourceDefinition("coastal-herald", "The Coastal Herald", true,
                    List.of(StartPoint.sitemap(site.sitemapUrl("127.0.0.1")), StartPoint.feed(server.url("/feed.xml"))),
                    Duration.ofHours(1), ExtractionRules.NONE, Duration.ZERO, true, null);
            try (RunningPipeline p = RunningPipeline.start(kafka.bootstrapServers(), List.of(source), Clock.systemUTC(),
                    c -> c.with(Settings.RETRY_ATTEMPTS, 1));
                 Operations ops = new Operations()) {
                p.awaitSettled(Duration.ofSeconds(60));
                OpsServer http = ops.serve("127.0.0.1", 0, p.pipeline(),
                        Map.of("bootstrap.servers", kafka.bootstrapServers()), kafka.bootstrapServers(), "none");
                WebDriver browser = chromium(profile);
                try {
                    browser.get("http://127.0.0.1:" + http.port() + "/");
                    WebElement row = browser.findElement(By.cssSelector("#sources tr[data-source='coastal-herald']"));
                    assertEquals("3", row.findElement(By.cssSelector("td.published")).getText());
                    String errors = row.findElement(By.cssSelector("td:last-child")).getText();
                    assertTrue(errors.contains("HTTP_STATUS") && errors.contains("/gone.html"), errors);
                    String topics = browser.findElement(By.id("topics")).getText();
                    assertTrue(topics.contains(p.articlesTopic()) && topics.contains(p.deadLetterTopic()), topics);
                    assertTrue(browser.findElement(By.id("totals")).getText().contains("3 published"));

                    browser.findElement(By.linkText("readiness")).click();
                    String ready = browser.findElement(By.tagName("body")).getText();
                    assertTrue(ready.contains("\"status\":\"UP\"") && ready.contains("\"kafka\""), ready);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        String binary = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .filter(b -> Files.isExecutable(Path.of(b))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Chromium: run src/test/browser/ensure-chromium.sh"));
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
