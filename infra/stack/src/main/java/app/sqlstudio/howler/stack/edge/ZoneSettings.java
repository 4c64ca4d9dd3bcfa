package app.sqlstudio.howler.stack.edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The zone settings (docs/architecture.md "Edge"), setting id → value as the Cloudflare API takes it. Object values use the API's
 * snake_case keys: a setting's value is passed through the bridge as-is, not renamed.
 */
public final class ZoneSettings {

    public static final String ON = "on";

    private ZoneSettings() {
    }

    /**
     * SSL strict (encrypt to the origin and verify its certificate), the configured minimum TLS version, TLS 1.3 and
     * 0-RTT, HTTPS only with rewrites of mixed content, HTTP/2 and HTTP/3, Brotli, early hints, HSTS with preload,
     * and the medium security level with the browser integrity check.
     */
    public static Map<String, Object> of(String minTlsVersion, int hstsMaxAgeSeconds) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("ssl", "strict");
        settings.put("min_tls_version", minTlsVersion);
        settings.put("tls_1_3", ON);
        settings.put("always_use_https", ON);
        settings.put("automatic_https_rewrites", ON);
        settings.put("http2", ON);
        settings.put("http3", ON);
        settings.put("0rtt", ON);
        settings.put("brotli", ON);
        settings.put("early_hints", ON);
        settings.put("security_header", Map.of("strict_transport_security", hsts(hstsMaxAgeSeconds)));
        settings.put("security_level", "medium");
        settings.put("browser_check", ON);
        return Collections.unmodifiableMap(settings);
    }

    /** Same max-age as ingress-nginx sends (howler:hstsMaxAgeSeconds), so the two never disagree. */
    static Map<String, Object> hsts(int maxAgeSeconds) {
        Map<String, Object> hsts = new LinkedHashMap<>();
        hsts.put("enabled", true);
        hsts.put("max_age", maxAgeSeconds);
        hsts.put("include_subdomains", true);
        hsts.put("preload", true);
        hsts.put("nosniff", true);
        return Collections.unmodifiableMap(hsts);
    }
}
