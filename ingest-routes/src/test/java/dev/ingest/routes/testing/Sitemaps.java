package dev.ingest.routes.testing;

/** Sitemap XML for fixture sites. */
public final class Sitemaps {
    private Sitemaps() {
    }

    /** A {@code <urlset>} listing the given page URLs. */
    public static String urlset(String... urls) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String u : urls) {
            s.append("  <url><loc>").append(u).append("</loc></url>\n");
        }
        return s.append("</urlset>\n").toString();
    }
}
