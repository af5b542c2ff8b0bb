package io.vectwin.lstm.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void standardisesInputsAndChangesAndPassesConstantsThrough() {
        // POSITION_X = 0, 2, 4, 6 (moving 2 per slot); W = 1, k = 1 -> windows at 0, 2, 4 with deltas 2, 2, 2
        List<FeatureRow> rows = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            double[] v = new double[TwinFeature.inputs().size()];
            v[TwinFeature.POSITION_X.inputIndex()] = 2.0 * s;
            v[TwinFeature.AVAILABLE_CPU.inputIndex()] = 5e9;
            rows.add(new FeatureRow(s, s * 20L, v));
        }
        WindowDataset d = WindowDataset.cut(EntitySequences.of(Map.of("v-0", rows)), 1, 1, 1);
        Normalisation n = Normalisation.fit(d);
        int x = TwinFeature.POSITION_X.inputIndex();
        // inputs 0, 2, 4: mean 2, population sd sqrt(8/3) (numpy: np.std([0,2,4]) = 1.632993161855452)
        assertThat(n.inputMean()[x]).isCloseTo(2.0, within(1e-12));
        assertThat(n.inputStd()[x]).isCloseTo(1.632993161855452, within(1e-12));
        assertThat(n.scaleInput(x, 4.0)).isCloseTo((float) (2.0 / 1.632993161855452), within(1e-6f));
        // constant CPU: deviation 1, so 5e9 scales to 0
        int cpu = TwinFeature.AVAILABLE_CPU.inputIndex();
        assertThat(n.inputStd()[cpu]).isEqualTo(1.0);
        assertThat(n.scaleInput(cpu, 5e9)).isZero();
        // every change of x is 2: mean 2, deviation 1 (constant), round trip exact
        int dx = TwinFeature.POSITION_X.outputIndex();
        assertThat(n.deltaMean()[dx]).isEqualTo(2.0);
        assertThat(n.unscaleDelta(dx, n.scaleDelta(dx, 3.5))).isCloseTo(3.5, within(1e-6));
    }
}
