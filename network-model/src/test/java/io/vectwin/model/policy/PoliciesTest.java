package io.vectwin.model.policy;

import static io.vectwin.model.policy.Contexts.PHYSICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoliciesTest {

    @Test
    void createsEveryKnownPolicyByName() {
        assertThat(Policies.names()).containsExactly("greedy", "random");
        for (String name : Policies.names()) {
            OffloadingPolicy p = Policies.create(name, PHYSICAL, 1);
            assertThat(p.name()).isEqualTo(name);
        }
        assertThat(Policies.create(" Greedy ", PHYSICAL, 1)).isInstanceOf(GreedyPolicy.class);
        assertThat(Policies.create("RANDOM", PHYSICAL, 1)).isInstanceOf(RandomPolicy.class);
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownNames() {
        assertThatThrownBy(() -> Policies.create("quantum", PHYSICAL, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantum")
                .hasMessageContaining("greedy")
                .hasMessageContaining("random");
        assertThatThrownBy(() -> Policies.create(null, PHYSICAL, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy name");
    }

    @Test
    void theSeedDrivesRandomAndOnlyRandom() {
        DecisionContext c = Contexts.scenarioContexts(8, 6, 1).get(0);
        assertThat(Policies.create("greedy", PHYSICAL, 1).decide(c)).isEqualTo(Policies.create("greedy", PHYSICAL, 2).decide(c));
        assertThat(Policies.create("random", PHYSICAL, 5).decide(c)).isEqualTo(Policies.create("random", PHYSICAL, 5).decide(c));
    }
}
