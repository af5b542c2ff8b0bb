package io.vectwin.lstm.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowDatasetTest {

    /** Rows whose POSITION_X is the sequence number, so every cut can be read back by eye. */
    private static List<FeatureRow> rows(long... seqs) {
        List<FeatureRow> rows = new ArrayList<>();
        for (long s : seqs) {
            double[] v = new double[TwinFeature.inputs().size()];
            v[TwinFeature.POSITION_X.inputIndex()] = s;
            rows.add(new FeatureRow(s, 1000 + 20 * s, v));
        }
        return rows;
    }

    @Test
    void cutsEveryGapFreeWindowWithItsTargetHorizonSlotsLater() {
        // seq 0..5: with W = 3, k = 2 the windows end at 2 and 3 (targets 4 and 5)
        WindowDataset d = WindowDataset.cut(EntitySequences.of(Map.of("v-0", rows(0, 1, 2, 3, 4, 5))), 3, 2, 1);
        assertThat(d.size()).isEqualTo(2);
        int x = TwinFeature.POSITION_X.inputIndex();
        assertThat(new float[] {d.input(0, x, 0), d.input(0, x, 1), d.input(0, x, 2)}).containsExactly(0f, 1f, 2f);
        assertThat(d.current(1, x)).isEqualTo(3.0);
        assertThat(d.target(0, TwinFeature.POSITION_X.outputIndex())).isEqualTo(4.0);
        assertThat(d.target(1, TwinFeature.POSITION_X.outputIndex())).isEqualTo(5.0);
        assertThat(d.horizonSeconds(0)).isEqualTo(0.04); // two 20 ms slots
    }

    @Test
    void neverSpansALostReport() {
        // report 3 is lost: runs 0..2 and 4..7; W = 2, k = 1 gives windows ending 1 (run 1) and 5, 6 (run 2)
        WindowDataset d = WindowDataset.cut(EntitySequences.of(Map.of("v-0", rows(0, 1, 2, 4, 5, 6, 7))), 2, 1, 1);
        int x = TwinFeature.POSITION_X.inputIndex();
        List<Double> ends = new ArrayList<>();
        for (int s = 0; s < d.size(); s++) {
            ends.add(d.current(s, x));
        }
        assertThat(ends).containsExactly(1.0, 5.0, 6.0);
    }

    @Test
    void strideThinsWindowsAndEntitiesNeverMix() {
        WindowDataset d = WindowDataset.cut(EntitySequences.of(Map.of(
                "v-0", rows(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                "v-1", rows(0, 1, 2))), 2, 1, 3);
        // v-0 windows end at 1..8, stride 3 keeps ends 1, 4, 7; v-1 keeps end 1
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.select(java.util.Set.of("v-1")).size()).isEqualTo(1);
        assertThat(d.entity(3)).isEqualTo("v-1");
    }

    @Test
    void rejectsNonPositiveShapes() {
        assertThatThrownBy(() -> WindowDataset.cut(EntitySequences.of(Map.of()), 0, 1, 1)).hasMessageContaining("window");
    }
}
