package dev.ingest.core.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clock a page writes its dates and times by, for those it writes without an offset ("28.11.2026, 14:30 Uhr",
 * "Aktualisiert am 3. Juli 2026, 9:15"). One fixed offset is wrong for half the year where clocks change in summer, so
 * where the page's place can be told, it is a time zone with its rules: Europe/Berlin reads 14:30 on 28 November as
 * +01:00 and on 3 July as +02:00.
 *
 * <p>The place comes from the page's declared language: its region ({@code de-AT}, {@code en-GB}, {@code en-US}), else
 * the country nearly all of the language's pages come from ({@code de} Germany, Austria and Switzerland, whose clocks
 * agree; {@code pl} Poland; {@code hi} India). A full timestamp the page declares ({@code 2026-11-28T09:00:00+01:00}) has the last word:
 * the place's zone is taken only when it keeps that offset at that instant, else the declared offset is, fixed; a
 * WordPress site anywhere in the world declaring {@code en-US} at +05:30 keeps +05:30. A stamp in UTC ({@code Z},
 * {@code +00:00}) where the place's clock was not at UTC is the server's clock, not the publisher's, and gives way to
 * the place. Several zones of one country (the United States, Australia) are told apart by the declared offset, and
 * only when the zones that keep it change their clocks alike; without a declared timestamp such a country gives none.
 * Chinese, Japanese, Korean and Turkish are written at one offset all year wherever they are written.
 */
final class PageZone {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final ZoneOffset JAPAN_KOREA = ZoneOffset.ofHours(9);
    private static final ZoneOffset TURKEY = ZoneOffset.ofHours(3);

    /** The zones of a country, by ISO 3166 code: the first is where most of its people live. */
    private static final Map<String, List<ZoneId>> COUNTRY_ZONES = zones(Map.ofEntries(
            Map.entry("AT", List.of("Europe/Vienna")), Map.entry("BE", List.of("Europe/Brussels")),
            Map.entry("BG", List.of("Europe/Sofia")), Map.entry("CH", List.of("Europe/Zurich")),
            Map.entry("CY", List.of("Asia/Nicosia")), Map.entry("CZ", List.of("Europe/Prague")),
            Map.entry("DE", List.of("Europe/Berlin")), Map.entry("DK", List.of("Europe/Copenhagen")),
            Map.entry("EE", List.of("Europe/Tallinn")), Map.entry("ES", List.of("Europe/Madrid", "Atlantic/Canary")),
            Map.entry("FI", List.of("Europe/Helsinki")), Map.entry("FR", List.of("Europe/Paris")),
            Map.entry("GB", List.of("Europe/London")), Map.entry("UK", List.of("Europe/London")),
            Map.entry("GR", List.of("Europe/Athens")), Map.entry("HR", List.of("Europe/Zagreb")),
            Map.entry("HU", List.of("Europe/Budapest")), Map.entry("IE", List.of("Europe/Dublin")),
            Map.entry("IL", List.of("Asia/Jerusalem")), Map.entry("IT", List.of("Europe/Rome")),
            Map.entry("LT", List.of("Europe/Vilnius")), Map.entry("LU", List.of("Europe/Luxembourg")),
            Map.entry("LV", List.of("Europe/Riga")), Map.entry("MT", List.of("Europe/Malta")),
            Map.entry("NL", List.of("Europe/Amsterdam")), Map.entry("NO", List.of("Europe/Oslo")),
            Map.entry("PL", List.of("Europe/Warsaw")), Map.entry("PT", List.of("Europe/Lisbon", "Atlantic/Azores")),
            Map.entry("RO", List.of("Europe/Bucharest")), Map.entry("RS", List.of("Europe/Belgrade")),
            Map.entry("SE", List.of("Europe/Stockholm")), Map.entry("SI", List.of("Europe/Ljubljana")),
            Map.entry("SK", List.of("Europe/Bratislava")), Map.entry("UA", List.of("Europe/Kiev")),
            Map.entry("US", List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu")),
            Map.entry("CA", List.of("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
                    "America/Regina", "America/Halifax", "America/St_Johns")),
            Map.entry("AU", List.of("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
                    "Australia/Darwin", "Australia/Perth")),
            Map.entry("NZ", List.of("Pacific/Auckland")), Map.entry("WS", List.of("Pacific/Apia")),
            Map.entry("TO", List.of("Pacific/Tongatapu")), Map.entry("FJ", List.of("Pacific/Fiji")),
            Map.entry("CL", List.of("America/Santiago")),
            Map.entry("IN", List.of("Asia/Kolkata")), Map.entry("LK", List.of("Asia/Colombo")),
            Map.entry("PK", List.of("Asia/Karachi")), Map.entry("BD", List.of("Asia/Dhaka")),
            Map.entry("NP", List.of("Asia/Kathmandu")), Map.entry("TH", List.of("Asia/Bangkok")),
            Map.entry("VN", List.of("Asia/Ho_Chi_Minh")), Map.entry("PH", List.of("Asia/Manila")),
            Map.entry("MY", List.of("Asia/Kuala_Lumpur")), Map.entry("SG", List.of("Asia/Singapore")),
            Map.entry("HK", List.of("Asia/Hong_Kong")), Map.entry("TW", List.of("Asia/Taipei")),
            Map.entry("ID", List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")),
            Map.entry("IR", List.of("Asia/Tehran")), Map.entry("AE", List.of("Asia/Dubai")),
            Map.entry("SA", List.of("Asia/Riyadh")), Map.entry("QA", List.of("Asia/Qatar")),
            Map.entry("EG", List.of("Africa/Cairo")), Map.entry("NG", List.of("Africa/Lagos")),
            Map.entry("KE", List.of("Africa/Nairobi")), Map.entry("GH", List.of("Africa/Accra")),
            Map.entry("ZA", List.of("Africa/Johannesburg")), Map.entry("IS", List.of("Atlantic/Reykjavik")),
            Map.entry("AR", List.of("America/Argentina/Buenos_Aires")), Map.entry("CO", List.of("America/Bogota")),
            Map.entry("PE", List.of("America/Lima")), Map.entry("MX", List.of("America/Mexico_City",
                    "America/Tijuana", "America/Hermosillo", "America/Cancun")),
            Map.entry("BR", List.of("America/Sao_Paulo", "America/Manaus", "America/Recife"))));

    /**
     * The country of a language declared without a region, for languages nearly all of whose pages come from places
     * that keep one country's clock (German from Germany, Austria and Switzerland; Dutch from the Netherlands and
     * Belgium; Samoan, Tongan and Fijian from their islands). English, French, Spanish, Portuguese, Arabic and
     * Russian, written across many time zones, have none.
     */
    private static final Map<String, String> LANGUAGE_COUNTRY = Map.ofEntries(
            Map.entry("de", "DE"), Map.entry("it", "IT"), Map.entry("nl", "NL"), Map.entry("pl", "PL"),
            Map.entry("cs", "CZ"), Map.entry("sk", "SK"), Map.entry("hu", "HU"), Map.entry("sv", "SE"),
            Map.entry("da", "DK"), Map.entry("nb", "NO"), Map.entry("nn", "NO"), Map.entry("no", "NO"),
            Map.entry("fi", "FI"), Map.entry("el", "GR"), Map.entry("ro", "RO"), Map.entry("bg", "BG"),
            Map.entry("hr", "HR"), Map.entry("sl", "SI"), Map.entry("lt", "LT"), Map.entry("lv", "LV"),
            Map.entry("et", "EE"), Map.entry("he", "IL"), Map.entry("iw", "IL"), Map.entry("ca", "ES"),
            Map.entry("eu", "ES"), Map.entry("gl", "ES"), Map.entry("mt", "MT"), Map.entry("lb", "LU"),
            Map.entry("ga", "IE"), Map.entry("cy", "GB"), Map.entry("sr", "RS"), Map.entry("uk", "UA"),
            Map.entry("hi", "IN"), Map.entry("mr", "IN"), Map.entry("gu", "IN"), Map.entry("te", "IN"),
            Map.entry("kn", "IN"), Map.entry("ml", "IN"), Map.entry("ta", "IN"), Map.entry("th", "TH"),
            Map.entry("vi", "VN"), Map.entry("fa", "IR"), Map.entry("fil", "PH"), Map.entry("tl", "PH"),
            Map.entry("is", "IS"), Map.entry("id", "ID"), Map.entry("sm", "WS"), Map.entry("to", "TO"),
            Map.entry("fj", "FJ"));

    private PageZone() {
    }

    /**
     * The zone of a page declared in {@code lang} (an HTML {@code lang} value, possibly empty) whose first full
     * timestamp is {@code declared} (possibly null); null when neither tells one, which callers read as UTC.
     */
    static ZoneId of(OffsetDateTime declared, String lang) {
        String tag = lang == null ? "" : lang.strip().replace('_', '-');
        String[] parts = tag.split("[,;\\s]", 2)[0].split("-"); // the first of "de-DE, en"
        String language = parts[0].toLowerCase(Locale.ROOT);
        ZoneOffset everywhere = switch (language) {
            case "zh" -> CHINA;
            case "ja", "ko" -> JAPAN_KOREA;
            case "tr" -> TURKEY;
            default -> null;
        };
        List<ZoneId> place = placeZones(parts, language);
        if (declared != null) {
            ZoneOffset offset = declared.getOffset();
            ZoneId kept = keeping(place, declared);
            if (kept != null) {
                return kept;
            }
            boolean serverClock = offset.getTotalSeconds() == 0 && (!place.isEmpty() || everywhere != null);
            if (!serverClock) {
                return offset;
            }
        }
        if (everywhere != null) {
            return everywhere;
        }
        return place.size() == 1 ? place.get(0) : null;
    }

    /**
     * The zones of the place a language tag (split at its hyphens) names: its region's, else its language's
     * country's.
     */
    private static List<ZoneId> placeZones(String[] parts, String language) {
        String country = null;
        for (int i = 1; i < parts.length && country == null; i++) {
            // after the language and maybe a script ("zh-Hant-TW"), a region of two letters
            if (parts[i].length() == 2 && Character.isLetter(parts[i].charAt(0))
                    && Character.isLetter(parts[i].charAt(1))) {
                country = parts[i].toUpperCase(Locale.ROOT);
            }
        }
        if (country == null || !COUNTRY_ZONES.containsKey(country)) {
            country = LANGUAGE_COUNTRY.get(language);
        }
        return country == null ? List.of() : COUNTRY_ZONES.getOrDefault(country, List.of());
    }

    private static Map<String, List<ZoneId>> zones(Map<String, List<String>> ids) {
        Map<String, List<ZoneId>> out = new java.util.HashMap<>();
        ids.forEach((country, zoneIds) -> out.put(country, zoneIds.stream().map(ZoneId::of).toList()));
        return Map.copyOf(out);
    }

    /**
     * The first of {@code zones} that keeps {@code declared}'s offset at its instant, when all that keep it keep the
     * same offsets through its year (else the offset alone cannot tell them apart); null when none does.
     */
    private static ZoneId keeping(List<ZoneId> zones, OffsetDateTime declared) {
        List<ZoneRules> keep = new ArrayList<>();
        ZoneId first = null;
        for (ZoneId zone : zones) {
            ZoneRules rules = zone.getRules();
            if (rules.getOffset(declared.toInstant()).equals(declared.getOffset())) {
                keep.add(rules);
                first = first == null ? zone : first;
            }
        }
        for (ZoneRules other : keep.size() < 2 ? List.<ZoneRules>of() : keep) {
            for (int month = 1; month <= 12; month++) {
                java.time.Instant probe = declared.withMonth(month).withDayOfMonth(15).toInstant();
                if (!other.getOffset(probe).equals(keep.get(0).getOffset(probe))) {
                    return null;
                }
            }
        }
        return first;
    }
}
