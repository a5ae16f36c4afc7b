package fr.aiguilleur.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class TrustedProxiesTests {

    private static MockServerHttpRequest from(String peer, String... forwarded) {
        var request = MockServerHttpRequest.get("/").remoteAddress(new InetSocketAddress(peer, 40000));
        for (String hop : forwarded) {
            request.header("X-Forwarded-For", hop);
        }
        return request.build();
    }

    @Test
    void ignoresTheForwardedHeaderWhenNoProxyIsTrusted() {
        var proxies = new TrustedProxies(List.of());

        assertThat(proxies.clientOf(from("198.51.100.4", "203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void ignoresTheForwardedHeaderOfAnUntrustedPeer() {
        var proxies = new TrustedProxies(List.of("10.0.0.0/8"));

        assertThat(proxies.clientOf(from("198.51.100.4", "203.0.113.9"))).isEqualTo("198.51.100.4");
    }

    @Test
    void takesTheLastAddressNotATrustedProxyFromATrustedPeer() {
        var proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.0.2.1"));

        assertThat(proxies.clientOf(from("10.1.2.3", "1.1.1.1, 203.0.113.9, 192.0.2.1"))).as("1.1.1.1 made up by the client")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void keepsThePeerWhenTheHeaderIsMissingOrUnreadable() {
        var proxies = new TrustedProxies(List.of("10.0.0.1"));

        assertThat(proxies.clientOf(from("10.0.0.1"))).isEqualTo("10.0.0.1");
        assertThat(proxies.clientOf(from("10.0.0.1", "example.org"))).isEqualTo("10.0.0.1");
    }

    @Test
    void refusesASettingThatIsNotAnAddress() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example.org")))
                .hasMessageContaining("trusted-proxies");
    }
}
