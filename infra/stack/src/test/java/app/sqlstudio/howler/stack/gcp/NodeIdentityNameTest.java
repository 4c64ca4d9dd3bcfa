package app.sqlstudio.howler.stack.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdentityNameTest {
    /** GCP's rule for a service account id. */
    static final String ACCOUNT_ID = "[a-z][-a-z0-9]{4,28}[a-z0-9]";

    @Test
    void a_short_cluster_name_keeps_its_readable_account_id() {
        assertThat(GkeCluster.nodeAccountId("sql-studio-cluster")).isEqualTo("sql-studio-cluster-nodes");
    }

    @Test
    void long_names_that_share_their_start_still_get_different_valid_ids() {
        String alice = GkeCluster.nodeAccountId("sql-studio-cluster-dev-alice");
        String alex = GkeCluster.nodeAccountId("sql-studio-cluster-dev-alex");
        String pr142 = GkeCluster.nodeAccountId("sql-studio-cluster-pr-142");
        String pr143 = GkeCluster.nodeAccountId("sql-studio-cluster-pr-143");
        assertThat(alice).isNotEqualTo(alex).matches(ACCOUNT_ID);
        assertThat(alex).matches(ACCOUNT_ID);
        assertThat(pr142).isNotEqualTo(pr143).matches(ACCOUNT_ID);
        assertThat(GkeCluster.nodeAccountId("sql-studio-cluster-dev-alice")).as("stable across runs").isEqualTo(alice);
    }
}
