package io.vectwin.lstm.model;

import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The twin's training loss, eq. (74):
 * <pre>
 *   L = Σ_{i=1..M} (o_i − ô_i)²  +  η_w · Σ_{i=1..M} Var(ô_i)
 * </pre>
 * summed over the M predicted parameters. The paper leaves open over what Var(ô_i) is taken;
 * a single prediction has no variance, so we take it over the minibatch (the population
 * variance of parameter i across the examples of the batch), which is the only reading that
 * gives the term a gradient. Its effect with η_w &gt; 0 is shrinkage of the predictions towards
 * their batch mean — a regulariser, matching the paper's "reducing the likelihood of
 * overfitting"; the paper's other phrase, "encouraging diversity", would need η_w &lt; 0, which
 * this class also accepts.
 *
 * <p>Per example n the score is s_n = Σ_i (o_{n,i} − ô_{n,i})² + η_w Σ_i (ô_{n,i} − μ_i)², with
 * μ_i the batch mean of ô_i, so that the batch average of s_n is exactly eq. (74). The gradient
 * of Σ_n s_n with respect to ô_{n,i} is 2(ô_{n,i} − o_{n,i}) + 2η_w(ô_{n,i} − μ_i) (the terms
 * through μ_i cancel because Σ_n (ô_{n,i} − μ_i) = 0); DL4J divides by the minibatch size
 * itself. Masks (per example or per output) zero both the score and the gradient of masked
 * entries and exclude masked examples from μ.
 */
public final class VarianceRegularisedLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    @JsonProperty("varianceWeight")
    private final double varianceWeight;

    /** For DL4J's configuration (de)serialisation. */
    public VarianceRegularisedLoss() {
        this(0.0);
    }

    /** @param varianceWeight η_w of eq. (74); finite, either sign */
    public VarianceRegularisedLoss(@JsonProperty("varianceWeight") double varianceWeight) {
        if (!Double.isFinite(varianceWeight)) {
            throw new IllegalArgumentException("varianceWeight must be finite, got " + varianceWeight);
        }
        this.varianceWeight = varianceWeight;
    }

    public double getVarianceWeight() {
        return varianceWeight;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        INDArray perExample = computeScoreArray(labels, preOutput, activationFn, mask);
        double sum = perExample.sumNumber().doubleValue();
        return average ? sum / perExample.size(0) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        Terms terms = terms(labels, preOutput, activationFn, mask);
        INDArray squaredError = terms.error.mul(terms.error);
        INDArray squaredSpread = terms.spread.mul(terms.spread).muli(varianceWeight);
        return squaredError.addi(squaredSpread).sum(true, 1);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        Terms terms = terms(labels, preOutput, activationFn, mask);
        INDArray dLdOutput = terms.error.mul(2.0).addi(terms.spread.mul(2.0 * varianceWeight));
        INDArray dLdPreOutput = activationFn.backprop(preOutput.dup(), dLdOutput).getFirst();
        return terms.mask == null ? dLdPreOutput : dLdPreOutput.muli(terms.mask);
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "VarianceRegularisedLoss(eq. 74, eta_w=" + varianceWeight + ")";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VarianceRegularisedLoss other
                && Double.compare(other.varianceWeight, varianceWeight) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(VarianceRegularisedLoss.class, varianceWeight);
    }

    /**
     * error = ô − o and spread = ô − μ for every (example, output), both already masked;
     * mask broadcast to the output shape (null when there is none).
     */
    private static Terms terms(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        if (!labels.equalShapes(preOutput)) {
            throw new IllegalArgumentException("labels " + java.util.Arrays.toString(labels.shape())
                    + " and predictions " + java.util.Arrays.toString(preOutput.shape()) + " differ in shape");
        }
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        INDArray fullMask = null;
        if (mask != null) {
            fullMask = mask.size(1) == output.size(1) ? mask.castTo(output.dataType())
                    : mask.castTo(output.dataType()).repeat(1, output.size(1));
        }
        INDArray error = output.sub(labels.castTo(output.dataType()));
        INDArray mean;
        if (fullMask == null) {
            mean = output.mean(true, 0);
        } else {
            INDArray count = fullMask.sum(true, 0);
            mean = output.mul(fullMask).sum(true, 0).divi(org.nd4j.linalg.ops.transforms.Transforms.max(count, 1.0));
        }
        INDArray spread = output.subRowVector(mean);
        if (fullMask != null) {
            error.muli(fullMask);
            spread.muli(fullMask);
        }
        return new Terms(error, spread, fullMask);
    }

    private record Terms(INDArray error, INDArray spread, INDArray mask) {
    }
}
