package app.sqlstudio.howler.stack.edge;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Objects;

/**
 * What {@link EdgeRules} needs: the domain and its Cloudflare settings from config, whether the stack owns the zone's
 * settings and rulesets or only publishes records in it, the HSTS max-age the ingress also sends, the ingress IP the
 * records point at, and the API token (a secret) for the Cloudflare provider.
 */
public record EdgeRulesArgs(String domain, StackConfig.Edge edge, boolean managesZone, int hstsMaxAgeSeconds,
                            Output<String> ingressIp, Output<String> apiToken) {
    public EdgeRulesArgs {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(ingressIp, "ingressIp");
        Objects.requireNonNull(apiToken, "apiToken");
        if (hstsMaxAgeSeconds < 0) {
            throw new IllegalArgumentException("hstsMaxAgeSeconds must not be negative");
        }
        if (managesZone && !domain.equals(edge.zone())) {
            throw new IllegalArgumentException("only the stack whose domain is the zone " + edge.zone()
                    + " manages it, not " + domain);
        }
    }

    public static EdgeRulesArgs from(StackConfig config, Output<String> ingressIp) {
        return new EdgeRulesArgs(config.domain(), config.edge().orElseThrow(() -> new IllegalArgumentException(
                "stack " + config.stackName() + " has no Cloudflare zone: it is not a gke stack")),
                config.managesCloudflareZone(), config.ingress().hstsMaxAgeSeconds(), ingressIp,
                config.secrets().cloudflareApiToken().orElseThrow().output());
    }
}
