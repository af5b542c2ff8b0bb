package io.vectwin.quantum.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/** The plain-Java forward pass against DL4J's own {@code output} for the networks the baselines build. */
class DenseForwardTest {

    @Test
    void matchesDl4jForEveryOutputActivationTheBaselinesUse() {
        for (Activation output : List.of(Activation.SOFTMAX, Activation.SIGMOID, Activation.IDENTITY, Activation.TANH)) {
            MultiLayerNetwork net = ClassicalNetworks.mlp(23, 32, 9, output, new LossMSE(), 1e-3, 7);
            DenseForward forward = DenseForward.of(net);
            assertThat(forward.inputs()).isEqualTo(23);
            assertThat(forward.outputs()).isEqualTo(9);
            SplittableRandom rng = new SplittableRandom(11);
            for (int k = 0; k < 20; k++) {
                double[] x = new double[23];
                for (int i = 0; i < x.length; i++) {
                    x[i] = k % 4 == 0 && i % 3 == 0 ? 0.0 : rng.nextDouble(-2, 2);
                }
                double[] expected = ClassicalNetworks.outputs(net, List.of(x), x.length)[0];
                double[] actual = forward.output(x);
                for (int j = 0; j < expected.length; j++) {
                    assertThat(actual[j]).as("%s output %d of input %d", output, j, k)
                            .isCloseTo(expected[j], within(1e-5 + 1e-5 * Math.abs(expected[j])));
                }
            }
        }
    }

    @Test
    void softmaxOutputsSumToOne() {
        DenseForward forward = DenseForward.of(ClassicalNetworks.mlp(5, 8, 4, Activation.SOFTMAX, new LossMSE(), 1e-3, 3));
        double[] p = forward.output(new double[] {0.5, -1, 2, 0, 3});
        assertThat(p[0] + p[1] + p[2] + p[3]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aCopyDoesNotFollowLaterTraining() {
        MultiLayerNetwork net = ClassicalNetworks.mlp(3, 4, 2, Activation.IDENTITY, new LossMSE(), 1e-3, 5);
        DenseForward forward = DenseForward.of(net);
        double[] before = forward.output(new double[] {1, 2, 3}).clone();
        net.params().addi(1.0);
        assertThat(forward.output(new double[] {1, 2, 3})).containsExactly(before);
    }

    @Test
    void rejectsWhatItCannotCompute() {
        MultiLayerNetwork softplus = ClassicalNetworks.mlp(3, 4, 2, Activation.SOFTPLUS, new LossMSE(), 1e-3, 5);
        assertThatThrownBy(() -> DenseForward.of(softplus)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 2").hasMessageContaining("activation");
        DenseForward forward = DenseForward.of(ClassicalNetworks.mlp(3, 4, 2, Activation.IDENTITY, new LossMSE(), 1e-3, 5));
        assertThatThrownBy(() -> forward.output(new double[2])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 3");
    }
}
