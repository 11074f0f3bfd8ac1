package dev.ingest.routes.fetch;

import dev.ingest.routes.fetch.FetchException.Kind;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * The SSRF guard: refuses URLs whose host resolves to an address a public-web crawler has no business reaching —
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, which holds the
 * cloud metadata endpoints), unspecified, multicast and carrier-grade NAT (100.64/10) — checked after DNS
 * resolution, for the first request and every redirect hop. A source that really crawls an intranet or the bundled
 * sample site sets {@code allowPrivateNetwork: true}.
 *
 * <p>Known limit: the HTTP client resolves the name again when it connects, so a DNS answer that changes between the
 * check and the connection (rebinding) is not caught here.
 */
public final class AddressGuard {
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "instance-data", "instance-data.ec2.internal");

    private AddressGuard() {
    }

    /** @throws FetchException of kind {@link Kind#BLOCKED} naming the host and the address it resolved to */
    public static void check(URI target, String originalUrl) throws FetchException {
        String host = target.getHost();
        if (host == null) {
            throw new FetchException(Kind.BAD_URL, originalUrl, 0, "URL has no host: " + target);
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (METADATA_HOSTS.contains(h) || h.equals("localhost") || h.endsWith(".localhost")) {
            throw blocked(originalUrl, target, h);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
        } catch (UnknownHostException e) {
            throw new FetchException(Kind.CONNECTION, originalUrl, 0, "cannot resolve host " + h, e);
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw blocked(originalUrl, target, h + " (" + a.getHostAddress() + ")");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mappedV4 = b.length == 16 && isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mappedV4) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        boolean carrierNat = (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean thisNetwork = (b[0] & 0xff) == 0;
        return carrierNat || thisNetwork;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static FetchException blocked(String originalUrl, URI target, String what) {
        return new FetchException(Kind.BLOCKED, originalUrl, 0, "refused to fetch " + target + ": " + what
                + " is a loopback, private or link-local address; if this source really lives there, set "
                + "allowPrivateNetwork: true in its source file");
    }
}
