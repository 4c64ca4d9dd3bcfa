package app.sqlstudio.howler.stack.cost;

import app.sqlstudio.howler.stack.plan.Plan;
import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices the resources of a plan: GKE (management fee, nodes between the autoscaler's bounds, their disks), the
 * ingress load balancer and its IP, the image registry, the KMS key, and the Turso and Cloudflare plans when the
 * stack has those resources. Unknown machine types are an error rather than a silent zero.
 */
public final class CostEstimator {

    private final PriceTable prices;

    public CostEstimator(PriceTable prices) {
        this.prices = prices;
    }

    public CostEstimate estimate(Plan plan, String tursoPlan, String cloudflarePlan) {
        List<CostLine> lines = new ArrayList<>();
        for (PlannedResource cluster : plan.ofType("gcp:container/cluster:Cluster")) {
            BigDecimal fee = prices.monthly(prices.gkeClusterManagementPerHour());
            lines.add(new CostLine("GkeCluster", "cluster management fee (" + cluster.inputs().get("name") + ")", fee, fee));
        }
        for (PlannedResource pool : plan.ofType("gcp:container/nodePool:NodePool")) {
            Map<String, Object> autoscaling = pool.mapAt("autoscaling");
            Map<String, Object> node = pool.mapAt("nodeConfig");
            String machine = String.valueOf(node.get("machineType"));
            BigDecimal perHour = prices.machineTypesPerHour().get(machine);
            if (perHour == null) {
                throw new IllegalArgumentException("no price for machine type " + machine + " in prices.json (as of "
                        + prices.asOf() + "); add it there");
            }
            int min = count(autoscaling.get("totalMinNodeCount"), autoscaling.get("minNodeCount"));
            int max = count(autoscaling.get("totalMaxNodeCount"), autoscaling.get("maxNodeCount"));
            BigDecimal perNode = prices.monthly(perHour);
            lines.add(new CostLine("GkeCluster", min + "–" + max + " × " + machine + " nodes",
                    perNode.multiply(BigDecimal.valueOf(min)), perNode.multiply(BigDecimal.valueOf(max))));
            int disk = count(node.get("diskSizeGb"), 100);
            BigDecimal perDisk = prices.persistentDiskBalancedPerGbMonth().multiply(BigDecimal.valueOf(disk));
            lines.add(new CostLine("GkeCluster", min + "–" + max + " × " + disk + " GB node disks",
                    perDisk.multiply(BigDecimal.valueOf(min)), perDisk.multiply(BigDecimal.valueOf(max))));
        }
        for (PlannedResource key : plan.ofType("gcp:kms/cryptoKey:CryptoKey")) {
            lines.add(new CostLine("GkeCluster", "KMS key " + key.inputs().get("name"),
                    prices.kmsKeyVersionPerMonth(), prices.kmsKeyVersionPerMonth().multiply(BigDecimal.valueOf(4))));
        }
        for (PlannedResource address : plan.ofType("gcp:compute/address:Address")) {
            BigDecimal lb = prices.monthly(prices.loadBalancerForwardingRulePerHour());
            BigDecimal ip = prices.monthly(prices.staticIpInUsePerHour());
            lines.add(new CostLine("IngressController", "load balancer forwarding rule", lb, lb));
            lines.add(new CostLine("IngressController", "static IP " + address.inputs().get("name"), ip, ip));
        }
        if (!plan.ofType("gcp:artifactregistry/repository:Repository").isEmpty()) {
            BigDecimal storage = prices.artifactRegistryPerGbMonth().multiply(BigDecimal.valueOf(prices.artifactRegistryAssumedGb()));
            lines.add(new CostLine("GkeCluster", "Artifact Registry (~" + prices.artifactRegistryAssumedGb() + " GB)", storage, storage));
        }
        if (plan.resources().stream().anyMatch(r -> r.type().startsWith("turso:"))) {
            BigDecimal turso = plan(prices.tursoPlansPerMonth(), tursoPlan, "Turso");
            lines.add(new CostLine("TursoDatabase", "Turso " + tursoPlan + " plan", turso, turso));
        }
        if (plan.resources().stream().anyMatch(r -> r.type().startsWith("cloudflare:"))) {
            BigDecimal cf = plan(prices.cloudflarePlansPerMonth(), cloudflarePlan, "Cloudflare");
            lines.add(new CostLine("EdgeRules", "Cloudflare " + cloudflarePlan + " plan", cf, cf));
        }
        return new CostEstimate(plan.stack(), lines, prices);
    }

    private static BigDecimal plan(Map<String, BigDecimal> plans, String name, String vendor) {
        BigDecimal price = plans.get(name);
        if (price == null) {
            throw new IllegalArgumentException("no price for the " + vendor + " plan '" + name + "' in prices.json; "
                    + "known plans: " + plans.keySet());
        }
        return price;
    }

    private static int count(Object value, Object fallback) {
        Object v = value != null ? value : fallback;
        return v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v));
    }
}
