package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.lstm.features.TwinFeature;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The hand-written forward pass against DL4J's own, on random weights, every cell variant. */
class LstmInferenceTest {

    @Test
    void agreesWithDl4jForEveryCellVariant() {
        for (boolean peepholes : new boolean[] {true, false}) {
            for (CellActivation activation : CellActivation.values()) {
                LstmConfig config = LstmConfig.paper().withShape(2, 8).withWindow(5, 1)
                        .withCell(activation, peepholes, 0.0);
                MultiLayerNetwork net = TwinLstmNetwork.create(config);
                Nd4j.getRandom().setSeed(peepholes ? 1 : 2);
                // random weights everywhere, peepholes and biases included, so no block can hide
                net.setParams(Nd4j.randn(DataType.FLOAT, 1, net.numParams()).muli(0.4));
                // one instance for both sizes, so that switching its buffers is covered too;
                // 3 rows take the Java recurrent products, 40 rows ND4J's (LstmInference.NATIVE_MIN_ROWS = 12)
                LstmInference inference = new LstmInference(net, config);
                for (int n : new int[] {3, 40}) {
                    INDArray x = Nd4j.randn(DataType.FLOAT, n, TwinFeature.inputs().size(), 5);
                    float[] expected = net.output(x, false).dup('c').data().asFloat();
                    float[] actual = inference.forward(x.dup('c').data().asFloat(), n);
                    assertThat(actual).hasSize(expected.length);
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(Math.abs(actual[i] - expected[i])).as("%s %s output %d", peepholes, activation, i)
                                .isLessThan(1e-4f * Math.max(1f, Math.abs(expected[i])));
                    }
                }
            }
        }
    }

    @Test
    void carriesNoStateFromOneCallToTheNext() {
        LstmConfig config = LstmConfig.paper().withShape(2, 8).withWindow(5, 1);
        MultiLayerNetwork net = TwinLstmNetwork.create(config);
        Nd4j.getRandom().setSeed(3);
        net.setParams(Nd4j.randn(DataType.FLOAT, 1, net.numParams()).muli(0.4));
        LstmInference inference = new LstmInference(net, config);
        for (int n : new int[] {3, 40}) {
            float[] first = Nd4j.randn(DataType.FLOAT, n, TwinFeature.inputs().size(), 5).dup('c').data().asFloat();
            float[] other = Nd4j.randn(DataType.FLOAT, n, TwinFeature.inputs().size(), 5).dup('c').data().asFloat();
            float[] before = inference.forward(first, n);
            inference.forward(other, n);
            assertThat(inference.forward(first, n)).as("n = %d", n).containsExactly(before);
        }
    }
}
