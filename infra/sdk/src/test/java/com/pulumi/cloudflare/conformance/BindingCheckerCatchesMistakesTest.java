package com.pulumi.cloudflare.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.cloudflare.DnsRecordArgs;
import com.pulumi.cloudflare.conformance.BindingChecker.ObjectSpec;
import com.pulumi.cloudflare.conformance.BindingChecker.Shape;
import com.pulumi.cloudflare.conformance.fixtures.MisspeltDnsRecordArgs;
import com.pulumi.cloudflare.conformance.fixtures.MisspeltRatelimit;
import com.pulumi.cloudflare.conformance.fixtures.MisspeltRuleset;
import com.pulumi.cloudflare.conformance.fixtures.WronglyTypedZoneSettingArgs;
import com.pulumi.resources.ResourceArgs;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof that the conformance check fails on wrong bindings: deliberately broken fixture classes (test sources only)
 * are checked against the real schema objects through the same assertion the conformance test uses.
 */
class BindingCheckerCatchesMistakesTest {
    static JsonNode schema;

    @BeforeAll
    static void loadSchema() {
        schema = CloudflareSchema.effective();
    }

    static ObjectSpec resourceInputs(String token) {
        JsonNode r = schema.get("resources").get(token);
        return ObjectSpec.of(token + " inputs", r.get("inputProperties"), r.get("requiredInputs"));
    }

    @Test
    void a_misspelt_input_property_fails_the_conformance_assertion() {
        var problems = BindingChecker.checkInput(MisspeltDnsRecordArgs.class,
            resourceInputs("cloudflare:index/dnsRecord:DnsRecord"), Shape.ARGS, ResourceArgs.class);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("MisspeltDnsRecordArgs: binds 'proxyed', which"));
        assertThat(problems).contains("MisspeltDnsRecordArgs: does not bind 'proxied' of cloudflare:index/dnsRecord:DnsRecord inputs");
        assertThatThrownBy(() -> Conformance.assertConforms("MisspeltDnsRecordArgs", problems))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("'proxyed'");
    }

    @Test
    void the_same_check_passes_the_real_DnsRecordArgs() {
        var problems = BindingChecker.checkInput(DnsRecordArgs.class,
            resourceInputs("cloudflare:index/dnsRecord:DnsRecord"), Shape.ARGS, ResourceArgs.class);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_wrong_java_type_and_an_optional_required_property_fail() {
        var problems = BindingChecker.checkInput(WronglyTypedZoneSettingArgs.class,
            resourceInputs("cloudflare:index/zoneSetting:ZoneSetting"), Shape.ARGS, ResourceArgs.class);

        assertThat(problems).contains(
            "WronglyTypedZoneSettingArgs: 'enabled' is com.pulumi.core.Output<java.lang.String>, but the schema type {\"type\":\"boolean\"} needs com.pulumi.core.Output<java.lang.Boolean>",
            "WronglyTypedZoneSettingArgs: 'zoneId' has @Import(required=false), but the schema says required",
            "WronglyTypedZoneSettingArgs: 'zoneId' is @Nullable, but the schema says required",
            "WronglyTypedZoneSettingArgs: build() succeeds without the required 'zoneId'");
        assertThatThrownBy(() -> Conformance.assertConforms("WronglyTypedZoneSettingArgs", problems))
            .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_misspelt_output_type_property_and_a_nullable_required_one_fail() {
        JsonNode t = schema.get("types").get("cloudflare:index/RulesetRuleRatelimit:RulesetRuleRatelimit");
        var problems = BindingChecker.checkOutputType(MisspeltRatelimit.class,
            ObjectSpec.of("RulesetRuleRatelimit (output)", t.get("properties"), t.get("required")));

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("MisspeltRatelimit: binds 'requestPerPeriod', which"));
        assertThat(problems).contains(
            "MisspeltRatelimit: does not bind 'requestsPerPeriod' of RulesetRuleRatelimit (output)",
            "MisspeltRatelimit: 'period' is @Nullable, but the schema says non-null",
            "MisspeltRatelimit: setter for the non-null 'period' accepts null");
    }

    @Test
    void a_misspelt_resource_output_and_wrong_export_refs_fail() {
        JsonNode r = schema.get("resources").get("cloudflare:index/ruleset:Ruleset");
        var problems = BindingChecker.checkResource(MisspeltRuleset.class, "cloudflare:index/ruleset:Ruleset",
            ObjectSpec.of("Ruleset outputs", r.get("properties"), r.get("required")), null, null);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("MisspeltRuleset: binds 'lastUpdate', which"));
        assertThat(problems).contains("MisspeltRuleset: does not bind 'lastUpdated' of Ruleset outputs");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("MisspeltRuleset: output 'rules' has @Export(refs=[List, String], tree=\"[0,1]\")"));
    }

    @Test
    void a_misspelt_class_name_or_a_missing_class_fails_the_inventory() throws Exception {
        var bindings = BindingCatalog.bindings(schema);
        Set<String> compiled = new TreeSet<>(CloudflareBindingsConformanceTest.compiledTopLevelClasses());
        assertThat(BindingCatalog.inventoryProblems(compiled, bindings)).isEmpty();

        compiled.remove("com.pulumi.cloudflare.inputs.RulesetRuleRatelimitArgs");
        compiled.add("com.pulumi.cloudflare.inputs.RulesetRuleRateLimitArgs");
        var problems = BindingCatalog.inventoryProblems(compiled, bindings);

        assertThat(problems).containsExactly(
            "com.pulumi.cloudflare.inputs.RulesetRuleRateLimitArgs stands for no part of the schema (misspelt type name, or a property the schema lacks?)",
            "cloudflare:index/RulesetRuleRatelimit:RulesetRuleRatelimit has no binding class com.pulumi.cloudflare.inputs.RulesetRuleRatelimitArgs");
    }
}
