package io.vectwin.quantum.training;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A DL4J loss whose "labels" are the gradient of the real objective with respect to the network's
 * output, ∂L/∂y, computed by the caller: DL4J then backpropagates it through the output activation
 * and the layers and takes its optimiser step. The policy-gradient learners need this because their
 * objectives are not functions of (output, label) pairs: PPO's clipped surrogate depends on the old
 * policy's probability and the advantage, DDPG's actor ascends Q(s, μ(s)) through the critic.
 *
 * <p>The score it reports is the linearisation Σ_i (∂L/∂y_i)·y_i per example (only for DL4J's
 * listeners; nothing is optimised on it).
 */
public final class OutputGradientLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        INDArray perExample = computeScoreArray(labels, preOutput, activationFn, mask);
        double sum = perExample.sumNumber().doubleValue();
        return average ? sum / perExample.size(0) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        INDArray score = output.muli(labels.castTo(output.dataType()));
        if (mask != null) {
            score.muliColumnVector(mask.castTo(score.dataType()));
        }
        return score.sum(true, 1);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray dLdOutput = labels.castTo(preOutput.dataType()).dup();
        INDArray dLdPreOutput = activationFn.backprop(preOutput.dup(), dLdOutput).getFirst();
        if (mask != null) {
            dLdPreOutput.muliColumnVector(mask.castTo(dLdPreOutput.dataType()));
        }
        return dLdPreOutput;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "OutputGradientLoss";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputGradientLoss;
    }

    @Override
    public int hashCode() {
        return OutputGradientLoss.class.hashCode();
    }
}
