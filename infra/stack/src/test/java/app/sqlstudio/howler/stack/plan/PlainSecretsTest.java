package app.sqlstudio.howler.stack.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sqlstudio.howler.stack.TestStacks;
import app.sqlstudio.howler.stack.config.StackConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets (jwtSecret, provider tokens) are Pulumi secrets, never plain (docs/architecture.md "Stacks"). */
class PlainSecretsTest {

    @Test
    void a_secret_in_plain_text_stops_the_plan_naming_the_key_the_file_and_the_fix() {
        assertThatThrownBy(() -> PlanRunner.plan(TestStacks.prodWith(Map.of(
                "howler:jwtSecret", "a-plain-secret-that-is-long-enough-for-hs256-000",
                "cloudflare:apiToken", "plain-token"))))
                .isInstanceOf(StackConfigException.class)
                .hasMessageContaining("howler:jwtSecret: stored in plain text; secrets must be Pulumi secrets")
                .hasMessageContaining("cloudflare:apiToken: stored in plain text")
                .hasMessageContaining("pulumi config set --secret howler:jwtSecret <value> --stack prod")
                .hasMessageContaining("Pulumi.prod.yaml");
    }
}
