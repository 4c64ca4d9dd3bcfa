// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Boolean;
import java.lang.Integer;
import java.lang.String;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class RulesetRuleActionParametersArgs extends com.pulumi.resources.ResourceArgs {

    public static final RulesetRuleActionParametersArgs Empty = new RulesetRuleActionParametersArgs();

    @Import(name="additionalCacheablePorts")
    private @Nullable Output<List<Integer>> additionalCacheablePorts;

    public Optional<Output<List<Integer>>> additionalCacheablePorts() {
        return Optional.ofNullable(this.additionalCacheablePorts);
    }

    @Import(name="algorithms")
    private @Nullable Output<List<RulesetRuleActionParametersAlgorithmArgs>> algorithms;

    public Optional<Output<List<RulesetRuleActionParametersAlgorithmArgs>>> algorithms() {
        return Optional.ofNullable(this.algorithms);
    }

    @Import(name="assetName")
    private @Nullable Output<String> assetName;

    public Optional<Output<String>> assetName() {
        return Optional.ofNullable(this.assetName);
    }

    @Import(name="automaticHttpsRewrites")
    private @Nullable Output<Boolean> automaticHttpsRewrites;

    public Optional<Output<Boolean>> automaticHttpsRewrites() {
        return Optional.ofNullable(this.automaticHttpsRewrites);
    }

    @Import(name="autominify")
    private @Nullable Output<RulesetRuleActionParametersAutominifyArgs> autominify;

    public Optional<Output<RulesetRuleActionParametersAutominifyArgs>> autominify() {
        return Optional.ofNullable(this.autominify);
    }

    @Import(name="bic")
    private @Nullable Output<Boolean> bic;

    public Optional<Output<Boolean>> bic() {
        return Optional.ofNullable(this.bic);
    }

    @Import(name="browserTtl")
    private @Nullable Output<RulesetRuleActionParametersBrowserTtlArgs> browserTtl;

    public Optional<Output<RulesetRuleActionParametersBrowserTtlArgs>> browserTtl() {
        return Optional.ofNullable(this.browserTtl);
    }

    @Import(name="cache")
    private @Nullable Output<Boolean> cache;

    public Optional<Output<Boolean>> cache() {
        return Optional.ofNullable(this.cache);
    }

    @Import(name="cacheKey")
    private @Nullable Output<RulesetRuleActionParametersCacheKeyArgs> cacheKey;

    public Optional<Output<RulesetRuleActionParametersCacheKeyArgs>> cacheKey() {
        return Optional.ofNullable(this.cacheKey);
    }

    @Import(name="cacheReserve")
    private @Nullable Output<RulesetRuleActionParametersCacheReserveArgs> cacheReserve;

    public Optional<Output<RulesetRuleActionParametersCacheReserveArgs>> cacheReserve() {
        return Optional.ofNullable(this.cacheReserve);
    }

    @Import(name="content")
    private @Nullable Output<String> content;

    public Optional<Output<String>> content() {
        return Optional.ofNullable(this.content);
    }

    @Import(name="contentConverter")
    private @Nullable Output<Boolean> contentConverter;

    public Optional<Output<Boolean>> contentConverter() {
        return Optional.ofNullable(this.contentConverter);
    }

    /**
     * Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
     * 
     */
    @Import(name="contentType")
    private @Nullable Output<String> contentType;

    /**
     * @return Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
     * 
     */
    public Optional<Output<String>> contentType() {
        return Optional.ofNullable(this.contentType);
    }

    @Import(name="cookieFields")
    private @Nullable Output<List<RulesetRuleActionParametersCookieFieldArgs>> cookieFields;

    public Optional<Output<List<RulesetRuleActionParametersCookieFieldArgs>>> cookieFields() {
        return Optional.ofNullable(this.cookieFields);
    }

    @Import(name="disableApps")
    private @Nullable Output<Boolean> disableApps;

    public Optional<Output<Boolean>> disableApps() {
        return Optional.ofNullable(this.disableApps);
    }

    @Import(name="disableRum")
    private @Nullable Output<Boolean> disableRum;

    public Optional<Output<Boolean>> disableRum() {
        return Optional.ofNullable(this.disableRum);
    }

    @Import(name="disableZaraz")
    private @Nullable Output<Boolean> disableZaraz;

    public Optional<Output<Boolean>> disableZaraz() {
        return Optional.ofNullable(this.disableZaraz);
    }

    @Import(name="edgeTtl")
    private @Nullable Output<RulesetRuleActionParametersEdgeTtlArgs> edgeTtl;

    public Optional<Output<RulesetRuleActionParametersEdgeTtlArgs>> edgeTtl() {
        return Optional.ofNullable(this.edgeTtl);
    }

    @Import(name="emailObfuscation")
    private @Nullable Output<Boolean> emailObfuscation;

    public Optional<Output<Boolean>> emailObfuscation() {
        return Optional.ofNullable(this.emailObfuscation);
    }

    @Import(name="expression")
    private @Nullable Output<String> expression;

    public Optional<Output<String>> expression() {
        return Optional.ofNullable(this.expression);
    }

    @Import(name="fonts")
    private @Nullable Output<Boolean> fonts;

    public Optional<Output<Boolean>> fonts() {
        return Optional.ofNullable(this.fonts);
    }

    @Import(name="fromList")
    private @Nullable Output<RulesetRuleActionParametersFromListArgs> fromList;

    public Optional<Output<RulesetRuleActionParametersFromListArgs>> fromList() {
        return Optional.ofNullable(this.fromList);
    }

    @Import(name="fromValue")
    private @Nullable Output<RulesetRuleActionParametersFromValueArgs> fromValue;

    public Optional<Output<RulesetRuleActionParametersFromValueArgs>> fromValue() {
        return Optional.ofNullable(this.fromValue);
    }

    @Import(name="headers")
    private @Nullable Output<Map<String,RulesetRuleActionParametersHeadersArgs>> headers;

    public Optional<Output<Map<String,RulesetRuleActionParametersHeadersArgs>>> headers() {
        return Optional.ofNullable(this.headers);
    }

    @Import(name="hostHeader")
    private @Nullable Output<String> hostHeader;

    public Optional<Output<String>> hostHeader() {
        return Optional.ofNullable(this.hostHeader);
    }

    @Import(name="hotlinkProtection")
    private @Nullable Output<Boolean> hotlinkProtection;

    public Optional<Output<Boolean>> hotlinkProtection() {
        return Optional.ofNullable(this.hotlinkProtection);
    }

    @Import(name="id")
    private @Nullable Output<String> id;

    public Optional<Output<String>> id() {
        return Optional.ofNullable(this.id);
    }

    @Import(name="immutable")
    private @Nullable Output<RulesetRuleActionParametersImmutableArgs> immutable;

    public Optional<Output<RulesetRuleActionParametersImmutableArgs>> immutable() {
        return Optional.ofNullable(this.immutable);
    }

    @Import(name="increment")
    private @Nullable Output<Integer> increment;

    public Optional<Output<Integer>> increment() {
        return Optional.ofNullable(this.increment);
    }

    @Import(name="matchedData")
    private @Nullable Output<RulesetRuleActionParametersMatchedDataArgs> matchedData;

    public Optional<Output<RulesetRuleActionParametersMatchedDataArgs>> matchedData() {
        return Optional.ofNullable(this.matchedData);
    }

    @Import(name="maxAge")
    private @Nullable Output<RulesetRuleActionParametersMaxAgeArgs> maxAge;

    public Optional<Output<RulesetRuleActionParametersMaxAgeArgs>> maxAge() {
        return Optional.ofNullable(this.maxAge);
    }

    @Import(name="mirage")
    private @Nullable Output<Boolean> mirage;

    public Optional<Output<Boolean>> mirage() {
        return Optional.ofNullable(this.mirage);
    }

    @Import(name="mustRevalidate")
    private @Nullable Output<RulesetRuleActionParametersMustRevalidateArgs> mustRevalidate;

    public Optional<Output<RulesetRuleActionParametersMustRevalidateArgs>> mustRevalidate() {
        return Optional.ofNullable(this.mustRevalidate);
    }

    @Import(name="mustUnderstand")
    private @Nullable Output<RulesetRuleActionParametersMustUnderstandArgs> mustUnderstand;

    public Optional<Output<RulesetRuleActionParametersMustUnderstandArgs>> mustUnderstand() {
        return Optional.ofNullable(this.mustUnderstand);
    }

    @Import(name="noCache")
    private @Nullable Output<RulesetRuleActionParametersNoCacheArgs> noCache;

    public Optional<Output<RulesetRuleActionParametersNoCacheArgs>> noCache() {
        return Optional.ofNullable(this.noCache);
    }

    @Import(name="noStore")
    private @Nullable Output<RulesetRuleActionParametersNoStoreArgs> noStore;

    public Optional<Output<RulesetRuleActionParametersNoStoreArgs>> noStore() {
        return Optional.ofNullable(this.noStore);
    }

    @Import(name="noTransform")
    private @Nullable Output<RulesetRuleActionParametersNoTransformArgs> noTransform;

    public Optional<Output<RulesetRuleActionParametersNoTransformArgs>> noTransform() {
        return Optional.ofNullable(this.noTransform);
    }

    /**
     * Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
     * 
     */
    @Import(name="operation")
    private @Nullable Output<String> operation;

    /**
     * @return Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
     * 
     */
    public Optional<Output<String>> operation() {
        return Optional.ofNullable(this.operation);
    }

    @Import(name="opportunisticEncryption")
    private @Nullable Output<Boolean> opportunisticEncryption;

    public Optional<Output<Boolean>> opportunisticEncryption() {
        return Optional.ofNullable(this.opportunisticEncryption);
    }

    @Import(name="origin")
    private @Nullable Output<RulesetRuleActionParametersOriginArgs> origin;

    public Optional<Output<RulesetRuleActionParametersOriginArgs>> origin() {
        return Optional.ofNullable(this.origin);
    }

    @Import(name="originCacheControl")
    private @Nullable Output<Boolean> originCacheControl;

    public Optional<Output<Boolean>> originCacheControl() {
        return Optional.ofNullable(this.originCacheControl);
    }

    @Import(name="originErrorPagePassthru")
    private @Nullable Output<Boolean> originErrorPagePassthru;

    public Optional<Output<Boolean>> originErrorPagePassthru() {
        return Optional.ofNullable(this.originErrorPagePassthru);
    }

    @Import(name="originRangeRequests")
    private @Nullable Output<RulesetRuleActionParametersOriginRangeRequestsArgs> originRangeRequests;

    public Optional<Output<RulesetRuleActionParametersOriginRangeRequestsArgs>> originRangeRequests() {
        return Optional.ofNullable(this.originRangeRequests);
    }

    @Import(name="overrides")
    private @Nullable Output<RulesetRuleActionParametersOverridesArgs> overrides;

    public Optional<Output<RulesetRuleActionParametersOverridesArgs>> overrides() {
        return Optional.ofNullable(this.overrides);
    }

    /**
     * Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    @Import(name="phases")
    private @Nullable Output<List<String>> phases;

    /**
     * @return Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
     * 
     */
    public Optional<Output<List<String>>> phases() {
        return Optional.ofNullable(this.phases);
    }

    /**
     * Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
     * 
     */
    @Import(name="polish")
    private @Nullable Output<String> polish;

    /**
     * @return Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
     * 
     */
    public Optional<Output<String>> polish() {
        return Optional.ofNullable(this.polish);
    }

    @Import(name="private")
    private @Nullable Output<RulesetRuleActionParametersPrivateArgs> private_;

    public Optional<Output<RulesetRuleActionParametersPrivateArgs>> private_() {
        return Optional.ofNullable(this.private_);
    }

    /**
     * Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
     * 
     */
    @Import(name="products")
    private @Nullable Output<List<String>> products;

    /**
     * @return Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
     * 
     */
    public Optional<Output<List<String>>> products() {
        return Optional.ofNullable(this.products);
    }

    @Import(name="proxyRevalidate")
    private @Nullable Output<RulesetRuleActionParametersProxyRevalidateArgs> proxyRevalidate;

    public Optional<Output<RulesetRuleActionParametersProxyRevalidateArgs>> proxyRevalidate() {
        return Optional.ofNullable(this.proxyRevalidate);
    }

    @Import(name="public")
    private @Nullable Output<RulesetRuleActionParametersPublicArgs> public_;

    public Optional<Output<RulesetRuleActionParametersPublicArgs>> public_() {
        return Optional.ofNullable(this.public_);
    }

    @Import(name="rawResponseFields")
    private @Nullable Output<List<RulesetRuleActionParametersRawResponseFieldArgs>> rawResponseFields;

    public Optional<Output<List<RulesetRuleActionParametersRawResponseFieldArgs>>> rawResponseFields() {
        return Optional.ofNullable(this.rawResponseFields);
    }

    @Import(name="readTimeout")
    private @Nullable Output<Integer> readTimeout;

    public Optional<Output<Integer>> readTimeout() {
        return Optional.ofNullable(this.readTimeout);
    }

    @Import(name="redirectsForAiTraining")
    private @Nullable Output<Boolean> redirectsForAiTraining;

    public Optional<Output<Boolean>> redirectsForAiTraining() {
        return Optional.ofNullable(this.redirectsForAiTraining);
    }

    /**
     * Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
     * 
     */
    @Import(name="requestBodyBuffering")
    private @Nullable Output<String> requestBodyBuffering;

    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
     * 
     */
    public Optional<Output<String>> requestBodyBuffering() {
        return Optional.ofNullable(this.requestBodyBuffering);
    }

    @Import(name="requestFields")
    private @Nullable Output<List<RulesetRuleActionParametersRequestFieldArgs>> requestFields;

    public Optional<Output<List<RulesetRuleActionParametersRequestFieldArgs>>> requestFields() {
        return Optional.ofNullable(this.requestFields);
    }

    @Import(name="respectStrongEtags")
    private @Nullable Output<Boolean> respectStrongEtags;

    public Optional<Output<Boolean>> respectStrongEtags() {
        return Optional.ofNullable(this.respectStrongEtags);
    }

    @Import(name="response")
    private @Nullable Output<RulesetRuleActionParametersResponseArgs> response;

    public Optional<Output<RulesetRuleActionParametersResponseArgs>> response() {
        return Optional.ofNullable(this.response);
    }

    /**
     * Available values: &#34;none&#34;, &#34;standard&#34;.
     * 
     */
    @Import(name="responseBodyBuffering")
    private @Nullable Output<String> responseBodyBuffering;

    /**
     * @return Available values: &#34;none&#34;, &#34;standard&#34;.
     * 
     */
    public Optional<Output<String>> responseBodyBuffering() {
        return Optional.ofNullable(this.responseBodyBuffering);
    }

    @Import(name="responseFields")
    private @Nullable Output<List<RulesetRuleActionParametersResponseFieldArgs>> responseFields;

    public Optional<Output<List<RulesetRuleActionParametersResponseFieldArgs>>> responseFields() {
        return Optional.ofNullable(this.responseFields);
    }

    @Import(name="rocketLoader")
    private @Nullable Output<Boolean> rocketLoader;

    public Optional<Output<Boolean>> rocketLoader() {
        return Optional.ofNullable(this.rocketLoader);
    }

    @Import(name="rules")
    private @Nullable Output<Map<String,List<String>>> rules;

    public Optional<Output<Map<String,List<String>>>> rules() {
        return Optional.ofNullable(this.rules);
    }

    /**
     * Available values: &#34;current&#34;.
     * 
     */
    @Import(name="ruleset")
    private @Nullable Output<String> ruleset;

    /**
     * @return Available values: &#34;current&#34;.
     * 
     */
    public Optional<Output<String>> ruleset() {
        return Optional.ofNullable(this.ruleset);
    }

    @Import(name="rulesets")
    private @Nullable Output<List<String>> rulesets;

    public Optional<Output<List<String>>> rulesets() {
        return Optional.ofNullable(this.rulesets);
    }

    @Import(name="sMaxage")
    private @Nullable Output<RulesetRuleActionParametersSMaxageArgs> sMaxage;

    public Optional<Output<RulesetRuleActionParametersSMaxageArgs>> sMaxage() {
        return Optional.ofNullable(this.sMaxage);
    }

    /**
     * Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
     * 
     */
    @Import(name="securityLevel")
    private @Nullable Output<String> securityLevel;

    /**
     * @return Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
     * 
     */
    public Optional<Output<String>> securityLevel() {
        return Optional.ofNullable(this.securityLevel);
    }

    @Import(name="serveStale")
    private @Nullable Output<RulesetRuleActionParametersServeStaleArgs> serveStale;

    public Optional<Output<RulesetRuleActionParametersServeStaleArgs>> serveStale() {
        return Optional.ofNullable(this.serveStale);
    }

    @Import(name="serverSideExcludes")
    private @Nullable Output<Boolean> serverSideExcludes;

    public Optional<Output<Boolean>> serverSideExcludes() {
        return Optional.ofNullable(this.serverSideExcludes);
    }

    @Import(name="sni")
    private @Nullable Output<RulesetRuleActionParametersSniArgs> sni;

    public Optional<Output<RulesetRuleActionParametersSniArgs>> sni() {
        return Optional.ofNullable(this.sni);
    }

    /**
     * Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
     * 
     */
    @Import(name="ssl")
    private @Nullable Output<String> ssl;

    /**
     * @return Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
     * 
     */
    public Optional<Output<String>> ssl() {
        return Optional.ofNullable(this.ssl);
    }

    @Import(name="staleIfError")
    private @Nullable Output<RulesetRuleActionParametersStaleIfErrorArgs> staleIfError;

    public Optional<Output<RulesetRuleActionParametersStaleIfErrorArgs>> staleIfError() {
        return Optional.ofNullable(this.staleIfError);
    }

    @Import(name="staleWhileRevalidate")
    private @Nullable Output<RulesetRuleActionParametersStaleWhileRevalidateArgs> staleWhileRevalidate;

    public Optional<Output<RulesetRuleActionParametersStaleWhileRevalidateArgs>> staleWhileRevalidate() {
        return Optional.ofNullable(this.staleWhileRevalidate);
    }

    @Import(name="statusCode")
    private @Nullable Output<Integer> statusCode;

    public Optional<Output<Integer>> statusCode() {
        return Optional.ofNullable(this.statusCode);
    }

    @Import(name="stripEtags")
    private @Nullable Output<Boolean> stripEtags;

    public Optional<Output<Boolean>> stripEtags() {
        return Optional.ofNullable(this.stripEtags);
    }

    @Import(name="stripLastModified")
    private @Nullable Output<Boolean> stripLastModified;

    public Optional<Output<Boolean>> stripLastModified() {
        return Optional.ofNullable(this.stripLastModified);
    }

    @Import(name="stripSetCookie")
    private @Nullable Output<Boolean> stripSetCookie;

    public Optional<Output<Boolean>> stripSetCookie() {
        return Optional.ofNullable(this.stripSetCookie);
    }

    @Import(name="sxg")
    private @Nullable Output<Boolean> sxg;

    public Optional<Output<Boolean>> sxg() {
        return Optional.ofNullable(this.sxg);
    }

    @Import(name="transformedRequestFields")
    private @Nullable Output<List<RulesetRuleActionParametersTransformedRequestFieldArgs>> transformedRequestFields;

    public Optional<Output<List<RulesetRuleActionParametersTransformedRequestFieldArgs>>> transformedRequestFields() {
        return Optional.ofNullable(this.transformedRequestFields);
    }

    @Import(name="uri")
    private @Nullable Output<RulesetRuleActionParametersUriArgs> uri;

    public Optional<Output<RulesetRuleActionParametersUriArgs>> uri() {
        return Optional.ofNullable(this.uri);
    }

    @Import(name="values")
    private @Nullable Output<List<String>> values;

    public Optional<Output<List<String>>> values() {
        return Optional.ofNullable(this.values);
    }

    @Import(name="vary")
    private @Nullable Output<RulesetRuleActionParametersVaryArgs> vary;

    public Optional<Output<RulesetRuleActionParametersVaryArgs>> vary() {
        return Optional.ofNullable(this.vary);
    }

    private RulesetRuleActionParametersArgs() {}

    private RulesetRuleActionParametersArgs(RulesetRuleActionParametersArgs $) {
        this.additionalCacheablePorts = $.additionalCacheablePorts;
        this.algorithms = $.algorithms;
        this.assetName = $.assetName;
        this.automaticHttpsRewrites = $.automaticHttpsRewrites;
        this.autominify = $.autominify;
        this.bic = $.bic;
        this.browserTtl = $.browserTtl;
        this.cache = $.cache;
        this.cacheKey = $.cacheKey;
        this.cacheReserve = $.cacheReserve;
        this.content = $.content;
        this.contentConverter = $.contentConverter;
        this.contentType = $.contentType;
        this.cookieFields = $.cookieFields;
        this.disableApps = $.disableApps;
        this.disableRum = $.disableRum;
        this.disableZaraz = $.disableZaraz;
        this.edgeTtl = $.edgeTtl;
        this.emailObfuscation = $.emailObfuscation;
        this.expression = $.expression;
        this.fonts = $.fonts;
        this.fromList = $.fromList;
        this.fromValue = $.fromValue;
        this.headers = $.headers;
        this.hostHeader = $.hostHeader;
        this.hotlinkProtection = $.hotlinkProtection;
        this.id = $.id;
        this.immutable = $.immutable;
        this.increment = $.increment;
        this.matchedData = $.matchedData;
        this.maxAge = $.maxAge;
        this.mirage = $.mirage;
        this.mustRevalidate = $.mustRevalidate;
        this.mustUnderstand = $.mustUnderstand;
        this.noCache = $.noCache;
        this.noStore = $.noStore;
        this.noTransform = $.noTransform;
        this.operation = $.operation;
        this.opportunisticEncryption = $.opportunisticEncryption;
        this.origin = $.origin;
        this.originCacheControl = $.originCacheControl;
        this.originErrorPagePassthru = $.originErrorPagePassthru;
        this.originRangeRequests = $.originRangeRequests;
        this.overrides = $.overrides;
        this.phases = $.phases;
        this.polish = $.polish;
        this.private_ = $.private_;
        this.products = $.products;
        this.proxyRevalidate = $.proxyRevalidate;
        this.public_ = $.public_;
        this.rawResponseFields = $.rawResponseFields;
        this.readTimeout = $.readTimeout;
        this.redirectsForAiTraining = $.redirectsForAiTraining;
        this.requestBodyBuffering = $.requestBodyBuffering;
        this.requestFields = $.requestFields;
        this.respectStrongEtags = $.respectStrongEtags;
        this.response = $.response;
        this.responseBodyBuffering = $.responseBodyBuffering;
        this.responseFields = $.responseFields;
        this.rocketLoader = $.rocketLoader;
        this.rules = $.rules;
        this.ruleset = $.ruleset;
        this.rulesets = $.rulesets;
        this.sMaxage = $.sMaxage;
        this.securityLevel = $.securityLevel;
        this.serveStale = $.serveStale;
        this.serverSideExcludes = $.serverSideExcludes;
        this.sni = $.sni;
        this.ssl = $.ssl;
        this.staleIfError = $.staleIfError;
        this.staleWhileRevalidate = $.staleWhileRevalidate;
        this.statusCode = $.statusCode;
        this.stripEtags = $.stripEtags;
        this.stripLastModified = $.stripLastModified;
        this.stripSetCookie = $.stripSetCookie;
        this.sxg = $.sxg;
        this.transformedRequestFields = $.transformedRequestFields;
        this.uri = $.uri;
        this.values = $.values;
        this.vary = $.vary;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(RulesetRuleActionParametersArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private RulesetRuleActionParametersArgs $;

        public Builder() {
            $ = new RulesetRuleActionParametersArgs();
        }

        public Builder(RulesetRuleActionParametersArgs defaults) {
            $ = new RulesetRuleActionParametersArgs(Objects.requireNonNull(defaults));
        }

        public Builder additionalCacheablePorts(@Nullable Output<List<Integer>> additionalCacheablePorts) {
            $.additionalCacheablePorts = additionalCacheablePorts;
            return this;
        }

        public Builder additionalCacheablePorts(List<Integer> additionalCacheablePorts) {
            return additionalCacheablePorts(Output.of(additionalCacheablePorts));
        }

        public Builder additionalCacheablePorts(Integer... additionalCacheablePorts) {
            return additionalCacheablePorts(List.of(additionalCacheablePorts));
        }

        public Builder algorithms(@Nullable Output<List<RulesetRuleActionParametersAlgorithmArgs>> algorithms) {
            $.algorithms = algorithms;
            return this;
        }

        public Builder algorithms(List<RulesetRuleActionParametersAlgorithmArgs> algorithms) {
            return algorithms(Output.of(algorithms));
        }

        public Builder algorithms(RulesetRuleActionParametersAlgorithmArgs... algorithms) {
            return algorithms(List.of(algorithms));
        }

        public Builder assetName(@Nullable Output<String> assetName) {
            $.assetName = assetName;
            return this;
        }

        public Builder assetName(String assetName) {
            return assetName(Output.of(assetName));
        }

        public Builder automaticHttpsRewrites(@Nullable Output<Boolean> automaticHttpsRewrites) {
            $.automaticHttpsRewrites = automaticHttpsRewrites;
            return this;
        }

        public Builder automaticHttpsRewrites(Boolean automaticHttpsRewrites) {
            return automaticHttpsRewrites(Output.of(automaticHttpsRewrites));
        }

        public Builder autominify(@Nullable Output<RulesetRuleActionParametersAutominifyArgs> autominify) {
            $.autominify = autominify;
            return this;
        }

        public Builder autominify(RulesetRuleActionParametersAutominifyArgs autominify) {
            return autominify(Output.of(autominify));
        }

        public Builder bic(@Nullable Output<Boolean> bic) {
            $.bic = bic;
            return this;
        }

        public Builder bic(Boolean bic) {
            return bic(Output.of(bic));
        }

        public Builder browserTtl(@Nullable Output<RulesetRuleActionParametersBrowserTtlArgs> browserTtl) {
            $.browserTtl = browserTtl;
            return this;
        }

        public Builder browserTtl(RulesetRuleActionParametersBrowserTtlArgs browserTtl) {
            return browserTtl(Output.of(browserTtl));
        }

        public Builder cache(@Nullable Output<Boolean> cache) {
            $.cache = cache;
            return this;
        }

        public Builder cache(Boolean cache) {
            return cache(Output.of(cache));
        }

        public Builder cacheKey(@Nullable Output<RulesetRuleActionParametersCacheKeyArgs> cacheKey) {
            $.cacheKey = cacheKey;
            return this;
        }

        public Builder cacheKey(RulesetRuleActionParametersCacheKeyArgs cacheKey) {
            return cacheKey(Output.of(cacheKey));
        }

        public Builder cacheReserve(@Nullable Output<RulesetRuleActionParametersCacheReserveArgs> cacheReserve) {
            $.cacheReserve = cacheReserve;
            return this;
        }

        public Builder cacheReserve(RulesetRuleActionParametersCacheReserveArgs cacheReserve) {
            return cacheReserve(Output.of(cacheReserve));
        }

        public Builder content(@Nullable Output<String> content) {
            $.content = content;
            return this;
        }

        public Builder content(String content) {
            return content(Output.of(content));
        }

        public Builder contentConverter(@Nullable Output<Boolean> contentConverter) {
            $.contentConverter = contentConverter;
            return this;
        }

        public Builder contentConverter(Boolean contentConverter) {
            return contentConverter(Output.of(contentConverter));
        }

        /**
         * @param contentType Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
         * 
         * @return builder
         * 
         */
        public Builder contentType(@Nullable Output<String> contentType) {
            $.contentType = contentType;
            return this;
        }

        /**
         * @param contentType Available values: &#34;application/json&#34;, &#34;text/html&#34;, &#34;text/plain&#34;, &#34;text/xml&#34;.
         * 
         * @return builder
         * 
         */
        public Builder contentType(String contentType) {
            return contentType(Output.of(contentType));
        }

        public Builder cookieFields(@Nullable Output<List<RulesetRuleActionParametersCookieFieldArgs>> cookieFields) {
            $.cookieFields = cookieFields;
            return this;
        }

        public Builder cookieFields(List<RulesetRuleActionParametersCookieFieldArgs> cookieFields) {
            return cookieFields(Output.of(cookieFields));
        }

        public Builder cookieFields(RulesetRuleActionParametersCookieFieldArgs... cookieFields) {
            return cookieFields(List.of(cookieFields));
        }

        public Builder disableApps(@Nullable Output<Boolean> disableApps) {
            $.disableApps = disableApps;
            return this;
        }

        public Builder disableApps(Boolean disableApps) {
            return disableApps(Output.of(disableApps));
        }

        public Builder disableRum(@Nullable Output<Boolean> disableRum) {
            $.disableRum = disableRum;
            return this;
        }

        public Builder disableRum(Boolean disableRum) {
            return disableRum(Output.of(disableRum));
        }

        public Builder disableZaraz(@Nullable Output<Boolean> disableZaraz) {
            $.disableZaraz = disableZaraz;
            return this;
        }

        public Builder disableZaraz(Boolean disableZaraz) {
            return disableZaraz(Output.of(disableZaraz));
        }

        public Builder edgeTtl(@Nullable Output<RulesetRuleActionParametersEdgeTtlArgs> edgeTtl) {
            $.edgeTtl = edgeTtl;
            return this;
        }

        public Builder edgeTtl(RulesetRuleActionParametersEdgeTtlArgs edgeTtl) {
            return edgeTtl(Output.of(edgeTtl));
        }

        public Builder emailObfuscation(@Nullable Output<Boolean> emailObfuscation) {
            $.emailObfuscation = emailObfuscation;
            return this;
        }

        public Builder emailObfuscation(Boolean emailObfuscation) {
            return emailObfuscation(Output.of(emailObfuscation));
        }

        public Builder expression(@Nullable Output<String> expression) {
            $.expression = expression;
            return this;
        }

        public Builder expression(String expression) {
            return expression(Output.of(expression));
        }

        public Builder fonts(@Nullable Output<Boolean> fonts) {
            $.fonts = fonts;
            return this;
        }

        public Builder fonts(Boolean fonts) {
            return fonts(Output.of(fonts));
        }

        public Builder fromList(@Nullable Output<RulesetRuleActionParametersFromListArgs> fromList) {
            $.fromList = fromList;
            return this;
        }

        public Builder fromList(RulesetRuleActionParametersFromListArgs fromList) {
            return fromList(Output.of(fromList));
        }

        public Builder fromValue(@Nullable Output<RulesetRuleActionParametersFromValueArgs> fromValue) {
            $.fromValue = fromValue;
            return this;
        }

        public Builder fromValue(RulesetRuleActionParametersFromValueArgs fromValue) {
            return fromValue(Output.of(fromValue));
        }

        public Builder headers(@Nullable Output<Map<String,RulesetRuleActionParametersHeadersArgs>> headers) {
            $.headers = headers;
            return this;
        }

        public Builder headers(Map<String,RulesetRuleActionParametersHeadersArgs> headers) {
            return headers(Output.of(headers));
        }

        public Builder hostHeader(@Nullable Output<String> hostHeader) {
            $.hostHeader = hostHeader;
            return this;
        }

        public Builder hostHeader(String hostHeader) {
            return hostHeader(Output.of(hostHeader));
        }

        public Builder hotlinkProtection(@Nullable Output<Boolean> hotlinkProtection) {
            $.hotlinkProtection = hotlinkProtection;
            return this;
        }

        public Builder hotlinkProtection(Boolean hotlinkProtection) {
            return hotlinkProtection(Output.of(hotlinkProtection));
        }

        public Builder id(@Nullable Output<String> id) {
            $.id = id;
            return this;
        }

        public Builder id(String id) {
            return id(Output.of(id));
        }

        public Builder immutable(@Nullable Output<RulesetRuleActionParametersImmutableArgs> immutable) {
            $.immutable = immutable;
            return this;
        }

        public Builder immutable(RulesetRuleActionParametersImmutableArgs immutable) {
            return immutable(Output.of(immutable));
        }

        public Builder increment(@Nullable Output<Integer> increment) {
            $.increment = increment;
            return this;
        }

        public Builder increment(Integer increment) {
            return increment(Output.of(increment));
        }

        public Builder matchedData(@Nullable Output<RulesetRuleActionParametersMatchedDataArgs> matchedData) {
            $.matchedData = matchedData;
            return this;
        }

        public Builder matchedData(RulesetRuleActionParametersMatchedDataArgs matchedData) {
            return matchedData(Output.of(matchedData));
        }

        public Builder maxAge(@Nullable Output<RulesetRuleActionParametersMaxAgeArgs> maxAge) {
            $.maxAge = maxAge;
            return this;
        }

        public Builder maxAge(RulesetRuleActionParametersMaxAgeArgs maxAge) {
            return maxAge(Output.of(maxAge));
        }

        public Builder mirage(@Nullable Output<Boolean> mirage) {
            $.mirage = mirage;
            return this;
        }

        public Builder mirage(Boolean mirage) {
            return mirage(Output.of(mirage));
        }

        public Builder mustRevalidate(@Nullable Output<RulesetRuleActionParametersMustRevalidateArgs> mustRevalidate) {
            $.mustRevalidate = mustRevalidate;
            return this;
        }

        public Builder mustRevalidate(RulesetRuleActionParametersMustRevalidateArgs mustRevalidate) {
            return mustRevalidate(Output.of(mustRevalidate));
        }

        public Builder mustUnderstand(@Nullable Output<RulesetRuleActionParametersMustUnderstandArgs> mustUnderstand) {
            $.mustUnderstand = mustUnderstand;
            return this;
        }

        public Builder mustUnderstand(RulesetRuleActionParametersMustUnderstandArgs mustUnderstand) {
            return mustUnderstand(Output.of(mustUnderstand));
        }

        public Builder noCache(@Nullable Output<RulesetRuleActionParametersNoCacheArgs> noCache) {
            $.noCache = noCache;
            return this;
        }

        public Builder noCache(RulesetRuleActionParametersNoCacheArgs noCache) {
            return noCache(Output.of(noCache));
        }

        public Builder noStore(@Nullable Output<RulesetRuleActionParametersNoStoreArgs> noStore) {
            $.noStore = noStore;
            return this;
        }

        public Builder noStore(RulesetRuleActionParametersNoStoreArgs noStore) {
            return noStore(Output.of(noStore));
        }

        public Builder noTransform(@Nullable Output<RulesetRuleActionParametersNoTransformArgs> noTransform) {
            $.noTransform = noTransform;
            return this;
        }

        public Builder noTransform(RulesetRuleActionParametersNoTransformArgs noTransform) {
            return noTransform(Output.of(noTransform));
        }

        /**
         * @param operation Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(@Nullable Output<String> operation) {
            $.operation = operation;
            return this;
        }

        /**
         * @param operation Available values: &#34;set&#34;, &#34;add&#34;, &#34;remove&#34;.
         * 
         * @return builder
         * 
         */
        public Builder operation(String operation) {
            return operation(Output.of(operation));
        }

        public Builder opportunisticEncryption(@Nullable Output<Boolean> opportunisticEncryption) {
            $.opportunisticEncryption = opportunisticEncryption;
            return this;
        }

        public Builder opportunisticEncryption(Boolean opportunisticEncryption) {
            return opportunisticEncryption(Output.of(opportunisticEncryption));
        }

        public Builder origin(@Nullable Output<RulesetRuleActionParametersOriginArgs> origin) {
            $.origin = origin;
            return this;
        }

        public Builder origin(RulesetRuleActionParametersOriginArgs origin) {
            return origin(Output.of(origin));
        }

        public Builder originCacheControl(@Nullable Output<Boolean> originCacheControl) {
            $.originCacheControl = originCacheControl;
            return this;
        }

        public Builder originCacheControl(Boolean originCacheControl) {
            return originCacheControl(Output.of(originCacheControl));
        }

        public Builder originErrorPagePassthru(@Nullable Output<Boolean> originErrorPagePassthru) {
            $.originErrorPagePassthru = originErrorPagePassthru;
            return this;
        }

        public Builder originErrorPagePassthru(Boolean originErrorPagePassthru) {
            return originErrorPagePassthru(Output.of(originErrorPagePassthru));
        }

        public Builder originRangeRequests(@Nullable Output<RulesetRuleActionParametersOriginRangeRequestsArgs> originRangeRequests) {
            $.originRangeRequests = originRangeRequests;
            return this;
        }

        public Builder originRangeRequests(RulesetRuleActionParametersOriginRangeRequestsArgs originRangeRequests) {
            return originRangeRequests(Output.of(originRangeRequests));
        }

        public Builder overrides(@Nullable Output<RulesetRuleActionParametersOverridesArgs> overrides) {
            $.overrides = overrides;
            return this;
        }

        public Builder overrides(RulesetRuleActionParametersOverridesArgs overrides) {
            return overrides(Output.of(overrides));
        }

        /**
         * @param phases Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
         * 
         * @return builder
         * 
         */
        public Builder phases(@Nullable Output<List<String>> phases) {
            $.phases = phases;
            return this;
        }

        /**
         * @param phases Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
         * 
         * @return builder
         * 
         */
        public Builder phases(List<String> phases) {
            return phases(Output.of(phases));
        }

        /**
         * @param phases Available values: &#34;ddos_l4&#34;, &#34;ddos_l7&#34;, &#34;http_config_settings&#34;, &#34;http_custom_errors&#34;, &#34;http_log_custom_fields&#34;, &#34;http_ratelimit&#34;, &#34;http_request_cache_settings&#34;, &#34;http_request_dynamic_redirect&#34;, &#34;http_request_firewall_custom&#34;, &#34;http_request_firewall_managed&#34;, &#34;http_request_late_transform&#34;, &#34;http_request_origin&#34;, &#34;http_request_redirect&#34;, &#34;http_request_sanitize&#34;, &#34;http_request_sbfm&#34;, &#34;http_request_transform&#34;, &#34;http_response_cache_settings&#34;, &#34;http_response_compression&#34;, &#34;http_response_firewall_managed&#34;, &#34;http_response_headers_transform&#34;, &#34;magic_transit&#34;, &#34;magic_transit_ids_managed&#34;, &#34;magic_transit_managed&#34;, &#34;magic_transit_ratelimit&#34;.
         * 
         * @return builder
         * 
         */
        public Builder phases(String... phases) {
            return phases(List.of(phases));
        }

        /**
         * @param polish Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
         * 
         * @return builder
         * 
         */
        public Builder polish(@Nullable Output<String> polish) {
            $.polish = polish;
            return this;
        }

        /**
         * @param polish Available values: &#34;off&#34;, &#34;lossless&#34;, &#34;lossy&#34;, &#34;webp&#34;.
         * 
         * @return builder
         * 
         */
        public Builder polish(String polish) {
            return polish(Output.of(polish));
        }

        public Builder private_(@Nullable Output<RulesetRuleActionParametersPrivateArgs> private_) {
            $.private_ = private_;
            return this;
        }

        public Builder private_(RulesetRuleActionParametersPrivateArgs private_) {
            return private_(Output.of(private_));
        }

        /**
         * @param products Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
         * 
         * @return builder
         * 
         */
        public Builder products(@Nullable Output<List<String>> products) {
            $.products = products;
            return this;
        }

        /**
         * @param products Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
         * 
         * @return builder
         * 
         */
        public Builder products(List<String> products) {
            return products(Output.of(products));
        }

        /**
         * @param products Available values: &#34;bic&#34;, &#34;hot&#34;, &#34;rateLimit&#34;, &#34;securityLevel&#34;, &#34;uaBlock&#34;, &#34;waf&#34;, &#34;zoneLockdown&#34;.
         * 
         * @return builder
         * 
         */
        public Builder products(String... products) {
            return products(List.of(products));
        }

        public Builder proxyRevalidate(@Nullable Output<RulesetRuleActionParametersProxyRevalidateArgs> proxyRevalidate) {
            $.proxyRevalidate = proxyRevalidate;
            return this;
        }

        public Builder proxyRevalidate(RulesetRuleActionParametersProxyRevalidateArgs proxyRevalidate) {
            return proxyRevalidate(Output.of(proxyRevalidate));
        }

        public Builder public_(@Nullable Output<RulesetRuleActionParametersPublicArgs> public_) {
            $.public_ = public_;
            return this;
        }

        public Builder public_(RulesetRuleActionParametersPublicArgs public_) {
            return public_(Output.of(public_));
        }

        public Builder rawResponseFields(@Nullable Output<List<RulesetRuleActionParametersRawResponseFieldArgs>> rawResponseFields) {
            $.rawResponseFields = rawResponseFields;
            return this;
        }

        public Builder rawResponseFields(List<RulesetRuleActionParametersRawResponseFieldArgs> rawResponseFields) {
            return rawResponseFields(Output.of(rawResponseFields));
        }

        public Builder rawResponseFields(RulesetRuleActionParametersRawResponseFieldArgs... rawResponseFields) {
            return rawResponseFields(List.of(rawResponseFields));
        }

        public Builder readTimeout(@Nullable Output<Integer> readTimeout) {
            $.readTimeout = readTimeout;
            return this;
        }

        public Builder readTimeout(Integer readTimeout) {
            return readTimeout(Output.of(readTimeout));
        }

        public Builder redirectsForAiTraining(@Nullable Output<Boolean> redirectsForAiTraining) {
            $.redirectsForAiTraining = redirectsForAiTraining;
            return this;
        }

        public Builder redirectsForAiTraining(Boolean redirectsForAiTraining) {
            return redirectsForAiTraining(Output.of(redirectsForAiTraining));
        }

        /**
         * @param requestBodyBuffering Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
         * 
         * @return builder
         * 
         */
        public Builder requestBodyBuffering(@Nullable Output<String> requestBodyBuffering) {
            $.requestBodyBuffering = requestBodyBuffering;
            return this;
        }

        /**
         * @param requestBodyBuffering Available values: &#34;none&#34;, &#34;standard&#34;, &#34;full&#34;.
         * 
         * @return builder
         * 
         */
        public Builder requestBodyBuffering(String requestBodyBuffering) {
            return requestBodyBuffering(Output.of(requestBodyBuffering));
        }

        public Builder requestFields(@Nullable Output<List<RulesetRuleActionParametersRequestFieldArgs>> requestFields) {
            $.requestFields = requestFields;
            return this;
        }

        public Builder requestFields(List<RulesetRuleActionParametersRequestFieldArgs> requestFields) {
            return requestFields(Output.of(requestFields));
        }

        public Builder requestFields(RulesetRuleActionParametersRequestFieldArgs... requestFields) {
            return requestFields(List.of(requestFields));
        }

        public Builder respectStrongEtags(@Nullable Output<Boolean> respectStrongEtags) {
            $.respectStrongEtags = respectStrongEtags;
            return this;
        }

        public Builder respectStrongEtags(Boolean respectStrongEtags) {
            return respectStrongEtags(Output.of(respectStrongEtags));
        }

        public Builder response(@Nullable Output<RulesetRuleActionParametersResponseArgs> response) {
            $.response = response;
            return this;
        }

        public Builder response(RulesetRuleActionParametersResponseArgs response) {
            return response(Output.of(response));
        }

        /**
         * @param responseBodyBuffering Available values: &#34;none&#34;, &#34;standard&#34;.
         * 
         * @return builder
         * 
         */
        public Builder responseBodyBuffering(@Nullable Output<String> responseBodyBuffering) {
            $.responseBodyBuffering = responseBodyBuffering;
            return this;
        }

        /**
         * @param responseBodyBuffering Available values: &#34;none&#34;, &#34;standard&#34;.
         * 
         * @return builder
         * 
         */
        public Builder responseBodyBuffering(String responseBodyBuffering) {
            return responseBodyBuffering(Output.of(responseBodyBuffering));
        }

        public Builder responseFields(@Nullable Output<List<RulesetRuleActionParametersResponseFieldArgs>> responseFields) {
            $.responseFields = responseFields;
            return this;
        }

        public Builder responseFields(List<RulesetRuleActionParametersResponseFieldArgs> responseFields) {
            return responseFields(Output.of(responseFields));
        }

        public Builder responseFields(RulesetRuleActionParametersResponseFieldArgs... responseFields) {
            return responseFields(List.of(responseFields));
        }

        public Builder rocketLoader(@Nullable Output<Boolean> rocketLoader) {
            $.rocketLoader = rocketLoader;
            return this;
        }

        public Builder rocketLoader(Boolean rocketLoader) {
            return rocketLoader(Output.of(rocketLoader));
        }

        public Builder rules(@Nullable Output<Map<String,List<String>>> rules) {
            $.rules = rules;
            return this;
        }

        public Builder rules(Map<String,List<String>> rules) {
            return rules(Output.of(rules));
        }

        /**
         * @param ruleset Available values: &#34;current&#34;.
         * 
         * @return builder
         * 
         */
        public Builder ruleset(@Nullable Output<String> ruleset) {
            $.ruleset = ruleset;
            return this;
        }

        /**
         * @param ruleset Available values: &#34;current&#34;.
         * 
         * @return builder
         * 
         */
        public Builder ruleset(String ruleset) {
            return ruleset(Output.of(ruleset));
        }

        public Builder rulesets(@Nullable Output<List<String>> rulesets) {
            $.rulesets = rulesets;
            return this;
        }

        public Builder rulesets(List<String> rulesets) {
            return rulesets(Output.of(rulesets));
        }

        public Builder rulesets(String... rulesets) {
            return rulesets(List.of(rulesets));
        }

        public Builder sMaxage(@Nullable Output<RulesetRuleActionParametersSMaxageArgs> sMaxage) {
            $.sMaxage = sMaxage;
            return this;
        }

        public Builder sMaxage(RulesetRuleActionParametersSMaxageArgs sMaxage) {
            return sMaxage(Output.of(sMaxage));
        }

        /**
         * @param securityLevel Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
         * 
         * @return builder
         * 
         */
        public Builder securityLevel(@Nullable Output<String> securityLevel) {
            $.securityLevel = securityLevel;
            return this;
        }

        /**
         * @param securityLevel Available values: &#34;off&#34;, &#34;essentially_off&#34;, &#34;low&#34;, &#34;medium&#34;, &#34;high&#34;, &#34;under_attack&#34;.
         * 
         * @return builder
         * 
         */
        public Builder securityLevel(String securityLevel) {
            return securityLevel(Output.of(securityLevel));
        }

        public Builder serveStale(@Nullable Output<RulesetRuleActionParametersServeStaleArgs> serveStale) {
            $.serveStale = serveStale;
            return this;
        }

        public Builder serveStale(RulesetRuleActionParametersServeStaleArgs serveStale) {
            return serveStale(Output.of(serveStale));
        }

        public Builder serverSideExcludes(@Nullable Output<Boolean> serverSideExcludes) {
            $.serverSideExcludes = serverSideExcludes;
            return this;
        }

        public Builder serverSideExcludes(Boolean serverSideExcludes) {
            return serverSideExcludes(Output.of(serverSideExcludes));
        }

        public Builder sni(@Nullable Output<RulesetRuleActionParametersSniArgs> sni) {
            $.sni = sni;
            return this;
        }

        public Builder sni(RulesetRuleActionParametersSniArgs sni) {
            return sni(Output.of(sni));
        }

        /**
         * @param ssl Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
         * 
         * @return builder
         * 
         */
        public Builder ssl(@Nullable Output<String> ssl) {
            $.ssl = ssl;
            return this;
        }

        /**
         * @param ssl Available values: &#34;off&#34;, &#34;flexible&#34;, &#34;full&#34;, &#34;strict&#34;, &#34;originPull&#34;.
         * 
         * @return builder
         * 
         */
        public Builder ssl(String ssl) {
            return ssl(Output.of(ssl));
        }

        public Builder staleIfError(@Nullable Output<RulesetRuleActionParametersStaleIfErrorArgs> staleIfError) {
            $.staleIfError = staleIfError;
            return this;
        }

        public Builder staleIfError(RulesetRuleActionParametersStaleIfErrorArgs staleIfError) {
            return staleIfError(Output.of(staleIfError));
        }

        public Builder staleWhileRevalidate(@Nullable Output<RulesetRuleActionParametersStaleWhileRevalidateArgs> staleWhileRevalidate) {
            $.staleWhileRevalidate = staleWhileRevalidate;
            return this;
        }

        public Builder staleWhileRevalidate(RulesetRuleActionParametersStaleWhileRevalidateArgs staleWhileRevalidate) {
            return staleWhileRevalidate(Output.of(staleWhileRevalidate));
        }

        public Builder statusCode(@Nullable Output<Integer> statusCode) {
            $.statusCode = statusCode;
            return this;
        }

        public Builder statusCode(Integer statusCode) {
            return statusCode(Output.of(statusCode));
        }

        public Builder stripEtags(@Nullable Output<Boolean> stripEtags) {
            $.stripEtags = stripEtags;
            return this;
        }

        public Builder stripEtags(Boolean stripEtags) {
            return stripEtags(Output.of(stripEtags));
        }

        public Builder stripLastModified(@Nullable Output<Boolean> stripLastModified) {
            $.stripLastModified = stripLastModified;
            return this;
        }

        public Builder stripLastModified(Boolean stripLastModified) {
            return stripLastModified(Output.of(stripLastModified));
        }

        public Builder stripSetCookie(@Nullable Output<Boolean> stripSetCookie) {
            $.stripSetCookie = stripSetCookie;
            return this;
        }

        public Builder stripSetCookie(Boolean stripSetCookie) {
            return stripSetCookie(Output.of(stripSetCookie));
        }

        public Builder sxg(@Nullable Output<Boolean> sxg) {
            $.sxg = sxg;
            return this;
        }

        public Builder sxg(Boolean sxg) {
            return sxg(Output.of(sxg));
        }

        public Builder transformedRequestFields(@Nullable Output<List<RulesetRuleActionParametersTransformedRequestFieldArgs>> transformedRequestFields) {
            $.transformedRequestFields = transformedRequestFields;
            return this;
        }

        public Builder transformedRequestFields(List<RulesetRuleActionParametersTransformedRequestFieldArgs> transformedRequestFields) {
            return transformedRequestFields(Output.of(transformedRequestFields));
        }

        public Builder transformedRequestFields(RulesetRuleActionParametersTransformedRequestFieldArgs... transformedRequestFields) {
            return transformedRequestFields(List.of(transformedRequestFields));
        }

        public Builder uri(@Nullable Output<RulesetRuleActionParametersUriArgs> uri) {
            $.uri = uri;
            return this;
        }

        public Builder uri(RulesetRuleActionParametersUriArgs uri) {
            return uri(Output.of(uri));
        }

        public Builder values(@Nullable Output<List<String>> values) {
            $.values = values;
            return this;
        }

        public Builder values(List<String> values) {
            return values(Output.of(values));
        }

        public Builder values(String... values) {
            return values(List.of(values));
        }

        public Builder vary(@Nullable Output<RulesetRuleActionParametersVaryArgs> vary) {
            $.vary = vary;
            return this;
        }

        public Builder vary(RulesetRuleActionParametersVaryArgs vary) {
            return vary(Output.of(vary));
        }

        public RulesetRuleActionParametersArgs build() {
            return $;
        }
    }

}
