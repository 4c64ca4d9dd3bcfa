package app.sqlstudio.howler.stack;

import static org.assertj.core.api.Assertions.assertThat;

import app.sqlstudio.howler.stack.plan.Plan;
import org.junit.jupiter.api.Test;

class ProdPlanSmokeTest {

    @Test
    void prod_stack_plans_offline_with_every_component() {
        Plan plan = TestStacks.prod();
        plan.resources().forEach(r -> System.out.println(r.type() + " " + r.name() + " parent=" + r.parent() + " protect=" + r.protect()));
        System.out.println(plan.outputs());
        assertThat(plan.resources()).isNotEmpty();
    }
}
