package dev.ingest.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identifiers and content fingerprints.
 *
 * <p>{@code articleId("https://news.example.com/story")} is the first 128 bits of the URL's SHA-256 in hex:
 * the same canonical URL always gives the same 32-character id. {@code contentHash(text)} is
 * {@code "sha256:<64 hex>"} of the text with whitespace runs collapsed, so re-wrapping a paragraph is not a change.
 */
public final class Fingerprints {
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    public static String articleId(String canonicalUrl) {
        return HEX.formatHex(sha256(canonicalUrl)).substring(0, 32);
    }

    public static String contentHash(String text) {
        String normalised = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return "sha256:" + HEX.formatHex(sha256(normalised));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
