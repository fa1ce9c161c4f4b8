package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpFileReaderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "::1",
                "fd00::1",
                "fe80::1"
            })
    void internalAddressesAreRecognised(String address) throws UnknownHostException {
        assertThat(HttpFileReader.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"140.82.112.3", "185.199.108.133", "100.128.0.1", "2606:50c0:8000::154"})
    void publicAddressesAreNotInternal(String address) throws UnknownHostException {
        assertThat(HttpFileReader.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void onlyAnEntryWithoutWildcardNamesAHostItself() {
        var policy = new ReadingPolicy(TestReadings.cacheIn(java.nio.file.Path.of("/tmp/unused"))
                .hosts("docs.acme.internal", "*.corp.example", "127.0.0.1:8080")
                .build());

        assertThat(policy.namesHostExplicitly(URI.create("https://docs.acme.internal/a.yaml")))
                .isTrue();
        assertThat(policy.namesHostExplicitly(URI.create("https://wiki.corp.example/a.yaml")))
                .isFalse();
        assertThat(policy.namesHostExplicitly(URI.create("http://127.0.0.1:8080/a.yaml")))
                .isTrue();
        assertThat(policy.namesHostExplicitly(URI.create("http://127.0.0.1:9090/a.yaml")))
                .isFalse();
    }
}
