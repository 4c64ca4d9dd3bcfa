// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import java.lang.Double;
import java.lang.Object;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;


public final class DnsRecordDataArgs extends com.pulumi.resources.ResourceArgs {

    public static final DnsRecordDataArgs Empty = new DnsRecordDataArgs();

    @Import(name="algorithm")
    private @Nullable Output<Double> algorithm;

    public Optional<Output<Double>> algorithm() {
        return Optional.ofNullable(this.algorithm);
    }

    @Import(name="altitude")
    private @Nullable Output<Double> altitude;

    public Optional<Output<Double>> altitude() {
        return Optional.ofNullable(this.altitude);
    }

    @Import(name="certificate")
    private @Nullable Output<String> certificate;

    public Optional<Output<String>> certificate() {
        return Optional.ofNullable(this.certificate);
    }

    @Import(name="digest")
    private @Nullable Output<String> digest;

    public Optional<Output<String>> digest() {
        return Optional.ofNullable(this.digest);
    }

    @Import(name="digestType")
    private @Nullable Output<Double> digestType;

    public Optional<Output<Double>> digestType() {
        return Optional.ofNullable(this.digestType);
    }

    @Import(name="fingerprint")
    private @Nullable Output<String> fingerprint;

    public Optional<Output<String>> fingerprint() {
        return Optional.ofNullable(this.fingerprint);
    }

    @Import(name="flags")
    private @Nullable Output<Object> flags;

    public Optional<Output<Object>> flags() {
        return Optional.ofNullable(this.flags);
    }

    @Import(name="keyTag")
    private @Nullable Output<Double> keyTag;

    public Optional<Output<Double>> keyTag() {
        return Optional.ofNullable(this.keyTag);
    }

    @Import(name="latDegrees")
    private @Nullable Output<Double> latDegrees;

    public Optional<Output<Double>> latDegrees() {
        return Optional.ofNullable(this.latDegrees);
    }

    /**
     * Available values: &#34;N&#34;, &#34;S&#34;.
     * 
     */
    @Import(name="latDirection")
    private @Nullable Output<String> latDirection;

    /**
     * @return Available values: &#34;N&#34;, &#34;S&#34;.
     * 
     */
    public Optional<Output<String>> latDirection() {
        return Optional.ofNullable(this.latDirection);
    }

    @Import(name="latMinutes")
    private @Nullable Output<Double> latMinutes;

    public Optional<Output<Double>> latMinutes() {
        return Optional.ofNullable(this.latMinutes);
    }

    @Import(name="latSeconds")
    private @Nullable Output<Double> latSeconds;

    public Optional<Output<Double>> latSeconds() {
        return Optional.ofNullable(this.latSeconds);
    }

    @Import(name="longDegrees")
    private @Nullable Output<Double> longDegrees;

    public Optional<Output<Double>> longDegrees() {
        return Optional.ofNullable(this.longDegrees);
    }

    /**
     * Available values: &#34;E&#34;, &#34;W&#34;.
     * 
     */
    @Import(name="longDirection")
    private @Nullable Output<String> longDirection;

    /**
     * @return Available values: &#34;E&#34;, &#34;W&#34;.
     * 
     */
    public Optional<Output<String>> longDirection() {
        return Optional.ofNullable(this.longDirection);
    }

    @Import(name="longMinutes")
    private @Nullable Output<Double> longMinutes;

    public Optional<Output<Double>> longMinutes() {
        return Optional.ofNullable(this.longMinutes);
    }

    @Import(name="longSeconds")
    private @Nullable Output<Double> longSeconds;

    public Optional<Output<Double>> longSeconds() {
        return Optional.ofNullable(this.longSeconds);
    }

    @Import(name="matchingType")
    private @Nullable Output<Double> matchingType;

    public Optional<Output<Double>> matchingType() {
        return Optional.ofNullable(this.matchingType);
    }

    @Import(name="order")
    private @Nullable Output<Double> order;

    public Optional<Output<Double>> order() {
        return Optional.ofNullable(this.order);
    }

    @Import(name="port")
    private @Nullable Output<Double> port;

    public Optional<Output<Double>> port() {
        return Optional.ofNullable(this.port);
    }

    @Import(name="precisionHorz")
    private @Nullable Output<Double> precisionHorz;

    public Optional<Output<Double>> precisionHorz() {
        return Optional.ofNullable(this.precisionHorz);
    }

    @Import(name="precisionVert")
    private @Nullable Output<Double> precisionVert;

    public Optional<Output<Double>> precisionVert() {
        return Optional.ofNullable(this.precisionVert);
    }

    @Import(name="preference")
    private @Nullable Output<Double> preference;

    public Optional<Output<Double>> preference() {
        return Optional.ofNullable(this.preference);
    }

    @Import(name="priority")
    private @Nullable Output<Double> priority;

    public Optional<Output<Double>> priority() {
        return Optional.ofNullable(this.priority);
    }

    @Import(name="protocol")
    private @Nullable Output<Double> protocol;

    public Optional<Output<Double>> protocol() {
        return Optional.ofNullable(this.protocol);
    }

    @Import(name="publicKey")
    private @Nullable Output<String> publicKey;

    public Optional<Output<String>> publicKey() {
        return Optional.ofNullable(this.publicKey);
    }

    @Import(name="regex")
    private @Nullable Output<String> regex;

    public Optional<Output<String>> regex() {
        return Optional.ofNullable(this.regex);
    }

    @Import(name="replacement")
    private @Nullable Output<String> replacement;

    public Optional<Output<String>> replacement() {
        return Optional.ofNullable(this.replacement);
    }

    @Import(name="selector")
    private @Nullable Output<Double> selector;

    public Optional<Output<Double>> selector() {
        return Optional.ofNullable(this.selector);
    }

    @Import(name="service")
    private @Nullable Output<String> service;

    public Optional<Output<String>> service() {
        return Optional.ofNullable(this.service);
    }

    @Import(name="size")
    private @Nullable Output<Double> size;

    public Optional<Output<Double>> size() {
        return Optional.ofNullable(this.size);
    }

    @Import(name="tag")
    private @Nullable Output<String> tag;

    public Optional<Output<String>> tag() {
        return Optional.ofNullable(this.tag);
    }

    @Import(name="target")
    private @Nullable Output<String> target;

    public Optional<Output<String>> target() {
        return Optional.ofNullable(this.target);
    }

    @Import(name="type")
    private @Nullable Output<Double> type;

    public Optional<Output<Double>> type() {
        return Optional.ofNullable(this.type);
    }

    @Import(name="usage")
    private @Nullable Output<Double> usage;

    public Optional<Output<Double>> usage() {
        return Optional.ofNullable(this.usage);
    }

    @Import(name="value")
    private @Nullable Output<String> value;

    public Optional<Output<String>> value() {
        return Optional.ofNullable(this.value);
    }

    @Import(name="weight")
    private @Nullable Output<Double> weight;

    public Optional<Output<Double>> weight() {
        return Optional.ofNullable(this.weight);
    }

    private DnsRecordDataArgs() {}

    private DnsRecordDataArgs(DnsRecordDataArgs $) {
        this.algorithm = $.algorithm;
        this.altitude = $.altitude;
        this.certificate = $.certificate;
        this.digest = $.digest;
        this.digestType = $.digestType;
        this.fingerprint = $.fingerprint;
        this.flags = $.flags;
        this.keyTag = $.keyTag;
        this.latDegrees = $.latDegrees;
        this.latDirection = $.latDirection;
        this.latMinutes = $.latMinutes;
        this.latSeconds = $.latSeconds;
        this.longDegrees = $.longDegrees;
        this.longDirection = $.longDirection;
        this.longMinutes = $.longMinutes;
        this.longSeconds = $.longSeconds;
        this.matchingType = $.matchingType;
        this.order = $.order;
        this.port = $.port;
        this.precisionHorz = $.precisionHorz;
        this.precisionVert = $.precisionVert;
        this.preference = $.preference;
        this.priority = $.priority;
        this.protocol = $.protocol;
        this.publicKey = $.publicKey;
        this.regex = $.regex;
        this.replacement = $.replacement;
        this.selector = $.selector;
        this.service = $.service;
        this.size = $.size;
        this.tag = $.tag;
        this.target = $.target;
        this.type = $.type;
        this.usage = $.usage;
        this.value = $.value;
        this.weight = $.weight;
    }

    public static Builder builder() {
        return new Builder();
    }
    public static Builder builder(DnsRecordDataArgs defaults) {
        return new Builder(defaults);
    }

    public static final class Builder {
        private DnsRecordDataArgs $;

        public Builder() {
            $ = new DnsRecordDataArgs();
        }

        public Builder(DnsRecordDataArgs defaults) {
            $ = new DnsRecordDataArgs(Objects.requireNonNull(defaults));
        }

        public Builder algorithm(@Nullable Output<Double> algorithm) {
            $.algorithm = algorithm;
            return this;
        }

        public Builder algorithm(Double algorithm) {
            return algorithm(Output.of(algorithm));
        }

        public Builder altitude(@Nullable Output<Double> altitude) {
            $.altitude = altitude;
            return this;
        }

        public Builder altitude(Double altitude) {
            return altitude(Output.of(altitude));
        }

        public Builder certificate(@Nullable Output<String> certificate) {
            $.certificate = certificate;
            return this;
        }

        public Builder certificate(String certificate) {
            return certificate(Output.of(certificate));
        }

        public Builder digest(@Nullable Output<String> digest) {
            $.digest = digest;
            return this;
        }

        public Builder digest(String digest) {
            return digest(Output.of(digest));
        }

        public Builder digestType(@Nullable Output<Double> digestType) {
            $.digestType = digestType;
            return this;
        }

        public Builder digestType(Double digestType) {
            return digestType(Output.of(digestType));
        }

        public Builder fingerprint(@Nullable Output<String> fingerprint) {
            $.fingerprint = fingerprint;
            return this;
        }

        public Builder fingerprint(String fingerprint) {
            return fingerprint(Output.of(fingerprint));
        }

        public Builder flags(@Nullable Output<Object> flags) {
            $.flags = flags;
            return this;
        }

        public Builder flags(Object flags) {
            return flags(Output.of(flags));
        }

        public Builder keyTag(@Nullable Output<Double> keyTag) {
            $.keyTag = keyTag;
            return this;
        }

        public Builder keyTag(Double keyTag) {
            return keyTag(Output.of(keyTag));
        }

        public Builder latDegrees(@Nullable Output<Double> latDegrees) {
            $.latDegrees = latDegrees;
            return this;
        }

        public Builder latDegrees(Double latDegrees) {
            return latDegrees(Output.of(latDegrees));
        }

        /**
         * @param latDirection Available values: &#34;N&#34;, &#34;S&#34;.
         * 
         * @return builder
         * 
         */
        public Builder latDirection(@Nullable Output<String> latDirection) {
            $.latDirection = latDirection;
            return this;
        }

        /**
         * @param latDirection Available values: &#34;N&#34;, &#34;S&#34;.
         * 
         * @return builder
         * 
         */
        public Builder latDirection(String latDirection) {
            return latDirection(Output.of(latDirection));
        }

        public Builder latMinutes(@Nullable Output<Double> latMinutes) {
            $.latMinutes = latMinutes;
            return this;
        }

        public Builder latMinutes(Double latMinutes) {
            return latMinutes(Output.of(latMinutes));
        }

        public Builder latSeconds(@Nullable Output<Double> latSeconds) {
            $.latSeconds = latSeconds;
            return this;
        }

        public Builder latSeconds(Double latSeconds) {
            return latSeconds(Output.of(latSeconds));
        }

        public Builder longDegrees(@Nullable Output<Double> longDegrees) {
            $.longDegrees = longDegrees;
            return this;
        }

        public Builder longDegrees(Double longDegrees) {
            return longDegrees(Output.of(longDegrees));
        }

        /**
         * @param longDirection Available values: &#34;E&#34;, &#34;W&#34;.
         * 
         * @return builder
         * 
         */
        public Builder longDirection(@Nullable Output<String> longDirection) {
            $.longDirection = longDirection;
            return this;
        }

        /**
         * @param longDirection Available values: &#34;E&#34;, &#34;W&#34;.
         * 
         * @return builder
         * 
         */
        public Builder longDirection(String longDirection) {
            return longDirection(Output.of(longDirection));
        }

        public Builder longMinutes(@Nullable Output<Double> longMinutes) {
            $.longMinutes = longMinutes;
            return this;
        }

        public Builder longMinutes(Double longMinutes) {
            return longMinutes(Output.of(longMinutes));
        }

        public Builder longSeconds(@Nullable Output<Double> longSeconds) {
            $.longSeconds = longSeconds;
            return this;
        }

        public Builder longSeconds(Double longSeconds) {
            return longSeconds(Output.of(longSeconds));
        }

        public Builder matchingType(@Nullable Output<Double> matchingType) {
            $.matchingType = matchingType;
            return this;
        }

        public Builder matchingType(Double matchingType) {
            return matchingType(Output.of(matchingType));
        }

        public Builder order(@Nullable Output<Double> order) {
            $.order = order;
            return this;
        }

        public Builder order(Double order) {
            return order(Output.of(order));
        }

        public Builder port(@Nullable Output<Double> port) {
            $.port = port;
            return this;
        }

        public Builder port(Double port) {
            return port(Output.of(port));
        }

        public Builder precisionHorz(@Nullable Output<Double> precisionHorz) {
            $.precisionHorz = precisionHorz;
            return this;
        }

        public Builder precisionHorz(Double precisionHorz) {
            return precisionHorz(Output.of(precisionHorz));
        }

        public Builder precisionVert(@Nullable Output<Double> precisionVert) {
            $.precisionVert = precisionVert;
            return this;
        }

        public Builder precisionVert(Double precisionVert) {
            return precisionVert(Output.of(precisionVert));
        }

        public Builder preference(@Nullable Output<Double> preference) {
            $.preference = preference;
            return this;
        }

        public Builder preference(Double preference) {
            return preference(Output.of(preference));
        }

        public Builder priority(@Nullable Output<Double> priority) {
            $.priority = priority;
            return this;
        }

        public Builder priority(Double priority) {
            return priority(Output.of(priority));
        }

        public Builder protocol(@Nullable Output<Double> protocol) {
            $.protocol = protocol;
            return this;
        }

        public Builder protocol(Double protocol) {
            return protocol(Output.of(protocol));
        }

        public Builder publicKey(@Nullable Output<String> publicKey) {
            $.publicKey = publicKey;
            return this;
        }

        public Builder publicKey(String publicKey) {
            return publicKey(Output.of(publicKey));
        }

        public Builder regex(@Nullable Output<String> regex) {
            $.regex = regex;
            return this;
        }

        public Builder regex(String regex) {
            return regex(Output.of(regex));
        }

        public Builder replacement(@Nullable Output<String> replacement) {
            $.replacement = replacement;
            return this;
        }

        public Builder replacement(String replacement) {
            return replacement(Output.of(replacement));
        }

        public Builder selector(@Nullable Output<Double> selector) {
            $.selector = selector;
            return this;
        }

        public Builder selector(Double selector) {
            return selector(Output.of(selector));
        }

        public Builder service(@Nullable Output<String> service) {
            $.service = service;
            return this;
        }

        public Builder service(String service) {
            return service(Output.of(service));
        }

        public Builder size(@Nullable Output<Double> size) {
            $.size = size;
            return this;
        }

        public Builder size(Double size) {
            return size(Output.of(size));
        }

        public Builder tag(@Nullable Output<String> tag) {
            $.tag = tag;
            return this;
        }

        public Builder tag(String tag) {
            return tag(Output.of(tag));
        }

        public Builder target(@Nullable Output<String> target) {
            $.target = target;
            return this;
        }

        public Builder target(String target) {
            return target(Output.of(target));
        }

        public Builder type(@Nullable Output<Double> type) {
            $.type = type;
            return this;
        }

        public Builder type(Double type) {
            return type(Output.of(type));
        }

        public Builder usage(@Nullable Output<Double> usage) {
            $.usage = usage;
            return this;
        }

        public Builder usage(Double usage) {
            return usage(Output.of(usage));
        }

        public Builder value(@Nullable Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public Builder weight(@Nullable Output<Double> weight) {
            $.weight = weight;
            return this;
        }

        public Builder weight(Double weight) {
            return weight(Output.of(weight));
        }

        public DnsRecordDataArgs build() {
            return $;
        }
    }

}
