package com.pulumi.cloudflare.conformance;

import java.util.List;
import java.util.stream.Collectors;

/** The one assertion both the real conformance test and its self-test use. */
public final class Conformance {
    private Conformance() {}

    public static void assertConforms(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " does not match the Cloudflare schema:\n  - "
                + problems.stream().collect(Collectors.joining("\n  - ")));
        }
    }
}
