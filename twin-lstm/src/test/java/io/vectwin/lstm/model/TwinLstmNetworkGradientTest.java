package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.lstm.features.TwinFeature;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The whole network's back-propagation through time with the eq. (74) loss against numerical
 * differentiation (DL4J's gradient checker, double precision, no dropout). A wrong loss gradient
 * or a wrong layer wiring fails here.
 */
class TwinLstmNetworkGradientTest {

    @Test
    void backPropagationMatchesNumericalGradientsWithAndWithoutPeepholes() {
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            check();
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }

    private static void check() {
        for (boolean peepholes : new boolean[] {true, false}) {
            LstmConfig config = LstmConfig.paper().withShape(2, 2).withWindow(2, 1)
                    .withTraining(1e-3, 4, 0.0, 7L).withCell(CellActivation.TANH, peepholes, 0.25);
            MultiLayerConfiguration conf = TwinLstmNetwork.configuration(config);
            conf.setDataType(DataType.DOUBLE);
            // the checker compares raw gradients, so no optimiser may rescale them
            for (int i = 0; i < conf.getConfs().size(); i++) {
                org.deeplearning4j.nn.conf.layers.Layer layer = conf.getConf(i).getLayer();
                if (layer instanceof org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer w) {
                    layer = w.getUnderlying();
                }
                ((org.deeplearning4j.nn.conf.layers.BaseLayer) layer).setIUpdater(new org.nd4j.linalg.learning.config.NoOp());
            }
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            Nd4j.getRandom().setSeed(11);
            INDArray input = Nd4j.rand(DataType.DOUBLE, 3, TwinFeature.inputs().size(), 2);
            INDArray labels = Nd4j.rand(DataType.DOUBLE, 3, TwinFeature.outputs().size());
            boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig()
                    .net(net).input(input).labels(labels)
                    .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8));
            assertThat(ok).as("gradient check, peepholes=%s", peepholes).isTrue();
        }
    }
}
