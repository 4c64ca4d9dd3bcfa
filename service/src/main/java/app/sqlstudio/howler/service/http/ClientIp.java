package app.sqlstudio.howler.service.http;

import java.util.List;

/**
 * Finds the client's IP: the TCP peer, unless the peer is a trusted proxy ({@code TRUSTED_PROXIES}); then
 * {@code CF-Connecting-IP}, else the right-most untrusted {@code X-Forwarded-For} entry. Headers from untrusted
 * peers are ignored, so they cannot be spoofed to dodge rate limits.
 */
public final class ClientIp {
    private final List<Cidr> trusted;

    public ClientIp(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Cidr::parse).toList();
    }

    public String resolve(String peer, String cfConnectingIp, String xForwardedFor) {
        if (trusted.isEmpty() || !isTrusted(peer)) return peer;
        if (cfConnectingIp != null && !cfConnectingIp.isBlank()) return cfConnectingIp.strip();
        if (xForwardedFor != null && !xForwardedFor.isBlank()) {
            String[] hops = xForwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty() && !isTrusted(hop)) return hop;
            }
            return hops[0].strip();
        }
        return peer;
    }

    private boolean isTrusted(String ip) {
        for (Cidr c : trusted) if (c.contains(ip)) return true;
        return false;
    }
}
