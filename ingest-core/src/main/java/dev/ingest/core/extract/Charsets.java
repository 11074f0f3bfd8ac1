package dev.ingest.core.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes: the charset of the {@code Content-Type} header, else a byte-order mark, else a
 * {@code <meta charset>} (or {@code http-equiv}) in the first 4 KiB unless the bytes are valid UTF-8 with
 * non-ASCII text, else UTF-8.
 *
 * <p>{@code decode(bytes, "text/html; charset=ISO-8859-1")} reads Latin-1; unknown names fall through to the next
 * rule rather than fail.
 */
final class Charsets {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private Charsets() {
    }

    static String decode(byte[] body, String contentType) {
        Reading r = reading(body, contentType);
        return r.text() != null ? r.text() : new String(body, r.charset());
    }

    /**
     * How a page's bytes are read: in {@code charset} from the first byte to the last (then {@code text} is null), or
     * as {@code text} decoded already. A parser can stream the bytes in that charset, and the page is never held
     * whole as a string besides its tree; it reads the same characters {@link #decode} gives.
     */
    record Reading(Charset charset, String text) {
    }

    /**
     * The same rules as {@link #decode}, which decodes what this gives. Text is decoded here where a reader of the
     * bytes would decide otherwise: a page with a byte-order mark (which streaming parsers obey over any charset they
     * are given), or valid UTF-8 overruling its {@code <meta charset>}.
     */
    static Reading reading(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return new Reading(StandardCharsets.UTF_8, "");
        }
        Charset cs = fromContentType(contentType);
        if (cs != null) {
            return hasByteOrderMark(body) ? new Reading(cs, new String(body, cs)) : new Reading(cs, null);
        }
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return new Reading(StandardCharsets.UTF_8, new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
            return new Reading(StandardCharsets.UTF_16BE,
                    new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE));
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
            return new Reading(StandardCharsets.UTF_16LE,
                    new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE));
        }
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            cs = charset(m.group(1));
            if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
                String utf8 = strictUtf8(body);
                if (utf8 != null) {
                    return new Reading(StandardCharsets.UTF_8, utf8);
                }
            }
        }
        cs = cs == null ? StandardCharsets.UTF_8 : cs;
        return hasByteOrderMark(body) ? new Reading(cs, new String(body, cs)) : new Reading(cs, null);
    }

    /**
     * Whether the bytes start with a byte-order mark of UTF-8, UTF-16 or UTF-32 (00 00 FE FF), any of which a
     * streaming parser reads as the page's charset whatever it is told.
     */
    private static boolean hasByteOrderMark(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        return b0 == 0xEF && b1 == 0xBB && b.length > 2 && (b[2] & 0xff) == 0xBF
                || b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE
                || b0 == 0 && b1 == 0 && b.length > 3 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF;
    }

    /**
     * The page as UTF-8 when its bytes are valid UTF-8 and not all ASCII, else null. A page saved or re-served as
     * UTF-8 keeps the {@code <meta charset=gb2312>} it was written with; text in a legacy multi-byte or 8-bit
     * charset is almost never valid UTF-8 by chance, so valid UTF-8 with non-ASCII bytes overrules the meta tag.
     */
    private static String strictUtf8(byte[] body) {
        boolean ascii = true;
        for (byte b : body) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset charset(String name) {
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read pages labelled Latin-1 as windows-1252; so must we, or curly quotes are lost.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
                n = "windows-1252";
            }
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
