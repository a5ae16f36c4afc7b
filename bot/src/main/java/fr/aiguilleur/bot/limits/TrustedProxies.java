package fr.aiguilleur.bot.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The client address a limit counts by: the connection's address, or, when the connection comes
 * from a trusted reverse proxy, the last address in {@code X-Forwarded-For} that is not one of
 * the trusted proxies (the one the proxy itself saw; earlier ones may be made up by the client).
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    public TrustedProxies(List<String> addressesOrRanges) {
        this.ranges = addressesOrRanges.stream().map(String::strip).filter(range -> !range.isEmpty())
                .map(Range::parse).toList();
    }

    /** The client of a request, as text ("unknown" when the server cannot tell). */
    public String clientOf(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        InetAddress peer = remote.getAddress();
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(forwarded.get(i));
            if (hop == null) {
                break;
            }
            if (!trusted(hop)) {
                return hop.getHostAddress();
            }
        }
        return peer.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP address written as such (never a name to look up), or null. */
    private static InetAddress literal(String text) {
        String value = text.strip();
        if (value.isEmpty() || !value.matches("[0-9A-Fa-f.:]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address with the number of leading bits that must match (all of them for one address). */
    private record Range(byte[] network, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("aiguilleur.limits.trusted-proxies: not an IP address or range: " + text);
            }
            byte[] bytes = address.getAddress();
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("aiguilleur.limits.trusted-proxies: bad prefix length: " + text);
            }
            return new Range(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
