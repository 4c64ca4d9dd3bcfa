package app.sqlstudio.howler.stack.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoneCheckTest {

    @Test
    void the_zone_id_is_used_when_cloudflare_gives_that_zone_the_configured_name() {
        assertThat(ZoneCheck.zoneIdFor("023e105f4ecef8ad9ca31a8372d0c353", "SQL-Studio.app", "sql-studio.app"))
                .isEqualTo("023e105f4ecef8ad9ca31a8372d0c353");
    }

    @Test
    void a_zone_id_of_another_domain_stops_the_deploy_naming_the_key_to_fix() {
        assertThatThrownBy(() -> ZoneCheck.zoneIdFor("023e105f4ecef8ad9ca31a8372d0c353", "example.com", "sql-studio.app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("howler:cloudflareZoneId 023e105f4ecef8ad9ca31a8372d0c353 is the zone of 'example.com'")
                .hasMessageContaining("not of howler:cloudflareZone 'sql-studio.app'");
    }
}
