// Howler binding for pulumi-cloudflare 6.22.1, written in the exact shape of pulumi-java-gen output.
// Keep it in step with the schema in infra/sdk/schema/: CloudflareBindingsConformanceTest checks it.

package com.pulumi.cloudflare;

import com.pulumi.cloudflare.Utilities;
import com.pulumi.cloudflare.inputs.GetZoneArgs;
import com.pulumi.cloudflare.inputs.GetZonePlainArgs;
import com.pulumi.cloudflare.outputs.GetZoneResult;
import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The invokes (data sources) of the cloudflare package that Howler binds: {@code getZone}.
 */
public final class CloudflareFunctions {
    /**
     * Looks a zone up by {@code zoneId}, or by {@code filter} (for example
     * {@code GetZoneFilterArgs.builder().name("sql-studio.app").build()}); set exactly one of them.
     * 
     */
    public static Output<GetZoneResult> getZone() {
        return getZone(GetZoneArgs.Empty, InvokeOptions.Empty);
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static CompletableFuture<GetZoneResult> getZonePlain() {
        return getZonePlain(GetZonePlainArgs.Empty, InvokeOptions.Empty);
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static Output<GetZoneResult> getZone(GetZoneArgs args) {
        return getZone(args, InvokeOptions.Empty);
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static CompletableFuture<GetZoneResult> getZonePlain(GetZonePlainArgs args) {
        return getZonePlain(args, InvokeOptions.Empty);
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static Output<GetZoneResult> getZone(GetZoneArgs args, InvokeOptions options) {
        return Deployment.getInstance().invoke("cloudflare:index/getZone:getZone", TypeShape.of(GetZoneResult.class), args, Utilities.withVersion(options));
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static Output<GetZoneResult> getZone(GetZoneArgs args, InvokeOutputOptions options) {
        return Deployment.getInstance().invoke("cloudflare:index/getZone:getZone", TypeShape.of(GetZoneResult.class), args, Utilities.withVersion(options));
    }
    /**
     * Looks a zone up by {@code zoneId} or by {@code filter}; set exactly one of them.
     * 
     */
    public static CompletableFuture<GetZoneResult> getZonePlain(GetZonePlainArgs args, InvokeOptions options) {
        return Deployment.getInstance().invokeAsync("cloudflare:index/getZone:getZone", TypeShape.of(GetZoneResult.class), args, Utilities.withVersion(options));
    }
}
