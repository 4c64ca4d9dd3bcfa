// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.outputs;

import com.pulumi.core.annotations.CustomType;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

@CustomType
public final class RulesetRuleActionParameters {
    private @Nullable List<Integer> additionalCacheablePorts;
    private @Nullable List<RulesetRuleActionParametersAlgorithm> algorithms;
    private @Nullable String assetName;
    private @Nullable Boolean automaticHttpsRewrites;
    private @Nullable RulesetRuleActionParametersAutominify autominify;
    private @Nullable Boolean bic;
    private @Nullable RulesetRuleActionParametersBrowserTtl browserTtl;
    private @Nullable Boolean cache;
    private @Nullable RulesetRuleActionParametersCacheKey cacheKey;
    private @Nullable RulesetRuleActionParametersCacheReserve cacheReserve;
    private @Nullable String content;
    private @Nullable Boolean contentConverter;
    /**
     * @return Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
     * 
     */
    private @Nullable String contentType;
    private @Nullable List<RulesetRuleActionParametersCookieField> cookieFields;
    private @Nullable Boolean disableApps;
    private @Nullable Boolean disableRum;
    private @Nullable Boolean disableZaraz;
    private @Nullable RulesetRuleActionParametersEdgeTtl edgeTtl;
    private @Nullable Boolean emailObfuscation;
    private @Nullable String expression;
    private @Nullable Boolean fonts;
    private @Nullable RulesetRuleActionParametersFromList fromList;
    private @Nullable RulesetRuleActionParametersFromValue fromValue;
    private @Nullable Map<String,RulesetRuleActionParametersHeaders> headers;
    private @Nullable String hostHeader;
    private @Nullable Boolean hotlinkProtection;
    private @Nullable String id;
    private @Nullable RulesetRuleActionParametersImmutable immutable;
    private @Nullable Integer increment;
    private @Nullable RulesetRuleActionParametersMatchedData matchedData;
    private @Nullable RulesetRuleActionParametersMaxAge maxAge;
    private @Nullable Boolean mirage;
    private @Nullable RulesetRuleActionParametersMustRevalidate mustRevalidate;
    private @Nullable RulesetRuleActionParametersMustUnderstand mustUnderstand;
    private @Nullable RulesetRuleActionParametersNoCache noCache;
    private @Nullable RulesetRuleActionParametersNoStore noStore;
    private @Nullable RulesetRuleActionParametersNoTransform noTransform;
    /**
     * @return Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
     * 
     */
    private @Nullable String operation;
    private @Nullable Boolean opportunisticEncryption;
    private @Nullable RulesetRuleActionParametersOrigin origin;
    private @Nullable Boolean originCacheControl;
    private @Nullable Boolean originErrorPagePassthru;
    private @Nullable RulesetRuleActionParametersOriginRangeRequests originRangeRequests;
    private @Nullable RulesetRuleActionParametersOverrides overrides;
    /**
     * @return Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    private @Nullable List<String> phases;
    /**
     * @return Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
     * 
     */
    private @Nullable String polish;
    private @Nullable RulesetRuleActionParametersPrivate private_;
    /**
     * @return Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
     * 
     */
    private @Nullable List<String> products;
    private @Nullable RulesetRuleActionParametersProxyRevalidate proxyRevalidate;
    private @Nullable RulesetRuleActionParametersPublic public_;
    private @Nullable List<RulesetRuleActionParametersRawResponseField> rawResponseFields;
    private @Nullable Integer readTimeout;
    private @Nullable Boolean redirectsForAiTraining;
    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
     * 
     */
    private @Nullable String requestBodyBuffering;
    private @Nullable List<RulesetRuleActionParametersRequestField> requestFields;
    private @Nullable Boolean respectStrongEtags;
    private @Nullable RulesetRuleActionParametersResponse response;
    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;.
     * 
     */
    private @Nullable String responseBodyBuffering;
    private @Nullable List<RulesetRuleActionParametersResponseField> responseFields;
    private @Nullable Boolean rocketLoader;
    private @Nullable Map<String,List<String>> rules;
    /**
     * @return Available values: &#34;current&#34;.
     * 
     */
    private @Nullable String ruleset;
    private @Nullable List<String> rulesets;
    private @Nullable RulesetRuleActionParametersSMaxage sMaxage;
    /**
     * @return Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
     * 
     */
    private @Nullable String securityLevel;
    private @Nullable RulesetRuleActionParametersServeStale serveStale;
    private @Nullable Boolean serverSideExcludes;
    private @Nullable RulesetRuleActionParametersSni sni;
    /**
     * @return Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
     * 
     */
    private @Nullable String ssl;
    private @Nullable RulesetRuleActionParametersStaleIfError staleIfError;
    private @Nullable RulesetRuleActionParametersStaleWhileRevalidate staleWhileRevalidate;
    private @Nullable Integer statusCode;
    private @Nullable Boolean stripEtags;
    private @Nullable Boolean stripLastModified;
    private @Nullable Boolean stripSetCookie;
    private @Nullable Boolean sxg;
    private @Nullable List<RulesetRuleActionParametersTransformedRequestField> transformedRequestFields;
    private @Nullable RulesetRuleActionParametersUri uri;
    private @Nullable List<String> values;
    private @Nullable RulesetRuleActionParametersVary vary;

    private RulesetRuleActionParameters() {}
    public List<Integer> additionalCacheablePorts() {
        return this.additionalCacheablePorts == null ? List.of() : this.additionalCacheablePorts;
    }
    public List<RulesetRuleActionParametersAlgorithm> algorithms() {
        return this.algorithms == null ? List.of() : this.algorithms;
    }
    public Optional<String> assetName() {
        return Optional.ofNullable(this.assetName);
    }
    public Optional<Boolean> automaticHttpsRewrites() {
        return Optional.ofNullable(this.automaticHttpsRewrites);
    }
    public Optional<RulesetRuleActionParametersAutominify> autominify() {
        return Optional.ofNullable(this.autominify);
    }
    public Optional<Boolean> bic() {
        return Optional.ofNullable(this.bic);
    }
    public Optional<RulesetRuleActionParametersBrowserTtl> browserTtl() {
        return Optional.ofNullable(this.browserTtl);
    }
    public Optional<Boolean> cache() {
        return Optional.ofNullable(this.cache);
    }
    public Optional<RulesetRuleActionParametersCacheKey> cacheKey() {
        return Optional.ofNullable(this.cacheKey);
    }
    public Optional<RulesetRuleActionParametersCacheReserve> cacheReserve() {
        return Optional.ofNullable(this.cacheReserve);
    }
    public Optional<String> content() {
        return Optional.ofNullable(this.content);
    }
    public Optional<Boolean> contentConverter() {
        return Optional.ofNullable(this.contentConverter);
    }
    /**
     * @return Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
     * 
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(this.contentType);
    }
    public List<RulesetRuleActionParametersCookieField> cookieFields() {
        return this.cookieFields == null ? List.of() : this.cookieFields;
    }
    public Optional<Boolean> disableApps() {
        return Optional.ofNullable(this.disableApps);
    }
    public Optional<Boolean> disableRum() {
        return Optional.ofNullable(this.disableRum);
    }
    public Optional<Boolean> disableZaraz() {
        return Optional.ofNullable(this.disableZaraz);
    }
    public Optional<RulesetRuleActionParametersEdgeTtl> edgeTtl() {
        return Optional.ofNullable(this.edgeTtl);
    }
    public Optional<Boolean> emailObfuscation() {
        return Optional.ofNullable(this.emailObfuscation);
    }
    public Optional<String> expression() {
        return Optional.ofNullable(this.expression);
    }
    public Optional<Boolean> fonts() {
        return Optional.ofNullable(this.fonts);
    }
    public Optional<RulesetRuleActionParametersFromList> fromList() {
        return Optional.ofNullable(this.fromList);
    }
    public Optional<RulesetRuleActionParametersFromValue> fromValue() {
        return Optional.ofNullable(this.fromValue);
    }
    public Map<String,RulesetRuleActionParametersHeaders> headers() {
        return this.headers == null ? Map.of() : this.headers;
    }
    public Optional<String> hostHeader() {
        return Optional.ofNullable(this.hostHeader);
    }
    public Optional<Boolean> hotlinkProtection() {
        return Optional.ofNullable(this.hotlinkProtection);
    }
    public Optional<String> id() {
        return Optional.ofNullable(this.id);
    }
    public Optional<RulesetRuleActionParametersImmutable> immutable() {
        return Optional.ofNullable(this.immutable);
    }
    public Optional<Integer> increment() {
        return Optional.ofNullable(this.increment);
    }
    public Optional<RulesetRuleActionParametersMatchedData> matchedData() {
        return Optional.ofNullable(this.matchedData);
    }
    public Optional<RulesetRuleActionParametersMaxAge> maxAge() {
        return Optional.ofNullable(this.maxAge);
    }
    public Optional<Boolean> mirage() {
        return Optional.ofNullable(this.mirage);
    }
    public Optional<RulesetRuleActionParametersMustRevalidate> mustRevalidate() {
        return Optional.ofNullable(this.mustRevalidate);
    }
    public Optional<RulesetRuleActionParametersMustUnderstand> mustUnderstand() {
        return Optional.ofNullable(this.mustUnderstand);
    }
    public Optional<RulesetRuleActionParametersNoCache> noCache() {
        return Optional.ofNullable(this.noCache);
    }
    public Optional<RulesetRuleActionParametersNoStore> noStore() {
        return Optional.ofNullable(this.noStore);
    }
    public Optional<RulesetRuleActionParametersNoTransform> noTransform() {
        return Optional.ofNullable(this.noTransform);
    }
    /**
     * @return Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
     * 
     */
    public Optional<String> operation() {
        return Optional.ofNullable(this.operation);
    }
    public Optional<Boolean> opportunisticEncryption() {
        return Optional.ofNullable(this.opportunisticEncryption);
    }
    public Optional<RulesetRuleActionParametersOrigin> origin() {
        return Optional.ofNullable(this.origin);
    }
    public Optional<Boolean> originCacheControl() {
        return Optional.ofNullable(this.originCacheControl);
    }
    public Optional<Boolean> originErrorPagePassthru() {
        return Optional.ofNullable(this.originErrorPagePassthru);
    }
    public Optional<RulesetRuleActionParametersOriginRangeRequests> originRangeRequests() {
        return Optional.ofNullable(this.originRangeRequests);
    }
    public Optional<RulesetRuleActionParametersOverrides> overrides() {
        return Optional.ofNullable(this.overrides);
    }
    /**
     * @return Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    public List<String> phases() {
        return this.phases == null ? List.of() : this.phases;
    }
    /**
     * @return Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
     * 
     */
    public Optional<String> polish() {
        return Optional.ofNullable(this.polish);
    }
    public Optional<RulesetRuleActionParametersPrivate> private_() {
        return Optional.ofNullable(this.private_);
    }
    /**
     * @return Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
     * 
     */
    public List<String> products() {
        return this.products == null ? List.of() : this.products;
    }
    public Optional<RulesetRuleActionParametersProxyRevalidate> proxyRevalidate() {
        return Optional.ofNullable(this.proxyRevalidate);
    }
    public Optional<RulesetRuleActionParametersPublic> public_() {
        return Optional.ofNullable(this.public_);
    }
    public List<RulesetRuleActionParametersRawResponseField> rawResponseFields() {
        return this.rawResponseFields == null ? List.of() : this.rawResponseFields;
    }
    public Optional<Integer> readTimeout() {
        return Optional.ofNullable(this.readTimeout);
    }
    public Optional<Boolean> redirectsForAiTraining() {
        return Optional.ofNullable(this.redirectsForAiTraining);
    }
    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
     * 
     */
    public Optional<String> requestBodyBuffering() {
        return Optional.ofNullable(this.requestBodyBuffering);
    }
    public List<RulesetRuleActionParametersRequestField> requestFields() {
        return this.requestFields == null ? List.of() : this.requestFields;
    }
    public Optional<Boolean> respectStrongEtags() {
        return Optional.ofNullable(this.respectStrongEtags);
    }
    public Optional<RulesetRuleActionParametersResponse> response() {
        return Optional.ofNullable(this.response);
    }
    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;.
     * 
     */
    public Optional<String> responseBodyBuffering() {
        return Optional.ofNullable(this.responseBodyBuffering);
    }
    public List<RulesetRuleActionParametersResponseField> responseFields() {
        return this.responseFields == null ? List.of() : this.responseFields;
    }
    public Optional<Boolean> rocketLoader() {
        return Optional.ofNullable(this.rocketLoader);
    }
    public Map<String,List<String>> rules() {
        return this.rules == null ? Map.of() : this.rules;
    }
    /**
     * @return Available values: &#34;current&#34;.
     * 
     */
    public Optional<String> ruleset() {
        return Optional.ofNullable(this.ruleset);
    }
    public List<String> rulesets() {
        return this.rulesets == null ? List.of() : this.rulesets;
    }
    public Optional<RulesetRuleActionParametersSMaxage> sMaxage() {
        return Optional.ofNullable(this.sMaxage);
    }
    /**
     * @return Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
     * 
     */
    public Optional<String> securityLevel() {
        return Optional.ofNullable(this.securityLevel);
    }
    public Optional<RulesetRuleActionParametersServeStale> serveStale() {
        return Optional.ofNullable(this.serveStale);
    }
    public Optional<Boolean> serverSideExcludes() {
        return Optional.ofNullable(this.serverSideExcludes);
    }
    public Optional<RulesetRuleActionParametersSni> sni() {
        return Optional.ofNullable(this.sni);
    }
    /**
     * @return Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
     * 
     */
    public Optional<String> ssl() {
        return Optional.ofNullable(this.ssl);
    }
    public Optional<RulesetRuleActionParametersStaleIfError> staleIfError() {
        return Optional.ofNullable(this.staleIfError);
    }
    public Optional<RulesetRuleActionParametersStaleWhileRevalidate> staleWhileRevalidate() {
        return Optional.ofNullable(this.staleWhileRevalidate);
    }
    public Optional<Integer> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }
    public Optional<Boolean> stripEtags() {
        return Optional.ofNullable(this.stripEtags);
    }
    public Optional<Boolean> stripLastModified() {
        return Optional.ofNullable(this.stripLastModified);
    }
    public Optional<Boolean> stripSetCookie() {
        return Optional.ofNullable(this.stripSetCookie);
    }
    public Optional<Boolean> sxg() {
        return Optional.ofNullable(this.sxg);
    }
    public List<RulesetRuleActionParametersTransformedRequestField> transformedRequestFields() {
        return this.transformedRequestFields == null ? List.of() : this.transformedRequestFields;
    }
    public Optional<RulesetRuleActionParametersUri> uri() {
        return Optional.ofNullable(this.uri);
    }
    public List<String> values() {
        return this.values == null ? List.of() : this.values;
    }
    public Optional<RulesetRuleActionParametersVary> vary() {
        return Optional.ofNullable(this.vary);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(RulesetRuleActionParameters defaults) {
        return new Builder(defaults);
    }
    @CustomType.Builder
    public static final class Builder {
        private @Nullable List<Integer> additionalCacheablePorts;
        private @Nullable List<RulesetRuleActionParametersAlgorithm> algorithms;
        private @Nullable String assetName;
        private @Nullable Boolean automaticHttpsRewrites;
        private @Nullable RulesetRuleActionParametersAutominify autominify;
        private @Nullable Boolean bic;
        private @Nullable RulesetRuleActionParametersBrowserTtl browserTtl;
        private @Nullable Boolean cache;
        private @Nullable RulesetRuleActionParametersCacheKey cacheKey;
        private @Nullable RulesetRuleActionParametersCacheReserve cacheReserve;
        private @Nullable String content;
        private @Nullable Boolean contentConverter;
        private @Nullable String contentType;
        private @Nullable List<RulesetRuleActionParametersCookieField> cookieFields;
        private @Nullable Boolean disableApps;
        private @Nullable Boolean disableRum;
        private @Nullable Boolean disableZaraz;
        private @Nullable RulesetRuleActionParametersEdgeTtl edgeTtl;
        private @Nullable Boolean emailObfuscation;
        private @Nullable String expression;
        private @Nullable Boolean fonts;
        private @Nullable RulesetRuleActionParametersFromList fromList;
        private @Nullable RulesetRuleActionParametersFromValue fromValue;
        private @Nullable Map<String,RulesetRuleActionParametersHeaders> headers;
        private @Nullable String hostHeader;
        private @Nullable Boolean hotlinkProtection;
        private @Nullable String id;
        private @Nullable RulesetRuleActionParametersImmutable immutable;
        private @Nullable Integer increment;
        private @Nullable RulesetRuleActionParametersMatchedData matchedData;
        private @Nullable RulesetRuleActionParametersMaxAge maxAge;
        private @Nullable Boolean mirage;
        private @Nullable RulesetRuleActionParametersMustRevalidate mustRevalidate;
        private @Nullable RulesetRuleActionParametersMustUnderstand mustUnderstand;
        private @Nullable RulesetRuleActionParametersNoCache noCache;
        private @Nullable RulesetRuleActionParametersNoStore noStore;
        private @Nullable RulesetRuleActionParametersNoTransform noTransform;
        private @Nullable String operation;
        private @Nullable Boolean opportunisticEncryption;
        private @Nullable RulesetRuleActionParametersOrigin origin;
        private @Nullable Boolean originCacheControl;
        private @Nullable Boolean originErrorPagePassthru;
        private @Nullable RulesetRuleActionParametersOriginRangeRequests originRangeRequests;
        private @Nullable RulesetRuleActionParametersOverrides overrides;
        private @Nullable List<String> phases;
        private @Nullable String polish;
        private @Nullable RulesetRuleActionParametersPrivate private_;
        private @Nullable List<String> products;
        private @Nullable RulesetRuleActionParametersProxyRevalidate proxyRevalidate;
        private @Nullable RulesetRuleActionParametersPublic public_;
        private @Nullable List<RulesetRuleActionParametersRawResponseField> rawResponseFields;
        private @Nullable Integer readTimeout;
        private @Nullable Boolean redirectsForAiTraining;
        private @Nullable String requestBodyBuffering;
        private @Nullable List<RulesetRuleActionParametersRequestField> requestFields;
        private @Nullable Boolean respectStrongEtags;
        private @Nullable RulesetRuleActionParametersResponse response;
        private @Nullable String responseBodyBuffering;
        private @Nullable List<RulesetRuleActionParametersResponseField> responseFields;
        private @Nullable Boolean rocketLoader;
        private @Nullable Map<String,List<String>> rules;
        private @Nullable String ruleset;
        private @Nullable List<String> rulesets;
        private @Nullable RulesetRuleActionParametersSMaxage sMaxage;
        private @Nullable String securityLevel;
        private @Nullable RulesetRuleActionParametersServeStale serveStale;
        private @Nullable Boolean serverSideExcludes;
        private @Nullable RulesetRuleActionParametersSni sni;
        private @Nullable String ssl;
        private @Nullable RulesetRuleActionParametersStaleIfError staleIfError;
        private @Nullable RulesetRuleActionParametersStaleWhileRevalidate staleWhileRevalidate;
        private @Nullable Integer statusCode;
        private @Nullable Boolean stripEtags;
        private @Nullable Boolean stripLastModified;
        private @Nullable Boolean stripSetCookie;
        private @Nullable Boolean sxg;
        private @Nullable List<RulesetRuleActionParametersTransformedRequestField> transformedRequestFields;
        private @Nullable RulesetRuleActionParametersUri uri;
        private @Nullable List<String> values;
        private @Nullable RulesetRuleActionParametersVary vary;
        public Builder() {}
        public Builder(RulesetRuleActionParameters defaults) {
            Objects.requireNonNull(defaults);
            this.additionalCacheablePorts = defaults.additionalCacheablePorts;
            this.algorithms = defaults.algorithms;
            this.assetName = defaults.assetName;
            this.automaticHttpsRewrites = defaults.automaticHttpsRewrites;
            this.autominify = defaults.autominify;
            this.bic = defaults.bic;
            this.browserTtl = defaults.browserTtl;
            this.cache = defaults.cache;
            this.cacheKey = defaults.cacheKey;
            this.cacheReserve = defaults.cacheReserve;
            this.content = defaults.content;
            this.contentConverter = defaults.contentConverter;
            this.contentType = defaults.contentType;
            this.cookieFields = defaults.cookieFields;
            this.disableApps = defaults.disableApps;
            this.disableRum = defaults.disableRum;
            this.disableZaraz = defaults.disableZaraz;
            this.edgeTtl = defaults.edgeTtl;
            this.emailObfuscation = defaults.emailObfuscation;
            this.expression = defaults.expression;
            this.fonts = defaults.fonts;
            this.fromList = defaults.fromList;
            this.fromValue = defaults.fromValue;
            this.headers = defaults.headers;
            this.hostHeader = defaults.hostHeader;
            this.hotlinkProtection = defaults.hotlinkProtection;
            this.id = defaults.id;
            this.immutable = defaults.immutable;
            this.increment = defaults.increment;
            this.matchedData = defaults.matchedData;
            this.maxAge = defaults.maxAge;
            this.mirage = defaults.mirage;
            this.mustRevalidate = defaults.mustRevalidate;
            this.mustUnderstand = defaults.mustUnderstand;
            this.noCache = defaults.noCache;
            this.noStore = defaults.noStore;
            this.noTransform = defaults.noTransform;
            this.operation = defaults.operation;
            this.opportunisticEncryption = defaults.opportunisticEncryption;
            this.origin = defaults.origin;
            this.originCacheControl = defaults.originCacheControl;
            this.originErrorPagePassthru = defaults.originErrorPagePassthru;
            this.originRangeRequests = defaults.originRangeRequests;
            this.overrides = defaults.overrides;
            this.phases = defaults.phases;
            this.polish = defaults.polish;
            this.private_ = defaults.private_;
            this.products = defaults.products;
            this.proxyRevalidate = defaults.proxyRevalidate;
            this.public_ = defaults.public_;
            this.rawResponseFields = defaults.rawResponseFields;
            this.readTimeout = defaults.readTimeout;
            this.redirectsForAiTraining = defaults.redirectsForAiTraining;
            this.requestBodyBuffering = defaults.requestBodyBuffering;
            this.requestFields = defaults.requestFields;
            this.respectStrongEtags = defaults.respectStrongEtags;
            this.response = defaults.response;
            this.responseBodyBuffering = defaults.responseBodyBuffering;
            this.responseFields = defaults.responseFields;
            this.rocketLoader = defaults.rocketLoader;
            this.rules = defaults.rules;
            this.ruleset = defaults.ruleset;
            this.rulesets = defaults.rulesets;
            this.sMaxage = defaults.sMaxage;
            this.securityLevel = defaults.securityLevel;
            this.serveStale = defaults.serveStale;
            this.serverSideExcludes = defaults.serverSideExcludes;
            this.sni = defaults.sni;
            this.ssl = defaults.ssl;
            this.staleIfError = defaults.staleIfError;
            this.staleWhileRevalidate = defaults.staleWhileRevalidate;
            this.statusCode = defaults.statusCode;
            this.stripEtags = defaults.stripEtags;
            this.stripLastModified = defaults.stripLastModified;
            this.stripSetCookie = defaults.stripSetCookie;
            this.sxg = defaults.sxg;
            this.transformedRequestFields = defaults.transformedRequestFields;
            this.uri = defaults.uri;
            this.values = defaults.values;
            this.vary = defaults.vary;
        }

        @CustomType.Setter
        public Builder additionalCacheablePorts(@Nullable List<Integer> additionalCacheablePorts) {
            this.additionalCacheablePorts = additionalCacheablePorts;
            return this;
        }
        public Builder additionalCacheablePorts(Integer... additionalCacheablePorts) {
            return additionalCacheablePorts(List.of(additionalCacheablePorts));
        }
        @CustomType.Setter
        public Builder algorithms(@Nullable List<RulesetRuleActionParametersAlgorithm> algorithms) {
            this.algorithms = algorithms;
            return this;
        }
        public Builder algorithms(RulesetRuleActionParametersAlgorithm... algorithms) {
            return algorithms(List.of(algorithms));
        }
        @CustomType.Setter
        public Builder assetName(@Nullable String assetName) {
            this.assetName = assetName;
            return this;
        }
        @CustomType.Setter
        public Builder automaticHttpsRewrites(@Nullable Boolean automaticHttpsRewrites) {
            this.automaticHttpsRewrites = automaticHttpsRewrites;
            return this;
        }
        @CustomType.Setter
        public Builder autominify(@Nullable RulesetRuleActionParametersAutominify autominify) {
            this.autominify = autominify;
            return this;
        }
        @CustomType.Setter
        public Builder bic(@Nullable Boolean bic) {
            this.bic = bic;
            return this;
        }
        @CustomType.Setter
        public Builder browserTtl(@Nullable RulesetRuleActionParametersBrowserTtl browserTtl) {
            this.browserTtl = browserTtl;
            return this;
        }
        @CustomType.Setter
        public Builder cache(@Nullable Boolean cache) {
            this.cache = cache;
            return this;
        }
        @CustomType.Setter
        public Builder cacheKey(@Nullable RulesetRuleActionParametersCacheKey cacheKey) {
            this.cacheKey = cacheKey;
            return this;
        }
        @CustomType.Setter
        public Builder cacheReserve(@Nullable RulesetRuleActionParametersCacheReserve cacheReserve) {
            this.cacheReserve = cacheReserve;
            return this;
        }
        @CustomType.Setter
        public Builder content(@Nullable String content) {
            this.content = content;
            return this;
        }
        @CustomType.Setter
        public Builder contentConverter(@Nullable Boolean contentConverter) {
            this.contentConverter = contentConverter;
            return this;
        }
        @CustomType.Setter
        public Builder contentType(@Nullable String contentType) {
            this.contentType = contentType;
            return this;
        }
        @CustomType.Setter
        public Builder cookieFields(@Nullable List<RulesetRuleActionParametersCookieField> cookieFields) {
            this.cookieFields = cookieFields;
            return this;
        }
        public Builder cookieFields(RulesetRuleActionParametersCookieField... cookieFields) {
            return cookieFields(List.of(cookieFields));
        }
        @CustomType.Setter
        public Builder disableApps(@Nullable Boolean disableApps) {
            this.disableApps = disableApps;
            return this;
        }
        @CustomType.Setter
        public Builder disableRum(@Nullable Boolean disableRum) {
            this.disableRum = disableRum;
            return this;
        }
        @CustomType.Setter
        public Builder disableZaraz(@Nullable Boolean disableZaraz) {
            this.disableZaraz = disableZaraz;
            return this;
        }
        @CustomType.Setter
        public Builder edgeTtl(@Nullable RulesetRuleActionParametersEdgeTtl edgeTtl) {
            this.edgeTtl = edgeTtl;
            return this;
        }
        @CustomType.Setter
        public Builder emailObfuscation(@Nullable Boolean emailObfuscation) {
            this.emailObfuscation = emailObfuscation;
            return this;
        }
        @CustomType.Setter
        public Builder expression(@Nullable String expression) {
            this.expression = expression;
            return this;
        }
        @CustomType.Setter
        public Builder fonts(@Nullable Boolean fonts) {
            this.fonts = fonts;
            return this;
        }
        @CustomType.Setter
        public Builder fromList(@Nullable RulesetRuleActionParametersFromList fromList) {
            this.fromList = fromList;
            return this;
        }
        @CustomType.Setter
        public Builder fromValue(@Nullable RulesetRuleActionParametersFromValue fromValue) {
            this.fromValue = fromValue;
            return this;
        }
        @CustomType.Setter
        public Builder headers(@Nullable Map<String,RulesetRuleActionParametersHeaders> headers) {
            this.headers = headers;
            return this;
        }
        @CustomType.Setter
        public Builder hostHeader(@Nullable String hostHeader) {
            this.hostHeader = hostHeader;
            return this;
        }
        @CustomType.Setter
        public Builder hotlinkProtection(@Nullable Boolean hotlinkProtection) {
            this.hotlinkProtection = hotlinkProtection;
            return this;
        }
        @CustomType.Setter
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }
        @CustomType.Setter
        public Builder immutable(@Nullable RulesetRuleActionParametersImmutable immutable) {
            this.immutable = immutable;
            return this;
        }
        @CustomType.Setter
        public Builder increment(@Nullable Integer increment) {
            this.increment = increment;
            return this;
        }
        @CustomType.Setter
        public Builder matchedData(@Nullable RulesetRuleActionParametersMatchedData matchedData) {
            this.matchedData = matchedData;
            return this;
        }
        @CustomType.Setter
        public Builder maxAge(@Nullable RulesetRuleActionParametersMaxAge maxAge) {
            this.maxAge = maxAge;
            return this;
        }
        @CustomType.Setter
        public Builder mirage(@Nullable Boolean mirage) {
            this.mirage = mirage;
            return this;
        }
        @CustomType.Setter
        public Builder mustRevalidate(@Nullable RulesetRuleActionParametersMustRevalidate mustRevalidate) {
            this.mustRevalidate = mustRevalidate;
            return this;
        }
        @CustomType.Setter
        public Builder mustUnderstand(@Nullable RulesetRuleActionParametersMustUnderstand mustUnderstand) {
            this.mustUnderstand = mustUnderstand;
            return this;
        }
        @CustomType.Setter
        public Builder noCache(@Nullable RulesetRuleActionParametersNoCache noCache) {
            this.noCache = noCache;
            return this;
        }
        @CustomType.Setter
        public Builder noStore(@Nullable RulesetRuleActionParametersNoStore noStore) {
            this.noStore = noStore;
            return this;
        }
        @CustomType.Setter
        public Builder noTransform(@Nullable RulesetRuleActionParametersNoTransform noTransform) {
            this.noTransform = noTransform;
            return this;
        }
        @CustomType.Setter
        public Builder operation(@Nullable String operation) {
            this.operation = operation;
            return this;
        }
        @CustomType.Setter
        public Builder opportunisticEncryption(@Nullable Boolean opportunisticEncryption) {
            this.opportunisticEncryption = opportunisticEncryption;
            return this;
        }
        @CustomType.Setter
        public Builder origin(@Nullable RulesetRuleActionParametersOrigin origin) {
            this.origin = origin;
            return this;
        }
        @CustomType.Setter
        public Builder originCacheControl(@Nullable Boolean originCacheControl) {
            this.originCacheControl = originCacheControl;
            return this;
        }
        @CustomType.Setter
        public Builder originErrorPagePassthru(@Nullable Boolean originErrorPagePassthru) {
            this.originErrorPagePassthru = originErrorPagePassthru;
            return this;
        }
        @CustomType.Setter
        public Builder originRangeRequests(@Nullable RulesetRuleActionParametersOriginRangeRequests originRangeRequests) {
            this.originRangeRequests = originRangeRequests;
            return this;
        }
        @CustomType.Setter
        public Builder overrides(@Nullable RulesetRuleActionParametersOverrides overrides) {
            this.overrides = overrides;
            return this;
        }
        @CustomType.Setter
        public Builder phases(@Nullable List<String> phases) {
            this.phases = phases;
            return this;
        }
        public Builder phases(String... phases) {
            return phases(List.of(phases));
        }
        @CustomType.Setter
        public Builder polish(@Nullable String polish) {
            this.polish = polish;
            return this;
        }
        @CustomType.Setter("private")
        public Builder private_(@Nullable RulesetRuleActionParametersPrivate private_) {
            this.private_ = private_;
            return this;
        }
        @CustomType.Setter
        public Builder products(@Nullable List<String> products) {
            this.products = products;
            return this;
        }
        public Builder products(String... products) {
            return products(List.of(products));
        }
        @CustomType.Setter
        public Builder proxyRevalidate(@Nullable RulesetRuleActionParametersProxyRevalidate proxyRevalidate) {
            this.proxyRevalidate = proxyRevalidate;
            return this;
        }
        @CustomType.Setter("public")
        public Builder public_(@Nullable RulesetRuleActionParametersPublic public_) {
            this.public_ = public_;
            return this;
        }
        @CustomType.Setter
        public Builder rawResponseFields(@Nullable List<RulesetRuleActionParametersRawResponseField> rawResponseFields) {
            this.rawResponseFields = rawResponseFields;
            return this;
        }
        public Builder rawResponseFields(RulesetRuleActionParametersRawResponseField... rawResponseFields) {
            return rawResponseFields(List.of(rawResponseFields));
        }
        @CustomType.Setter
        public Builder readTimeout(@Nullable Integer readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }
        @CustomType.Setter
        public Builder redirectsForAiTraining(@Nullable Boolean redirectsForAiTraining) {
            this.redirectsForAiTraining = redirectsForAiTraining;
            return this;
        }
        @CustomType.Setter
        public Builder requestBodyBuffering(@Nullable String requestBodyBuffering) {
            this.requestBodyBuffering = requestBodyBuffering;
            return this;
        }
        @CustomType.Setter
        public Builder requestFields(@Nullable List<RulesetRuleActionParametersRequestField> requestFields) {
            this.requestFields = requestFields;
            return this;
        }
        public Builder requestFields(RulesetRuleActionParametersRequestField... requestFields) {
            return requestFields(List.of(requestFields));
        }
        @CustomType.Setter
        public Builder respectStrongEtags(@Nullable Boolean respectStrongEtags) {
            this.respectStrongEtags = respectStrongEtags;
            return this;
        }
        @CustomType.Setter
        public Builder response(@Nullable RulesetRuleActionParametersResponse response) {
            this.response = response;
            return this;
        }
        @CustomType.Setter
        public Builder responseBodyBuffering(@Nullable String responseBodyBuffering) {
            this.responseBodyBuffering = responseBodyBuffering;
            return this;
        }
        @CustomType.Setter
        public Builder responseFields(@Nullable List<RulesetRuleActionParametersResponseField> responseFields) {
            this.responseFields = responseFields;
            return this;
        }
        public Builder responseFields(RulesetRuleActionParametersResponseField... responseFields) {
            return responseFields(List.of(responseFields));
        }
        @CustomType.Setter
        public Builder rocketLoader(@Nullable Boolean rocketLoader) {
            this.rocketLoader = rocketLoader;
            return this;
        }
        @CustomType.Setter
        public Builder rules(@Nullable Map<String,List<String>> rules) {
            this.rules = rules;
            return this;
        }
        @CustomType.Setter
        public Builder ruleset(@Nullable String ruleset) {
            this.ruleset = ruleset;
            return this;
        }
        @CustomType.Setter
        public Builder rulesets(@Nullable List<String> rulesets) {
            this.rulesets = rulesets;
            return this;
        }
        public Builder rulesets(String... rulesets) {
            return rulesets(List.of(rulesets));
        }
        @CustomType.Setter
        public Builder sMaxage(@Nullable RulesetRuleActionParametersSMaxage sMaxage) {
            this.sMaxage = sMaxage;
            return this;
        }
        @CustomType.Setter
        public Builder securityLevel(@Nullable String securityLevel) {
            this.securityLevel = securityLevel;
            return this;
        }
        @CustomType.Setter
        public Builder serveStale(@Nullable RulesetRuleActionParametersServeStale serveStale) {
            this.serveStale = serveStale;
            return this;
        }
        @CustomType.Setter
        public Builder serverSideExcludes(@Nullable Boolean serverSideExcludes) {
            this.serverSideExcludes = serverSideExcludes;
            return this;
        }
        @CustomType.Setter
        public Builder sni(@Nullable RulesetRuleActionParametersSni sni) {
            this.sni = sni;
            return this;
        }
        @CustomType.Setter
        public Builder ssl(@Nullable String ssl) {
            this.ssl = ssl;
            return this;
        }
        @CustomType.Setter
        public Builder staleIfError(@Nullable RulesetRuleActionParametersStaleIfError staleIfError) {
            this.staleIfError = staleIfError;
            return this;
        }
        @CustomType.Setter
        public Builder staleWhileRevalidate(@Nullable RulesetRuleActionParametersStaleWhileRevalidate staleWhileRevalidate) {
            this.staleWhileRevalidate = staleWhileRevalidate;
            return this;
        }
        @CustomType.Setter
        public Builder statusCode(@Nullable Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }
        @CustomType.Setter
        public Builder stripEtags(@Nullable Boolean stripEtags) {
            this.stripEtags = stripEtags;
            return this;
        }
        @CustomType.Setter
        public Builder stripLastModified(@Nullable Boolean stripLastModified) {
            this.stripLastModified = stripLastModified;
            return this;
        }
        @CustomType.Setter
        public Builder stripSetCookie(@Nullable Boolean stripSetCookie) {
            this.stripSetCookie = stripSetCookie;
            return this;
        }
        @CustomType.Setter
        public Builder sxg(@Nullable Boolean sxg) {
            this.sxg = sxg;
            return this;
        }
        @CustomType.Setter
        public Builder transformedRequestFields(@Nullable List<RulesetRuleActionParametersTransformedRequestField> transformedRequestFields) {
            this.transformedRequestFields = transformedRequestFields;
            return this;
        }
        public Builder transformedRequestFields(RulesetRuleActionParametersTransformedRequestField... transformedRequestFields) {
            return transformedRequestFields(List.of(transformedRequestFields));
        }
        @CustomType.Setter
        public Builder uri(@Nullable RulesetRuleActionParametersUri uri) {
            this.uri = uri;
            return this;
        }
        @CustomType.Setter
        public Builder values(@Nullable List<String> values) {
            this.values = values;
            return this;
        }
        public Builder values(String... values) {
            return values(List.of(values));
        }
        @CustomType.Setter
        public Builder vary(@Nullable RulesetRuleActionParametersVary vary) {
            this.vary = vary;
            return this;
        }
        public RulesetRuleActionParameters build() {
            final var _resultValue = new RulesetRuleActionParameters();
            _resultValue.additionalCacheablePorts = additionalCacheablePorts;
            _resultValue.algorithms = algorithms;
            _resultValue.assetName = assetName;
            _resultValue.automaticHttpsRewrites = automaticHttpsRewrites;
            _resultValue.autominify = autominify;
            _resultValue.bic = bic;
            _resultValue.browserTtl = browserTtl;
            _resultValue.cache = cache;
            _resultValue.cacheKey = cacheKey;
            _resultValue.cacheReserve = cacheReserve;
            _resultValue.content = content;
            _resultValue.contentConverter = contentConverter;
            _resultValue.contentType = contentType;
            _resultValue.cookieFields = cookieFields;
            _resultValue.disableApps = disableApps;
            _resultValue.disableRum = disableRum;
            _resultValue.disableZaraz = disableZaraz;
            _resultValue.edgeTtl = edgeTtl;
            _resultValue.emailObfuscation = emailObfuscation;
            _resultValue.expression = expression;
            _resultValue.fonts = fonts;
            _resultValue.fromList = fromList;
            _resultValue.fromValue = fromValue;
            _resultValue.headers = headers;
            _resultValue.hostHeader = hostHeader;
            _resultValue.hotlinkProtection = hotlinkProtection;
            _resultValue.id = id;
            _resultValue.immutable = immutable;
            _resultValue.increment = increment;
            _resultValue.matchedData = matchedData;
            _resultValue.maxAge = maxAge;
            _resultValue.mirage = mirage;
            _resultValue.mustRevalidate = mustRevalidate;
            _resultValue.mustUnderstand = mustUnderstand;
            _resultValue.noCache = noCache;
            _resultValue.noStore = noStore;
            _resultValue.noTransform = noTransform;
            _resultValue.operation = operation;
            _resultValue.opportunisticEncryption = opportunisticEncryption;
            _resultValue.origin = origin;
            _resultValue.originCacheControl = originCacheControl;
            _resultValue.originErrorPagePassthru = originErrorPagePassthru;
            _resultValue.originRangeRequests = originRangeRequests;
            _resultValue.overrides = overrides;
            _resultValue.phases = phases;
            _resultValue.polish = polish;
            _resultValue.private_ = private_;
            _resultValue.products = products;
            _resultValue.proxyRevalidate = proxyRevalidate;
            _resultValue.public_ = public_;
            _resultValue.rawResponseFields = rawResponseFields;
            _resultValue.readTimeout = readTimeout;
            _resultValue.redirectsForAiTraining = redirectsForAiTraining;
            _resultValue.requestBodyBuffering = requestBodyBuffering;
            _resultValue.requestFields = requestFields;
            _resultValue.respectStrongEtags = respectStrongEtags;
            _resultValue.response = response;
            _resultValue.responseBodyBuffering = responseBodyBuffering;
            _resultValue.responseFields = responseFields;
            _resultValue.rocketLoader = rocketLoader;
            _resultValue.rules = rules;
            _resultValue.ruleset = ruleset;
            _resultValue.rulesets = rulesets;
            _resultValue.sMaxage = sMaxage;
            _resultValue.securityLevel = securityLevel;
            _resultValue.serveStale = serveStale;
            _resultValue.serverSideExcludes = serverSideExcludes;
            _resultValue.sni = sni;
            _resultValue.ssl = ssl;
            _resultValue.staleIfError = staleIfError;
            _resultValue.staleWhileRevalidate = staleWhileRevalidate;
            _resultValue.statusCode = statusCode;
            _resultValue.stripEtags = stripEtags;
            _resultValue.stripLastModified = stripLastModified;
            _resultValue.stripSetCookie = stripSetCookie;
            _resultValue.sxg = sxg;
            _resultValue.transformedRequestFields = transformedRequestFields;
            _resultValue.uri = uri;
            _resultValue.values = values;
            _resultValue.vary = vary;
            return _resultValue;
        }
    }
}
