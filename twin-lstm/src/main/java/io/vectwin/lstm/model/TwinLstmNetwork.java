package io.vectwin.lstm.model;

import io.vectwin.lstm.features.TwinFeature;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.AbstractLSTM;
import org.deeplearning4j.nn.conf.layers.GravesLSTM;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Builds the twin's network from an {@link LstmConfig}: {@code layers} stacked LSTM layers, the
 * last one read at its final time step, then a linear layer to the predicted features, trained
 * with the loss of eq. (74) ({@link VarianceRegularisedLoss}) and Adam (Algorithm 1).
 *
 * <p>Weights start from N(0, 1/n) with n the fan-in (Alg. 1; DL4J's {@link WeightInit#NORMAL} is
 * exactly that). Dropout: DL4J's {@link Dropout} takes the probability of <em>keeping</em> an
 * activation, so the paper's rate 0.3 becomes 0.7 here; it applies to the input of every layer
 * after the first, i.e. between LSTM layers and before the output layer.
 */
public final class TwinLstmNetwork {

    private TwinLstmNetwork() {
    }

    /** A fresh, initialised network for {@code config}. */
    public static MultiLayerNetwork create(LstmConfig config) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(config));
        net.init();
        return net;
    }

    public static MultiLayerConfiguration configuration(LstmConfig config) {
        int inputs = TwinFeature.inputs().size();
        int outputs = TwinFeature.outputs().size();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .weightInit(WeightInit.NORMAL)
                .updater(new Adam(config.learningRate(), config.beta1(), config.beta2(), config.epsilon()))
                .list();
        for (int l = 0; l < config.layers(); l++) {
            Layer lstm = lstmLayer(config, l == 0 ? inputs : config.units(), l > 0);
            list.layer(l == config.layers() - 1 ? new LastTimeStep(lstm) : lstm);
        }
        OutputLayer.Builder out = new OutputLayer.Builder(new VarianceRegularisedLoss(config.varianceWeight()))
                .nIn(config.units())
                .nOut(outputs)
                .activation(Activation.IDENTITY);
        if (config.dropout() > 0) {
            out.dropOut(new Dropout(1.0 - config.dropout()));
        }
        list.layer(out.build());
        return list.setInputType(InputType.recurrent(inputs, config.window())).build();
    }

    private static Layer lstmLayer(LstmConfig config, int nIn, boolean dropInput) {
        AbstractLSTM.Builder<?> b = config.peepholes() ? new GravesLSTM.Builder() : new LSTM.Builder();
        b.nIn(nIn).nOut(config.units())
                .activation(config.cellActivation().dl4j())
                .gateActivationFunction(Activation.SIGMOID);
        if (dropInput && config.dropout() > 0) {
            b.dropOut(new Dropout(1.0 - config.dropout()));
        }
        return b.build();
    }
}
