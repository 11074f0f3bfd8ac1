package dev.ingest.routes.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A small news site served under several host names of one {@link TestHttpServer}: each host has a sitemap and
 * {@code perHost} article pages in a regional-newspaper template (navigation, cookie banner, comments, footer).
 * Stories differ in place, number and topic, so every page has its own text and content hash.
 */
public final class NewsFixtureSite {
    private static final String[] PLACES = {"Norrvik", "Eastmoor", "Saltholm", "Brackwater", "Kestrel Bay",
        "Harrowgate", "Linden Vale", "Westfold"};
    private static final String[] TOPICS = {
        "the harbour dredging contract|Dredging the inner harbour was approved after divers found the channel had "
            + "silted up faster than the last survey predicted.",
        "a new cycle route|The cycle route follows the old railway embankment and avoids the two busiest junctions "
            + "in the centre.",
        "the school meals trial|Parents were asked to rate the lunches every Friday, and the results will decide "
            + "whether the trial continues after spring.",
        "the market hall repairs|The roof of the market hall has leaked for three winters, and traders moved their "
            + "stalls twice while buckets collected the water.",
        "late buses for shift workers|Hospital staff had asked for a bus that leaves after the evening shift change "
            + "rather than forty minutes before it.",
        "the flood barrier test|Engineers closed the barrier for an hour on Sunday to check the seals before the "
            + "season of spring tides begins."};

    private final TestHttpServer server;
    private final List<String> hosts;
    private final List<String> articleUrls = new ArrayList<>();

    public NewsFixtureSite(TestHttpServer server, List<String> hosts, int perHost) {
        this.server = server;
        this.hosts = List.copyOf(hosts);
        int n = 0;
        for (String host : hosts) {
            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int i = 0; i < perHost; i++, n++) {
                String path = "/" + host.replace('.', '-') + "/story-" + i + ".html";
                String url = server.url(host, path);
                articleUrls.add(url);
                sitemap.append("  <url><loc>").append(url).append("</loc><lastmod>2026-11-2")
                        .append(i % 8 + 1).append("</lastmod></url>\n");
                server.page(path, 200, "text/html; charset=utf-8", article(n));
            }
            server.page("/" + host.replace('.', '-') + "/sitemap.xml", 200, "application/xml",
                    sitemap.append("</urlset>\n").toString());
        }
    }

    public String sitemapUrl(String host) {
        return server.url(host, "/" + host.replace('.', '-') + "/sitemap.xml");
    }

    public List<String> hosts() {
        return hosts;
    }

    public List<String> articleUrls() {
        return List.copyOf(articleUrls);
    }

    public static String article(int n) {
        String place = PLACES[n % PLACES.length];
        String[] topic = TOPICS[n % TOPICS.length].split("\\|");
        String headline = place + " council decides on " + topic[0] + " (report " + (n + 1) + ")";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | The Coastal Herald</title>
                <meta property="og:title" content="%1$s">
                <meta property="og:site_name" content="The Coastal Herald">
                <meta name="author" content="Reporter %2$d">
                <meta property="article:published_time" content="2026-11-2%3$dT08:%4$02d:00+01:00">
                </head><body>
                <header><nav class="primary-nav"><ul><li><a href="/">Front page</a></li><li><a href="/local">Local</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="cookie-notice">The Coastal Herald uses cookies to keep you signed in. <a href="/cookies">Settings</a></div>
                <main><article class="article">
                <h1>%1$s</h1>
                <p class="byline">By Reporter %2$d</p>
                <p>%5$s Councillors in %6$s voted on the plan at their meeting this week, with %7$d members in favour.</p>
                <p>Residents of %6$s who spoke at the meeting raised the cost and the timetable. The council said that
                a progress report on %8$s will be presented in %7$d weeks, and that the budget line is fixed.</p>
                <h2>What happens next</h2>
                <p>Work is due to start after the consultation closes. Report number %9$d in this series follows the
                decision through its first months and will note any change to the plan for %6$s.</p>
                </article>
                <section class="comments"><h3>Comments</h3><p class="comment">Reader %2$d wrote: about time too.</p></section>
                </main>
                <footer class="site-footer">© 2026 The Coastal Herald · Contact · Privacy</footer>
                </body></html>
                """.formatted(headline, n % 5 + 1, n % 8 + 1, n, topic[1], place, n + 3, topic[0], n + 1);
    }
}
