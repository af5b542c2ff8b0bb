package io.vectwin.quantum.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BasisPermutationTest {

    @Test
    void cnotChainEqualsTheGatesOnARandomState() {
        SplittableRandom rng = new SplittableRandom(3);
        StateVector gates = RandomStates.random(4, rng);
        StateVector permuted = new StateVector(gates);
        BasisPermutation p = BasisPermutation.identity(4).thenCnot(0, 1).thenCnot(3, 0).thenCnot(2, 3);
        gates.cnot(0, 1);
        gates.cnot(3, 0);
        gates.cnot(2, 3);
        permuted.apply(p);
        for (int i = 0; i < 16; i++) {
            assertThat(permuted.re(i)).isEqualTo(gates.re(i));
            assertThat(permuted.im(i)).isEqualTo(gates.im(i));
        }
        permuted.apply(p.inverse());
        permuted.apply(p);
        assertThat(permuted.normSquared()).isCloseTo(1.0, within(1e-14));
        assertThat(p.inverse().inverse()).isEqualTo(p);
    }

    @Test
    void rejectsWhatIsNotAPermutation() {
        assertThatThrownBy(() -> new BasisPermutation(1, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1 is 0");
        assertThatThrownBy(() -> new BasisPermutation(2, new int[] {0, 1}))
                .hasMessageContaining("destination must have 2^2 = 4 entries, got 2");
        assertThatThrownBy(() -> BasisPermutation.identity(2).thenCnot(0, 2)).hasMessageContaining("qubit must lie");
        assertThatThrownBy(() -> new StateVector(2).apply(BasisPermutation.identity(3)))
                .hasMessageContaining("permutation must act on 2 qubits, got 3");
    }
}
