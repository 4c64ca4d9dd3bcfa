package app.sqlstudio.howler.stack.edge;

/**
 * The configured zone id must be the id of the configured zone: a copied or mistyped id would otherwise put the
 * stack's records, settings and rules into another zone. Checked against the zone Cloudflare returns for the id,
 * before anything in the zone is created or changed.
 */
final class ZoneCheck {

    private ZoneCheck() {
    }

    /** {@code zoneId} when Cloudflare names that zone {@code expectedZone}; otherwise an error naming the keys to fix. */
    static String zoneIdFor(String zoneId, String zoneName, String expectedZone) {
        if (!expectedZone.equalsIgnoreCase(zoneName)) {
            throw new IllegalStateException("howler:cloudflareZoneId " + zoneId + " is the zone of '" + zoneName
                    + "', not of howler:cloudflareZone '" + expectedZone + "': set the Zone ID shown on "
                    + expectedZone + "'s Overview page in the Cloudflare dashboard");
        }
        return zoneId;
    }
}
