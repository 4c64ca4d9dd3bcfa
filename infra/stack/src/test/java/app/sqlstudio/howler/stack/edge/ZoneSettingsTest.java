package app.sqlstudio.howler.stack.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneSettingsTest {

    @Test
    void the_zone_is_strict_tls_https_only_and_fast_with_every_setting_of_the_architecture() {
        var settings = ZoneSettings.of("1.2", 31_536_000);
        assertThat(settings).containsExactly(
                Map.entry("ssl", "strict"),
                Map.entry("min_tls_version", "1.2"),
                Map.entry("tls_1_3", "on"),
                Map.entry("always_use_https", "on"),
                Map.entry("automatic_https_rewrites", "on"),
                Map.entry("http2", "on"),
                Map.entry("http3", "on"),
                Map.entry("0rtt", "on"),
                Map.entry("brotli", "on"),
                Map.entry("early_hints", "on"),
                Map.entry("security_header", Map.of("strict_transport_security", Map.of(
                        "enabled", true, "max_age", 31_536_000, "include_subdomains", true, "preload", true,
                        "nosniff", true))),
                Map.entry("security_level", "medium"),
                Map.entry("browser_check", "on"));
    }

    @Test
    void the_minimum_tls_version_and_hsts_max_age_come_from_the_caller() {
        var settings = ZoneSettings.of("1.3", 600);
        assertThat(settings).containsEntry("min_tls_version", "1.3");
        assertThat(ZoneSettings.hsts(600)).containsEntry("max_age", 600);
    }
}
