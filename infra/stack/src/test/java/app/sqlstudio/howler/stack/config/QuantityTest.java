package app.sqlstudio.howler.stack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void millicores_and_binary_suffixes_become_base_units() {
        assertThat(Quantity.parse("100m").value()).isEqualByComparingTo("0.1");
        assertThat(Quantity.parse("2").value()).isEqualByComparingTo("2");
        assertThat(Quantity.parse("256Mi").value()).isEqualByComparingTo(BigDecimal.valueOf(256L * 1024 * 1024));
        assertThat(Quantity.parse("1Gi").compareTo(Quantity.parse("1024Mi"))).isZero();
    }

    @Test
    void the_limit_request_ratio_is_computed_like_kubernetes() {
        assertThat(Quantity.parse("500m").ratioTo(Quantity.parse("100m"))).isEqualByComparingTo("5");
    }

    @Test
    void text_that_is_not_a_quantity_is_refused() {
        assertThatThrownBy(() -> Quantity.parse("1 GB")).hasMessageContaining("is not a Kubernetes quantity");
    }
}
