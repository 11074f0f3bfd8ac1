package dev.ingest.routes.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.1.2.3:8080/x", "http://10.1.2.3/", "http://172.16.0.1/",
        "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fe80::1]/", "http://[fc00::1]/",
        "http://[::ffff:127.0.0.1]/", "http://localhost:8080/", "http://api.localhost/",
        "http://metadata.google.internal/computeMetadata/v1/", "http://224.0.0.1/"})
    void refusesInternalAddresses(String url) {
        FetchException e = assertThrows(FetchException.class, () -> AddressGuard.check(URI.create(url), url));
        assertEquals(FetchException.Kind.BLOCKED, e.kind());
        assertTrue(e.getMessage().contains("allowPrivateNetwork: true"), e.getMessage());
        assertTrue(!e.retryable());
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"http://93.184.216.34/", "https://8.8.8.8/dns", "http://172.32.0.1/",
        "http://100.128.0.1/", "http://[2001:4860:4860::8888]/"})
    void allowsPublicAddresses(String url) throws Exception {
        AddressGuard.check(URI.create(url), url);
    }

    @Test
    void anUnresolvableHostIsAConnectionFailure() {
        FetchException e = assertThrows(FetchException.class,
                () -> AddressGuard.check(URI.create("http://no-such-host.invalid/"), "http://no-such-host.invalid/"));
        assertEquals(FetchException.Kind.CONNECTION, e.kind());
    }
}
