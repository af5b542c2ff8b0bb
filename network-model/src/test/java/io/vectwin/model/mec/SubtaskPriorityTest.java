package io.vectwin.model.mec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.PriorityWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtaskPriorityTest {

    private static final Subtask S0 = new Subtask(0, 41.25, 8e5, 0.9, 0.8, 0.7);
    private static final Subtask S1 = new Subtask(1, 82.5, 4e5, 0.5, 0.6, 0.9);
    private static final Subtask S2 = new Subtask(2, 20.0, 1.6e6, 0.2, 0.5, 0.5);
    private static final TaskRequest TASK = new TaskRequest("t-7", EntityId.vehicle(1), 0.0, 0.010, List.of(S0, S1, S2));

    /*
     * python3:
     *   C=np.array([41.25,82.5,20.0]); D=np.array([8e5,4e5,1.6e6]); chi=np.array([0.9,0.5,0.2])
     *   w=np.array([0.8,0.6,0.5]); k=np.array([0.7,0.9,0.5]); a,b,g=0.4,0.3,0.3
     *   (a*C/C.sum()+b*D/D.sum()+g*chi)*w*k
     *   -> [0.2634782608695652, 0.2281080745341615, 0.07177018633540372]
     */
    @Test
    void eq1OnAThreeSubtaskTask() {
        double[] p = SubtaskPriority.all(TASK, PriorityWeights.balanced());
        assertThat(p).containsExactly(new double[] {0.2634782608695652, 0.2281080745341615, 0.07177018633540372},
                within(1e-15));
    }

    @Test
    void ofAgreesWithAll() {
        double[] all = SubtaskPriority.all(TASK, PriorityWeights.balanced());
        for (Subtask s : TASK.subtasks()) {
            assertThat(SubtaskPriority.of(s, TASK.subtasks(), PriorityWeights.balanced())).isEqualTo(all[s.index()]);
        }
    }

    @Test
    void aLoneSubtaskHasItsWholeShare() {
        // one subtask: C/ΣC = D/ΣD = 1, so P = (α + β + γχ)ϖϰ = (0.4 + 0.3 + 0.3*0.9)*0.8*0.7 = 0.5432
        assertThat(SubtaskPriority.of(S0, List.of(S0), PriorityWeights.balanced())).isCloseTo(0.5432, within(1e-15));
    }

    @Test
    void weightingComplexityFavoursTheComplexSubtask() {
        PriorityWeights complexityFirst = new PriorityWeights(0.8, 0.1, 0.1);
        double[] p = SubtaskPriority.all(TASK, complexityFirst);
        // S1 has twice S0's cycles per bit; with α = 0.8 it overtakes S0:
        // S0: (0.8*41.25/143.75 + 0.1*8e5/2.8e6 + 0.1*0.9)*0.56 = 0.19461...
        // S1: (0.8*82.5/143.75 + 0.1*4e5/2.8e6 + 0.1*0.5)*0.54 = 0.28264...
        assertThat(p[1]).isGreaterThan(p[0]);
        assertThat(p[0]).isCloseTo((0.8 * 41.25 / 143.75 + 0.1 * 8e5 / 2.8e6 + 0.1 * 0.9) * 0.56, within(1e-15));
    }

    @Test
    void siblingsMustIncludeTheSubtask() {
        assertThatThrownBy(() -> SubtaskPriority.of(S0, List.of(S1, S2), PriorityWeights.balanced()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siblings");
    }
}
