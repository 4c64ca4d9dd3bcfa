package app.sqlstudio.howler.stack.policy;

import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.plan.Plan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What policies see: the plan, the validated config, today's date (for secret age) and the monthly cost estimate when
 * one was computed.
 */
public record PolicyContext(Plan plan, StackConfig config, LocalDate today, Optional<BigDecimal> monthlyCost) {

    public boolean isProd() {
        return "prod".equals(plan.stack());
    }
}
