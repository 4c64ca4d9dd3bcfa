package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.kubernetes.FieldOwnership;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.Ingress;
import com.pulumi.kubernetes.networking.v1.IngressArgs;
import com.pulumi.kubernetes.networking.v1.inputs.HTTPIngressPathArgs;
import com.pulumi.kubernetes.networking.v1.inputs.HTTPIngressRuleValueArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressBackendArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressServiceBackendArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressSpecArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressTLSArgs;
import com.pulumi.kubernetes.networking.v1.inputs.ServiceBackendPortArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's path routing: {@code api.<domain>} and {@code <domain>/api}, {@code /health} to the backend, everything
 * else on the apex to the SPA, {@code www} redirected to the apex; TLS for all three names from the Secret
 * cert-manager keeps renewed. Security headers are set by the applications and Cloudflare, never by snippets.
 */
public final class AppIngress extends ComponentResource {

    public static final String NAME = "sql-studio";

    public final Output<List<String>> hosts;

    public AppIngress(String name, AppIngressArgs args, ComponentResourceOptions opts) {
        super("howler:infra:AppIngress", name, opts);
        String apex = args.domain();
        List<String> tlsHosts = List.of(apex, "www." + apex, "api." + apex);

        var spec = IngressSpecArgs.builder();
        args.ingressClass().ifPresent(spec::ingressClassName);
        args.tlsSecretName().ifPresent(secret -> spec.tls(IngressTLSArgs.builder().hosts(tlsHosts).secretName(secret).build()));
        new Ingress(name + "-ingress", IngressArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(NAME)
                        .namespace(args.namespace())
                        .labels(Map.of("app", "sql-studio", "component", "ingress", "environment", args.environment()))
                        .annotations(FieldOwnership.annotations(annotations(args.ingress(), args.tlsSecretName().isPresent())))
                        .build())
                .spec(spec
                        .rules(
                                IngressRuleArgs.builder().host("api." + apex).http(HTTPIngressRuleValueArgs.builder()
                                        .paths(path("/", "Prefix", BackendWorkload.NAME, args.backendPort()))
                                        .build()).build(),
                                IngressRuleArgs.builder().host(apex).http(HTTPIngressRuleValueArgs.builder()
                                        .paths(
                                                path("/api", "Prefix", BackendWorkload.NAME, args.backendPort()),
                                                path("/health", "Exact", BackendWorkload.NAME, args.backendPort()),
                                                path("/", "Prefix", FrontendWorkload.NAME, FrontendWorkload.SERVICE_PORT))
                                        .build()).build())
                        .build())
                .build(), CustomResourceOptions.builder().parent(this).build());

        this.hosts = Output.of(tlsHosts);
        registerOutputs(Map.of("hosts", hosts));
    }

    /**
     * ingress-nginx annotations: HTTPS only (when there is a certificate), body and timeout limits, per-client rate
     * limits, www → apex. Other controllers ignore them. Without TLS (a local cluster) the Ingress is not awaited:
     * the provider would wait for a load-balancer address that a cluster without a controller, or with one bound
     * to host ports, never reports; the Deployments' own awaits say whether the app is up.
     */
    static Map<String, String> annotations(app.sqlstudio.howler.stack.config.StackConfig.Ingress cfg, boolean tls) {
        Map<String, String> a = new LinkedHashMap<>();
        if (tls) {
            a.put("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
            a.put("nginx.ingress.kubernetes.io/ssl-redirect", "true");
        } else {
            a.put("pulumi.com/skipAwait", "true");
        }
        // ingress-nginx answers www.<domain> with a redirect to <domain> because only the apex has a rule and the
        // TLS section names www; Cloudflare's redirect rule does the same at the edge with a 301.
        a.put("nginx.ingress.kubernetes.io/from-to-www-redirect", "true");
        a.put("nginx.ingress.kubernetes.io/proxy-body-size", cfg.proxyBodySize());
        a.put("nginx.ingress.kubernetes.io/proxy-connect-timeout", String.valueOf(cfg.connectTimeoutSeconds()));
        a.put("nginx.ingress.kubernetes.io/proxy-read-timeout", String.valueOf(cfg.readTimeoutSeconds()));
        a.put("nginx.ingress.kubernetes.io/proxy-send-timeout", String.valueOf(cfg.sendTimeoutSeconds()));
        a.put("nginx.ingress.kubernetes.io/limit-rps", String.valueOf(cfg.rateLimitRps()));
        a.put("nginx.ingress.kubernetes.io/limit-connections", String.valueOf(cfg.rateLimitConnections()));
        a.put("nginx.ingress.kubernetes.io/limit-rpm", String.valueOf(cfg.rateLimitRpm()));
        return a;
    }

    private static HTTPIngressPathArgs path(String path, String type, String service, int port) {
        return HTTPIngressPathArgs.builder()
                .path(path)
                .pathType(type)
                .backend(IngressBackendArgs.builder().service(IngressServiceBackendArgs.builder()
                        .name(service)
                        .port(ServiceBackendPortArgs.builder().number(port).build())
                        .build()).build())
                .build();
    }
}
