package app.sqlstudio.howler.turso.provider.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> { }, () -> 0.0);

    @Test
    void delays_double_from_the_base_until_the_cap() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(i -> policy.delayBefore(i, Optional.empty())))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                        Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void retry_after_wins_but_never_beyond_the_cap() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(5)))).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitter_adds_at_most_its_fraction() {
        var jittery = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> { }, () -> 0.25);

        assertThat(jittery.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_very_late_retry_does_not_overflow() {
        assertThat(policy.delayBefore(200, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
    }
}
