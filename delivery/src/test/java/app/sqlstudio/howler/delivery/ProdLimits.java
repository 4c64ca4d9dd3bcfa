package app.sqlstudio.howler.delivery;

import com.fasterxml.jackson.databind.JsonNode;

/** The numbers of Pulumi.prod.yaml that decide how the cluster runs each container: the image tests run them so. */
final class ProdLimits {

    private final JsonNode config = Repo.yaml(Repo.root().resolve("Pulumi.prod.yaml")).path("config");

    String text(String key) {
        JsonNode v = config.path("howler:" + key);
        if (v.isMissingNode() || v.isNull()) throw new IllegalStateException("Pulumi.prod.yaml has no howler:" + key);
        return v.asText();
    }

    int number(String key) {
        return Integer.parseInt(text(key));
    }

    /** A Kubernetes memory quantity (256Mi, 1Gi) as podman's --memory takes it (binary units too: 256m, 1g). */
    String memory(String key) {
        String q = text(key);
        var m = java.util.regex.Pattern.compile("(\\d+)(Ki|Mi|Gi)").matcher(q);
        if (!m.matches()) throw new IllegalStateException("howler:" + key + " = " + q + ": expected <n>Ki, <n>Mi or <n>Gi");
        return m.group(1) + switch (m.group(2)) {
            case "Ki" -> "k";
            case "Mi" -> "m";
            default -> "g";
        };
    }
}
