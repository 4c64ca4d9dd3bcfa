package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.plan.PlannedResource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Advice that does not block a deploy: labels for people and cost reports, the budget, and secret age. */
final class AdvisoryPolicies {


    private AdvisoryPolicies() {
    }

    static List<Policy> all() {
        return List.of(new RequiredLabels(), new MonthlyBudget(), new SecretAge());
    }

    static final class RequiredLabels implements Policy {
        public String name() {
            return "labels-app-component";
        }

        public Severity severity() {
            return Severity.ADVISORY;
        }

        public String description() {
            return "Kubernetes objects carry the app and component labels";
        }

        public List<Violation> evaluate(PolicyContext context) {
            return context.plan().where(PlannedResource::isKubernetesObject).stream()
                    .filter(r -> !(r.mapAt("metadata").get("labels") instanceof Map<?, ?> labels)
                            || !labels.containsKey("app") || !labels.containsKey("component"))
                    .map(r -> violation(r.urn(), r.kind() + " " + r.metadataName() + " lacks the app/component labels"))
                    .toList();
        }
    }

    static final class MonthlyBudget implements Policy {
        public String name() {
            return "monthly-budget";
        }

        public Severity severity() {
            return Severity.ADVISORY;
        }

        public String description() {
            return "the stack's estimated monthly cost stays within howler:monthlyBudget";
        }

        public List<Violation> evaluate(PolicyContext context) {
            var budget = context.config().monthlyBudget();
            return context.monthlyCost()
                    .filter(cost -> cost.compareTo(budget) > 0)
                    .map(cost -> List.of(violation(null, "estimated cost at maximum scale is $" + cost.toPlainString()
                            + "/month, over howler:monthlyBudget $" + budget.toPlainString()
                            + "; see `howler cost " + context.plan().stack() + "`")))
                    .orElse(List.of());
        }
    }

    static final class SecretAge implements Policy {
        public String name() {
            return "secret-rotation-age";
        }

        public Severity severity() {
            return Severity.ADVISORY;
        }

        public String description() {
            // the seed: "JWT Secret: Every 90 days", "Turso Token: Every 90 days" (howler:secretMaxAgeDays)
            return "the JWT secret and the Turso token were rotated within howler:secretMaxAgeDays days";
        }

        public List<Violation> evaluate(PolicyContext context) {
            var secrets = context.config().secrets();
            int maxAge = secrets.maxAgeDays();
            List<Violation> out = new ArrayList<>();
            long jwtAge = ChronoUnit.DAYS.between(secrets.jwtSecretRotatedAt(), context.today());
            if (jwtAge > maxAge) {
                out.add(violation(null, "howler:jwtSecret was rotated " + jwtAge + " days ago (more than " + maxAge + "); move the current value to "
                        + "howler:jwtSecretPrevious, set a new howler:jwtSecret and update howler:jwtSecretRotatedAt"));
            }
            long tursoAge = secrets.tursoTokenRotatedAt().map(at -> ChronoUnit.DAYS.between(at, context.today())).orElse(0L);
            if (tursoAge > maxAge) {
                out.add(violation(null, "the Turso token was rotated " + tursoAge + " days ago (more than " + maxAge + "); mint a new one and update "
                        + "howler:tursoTokenRotatedAt"));
            }
            return out;
        }
    }
}
