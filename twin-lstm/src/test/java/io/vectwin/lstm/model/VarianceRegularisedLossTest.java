package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class VarianceRegularisedLossTest {

    private static final INDArray LABELS = Nd4j.create(new double[][] {{1, 2}, {3, 5}});
    private static final INDArray PREDICTED = Nd4j.create(new double[][] {{1.5, 1.0}, {2.0, 6.0}});

    @Test
    void scoreIsEquation74WithTheVarianceOverTheBatch() {
        // by hand: errors (0.5, -1), (-1, 1) -> squared errors 1.25 and 2, mean 1.625;
        // batch means (1.75, 3.5), population variances 0.0625 and 6.25, sum 6.3125;
        // eq. (74) with eta_w = 0.5: 1.625 + 0.5 * 6.3125 = 4.78125
        VarianceRegularisedLoss loss = new VarianceRegularisedLoss(0.5);
        assertThat(loss.computeScore(LABELS, PREDICTED, new ActivationIdentity(), null, true)).isCloseTo(4.78125, within(1e-12));
        // per example: 1.25 + 0.5 * 6.3125 and 2 + 0.5 * 6.3125
        INDArray perExample = loss.computeScoreArray(LABELS, PREDICTED, new ActivationIdentity(), null);
        assertThat(perExample.getDouble(0)).isCloseTo(4.40625, within(1e-12));
        assertThat(perExample.getDouble(1)).isCloseTo(5.15625, within(1e-12));
        assertThat(loss.computeScore(LABELS, PREDICTED, new ActivationIdentity(), null, false)).isCloseTo(9.5625, within(1e-12));
    }

    @Test
    void withoutTheVarianceTermItIsTheSumOfSquaredErrors() {
        VarianceRegularisedLoss loss = new VarianceRegularisedLoss(0.0);
        assertThat(loss.computeScore(LABELS, PREDICTED, new ActivationIdentity(), null, true)).isCloseTo(1.625, within(1e-12));
    }

    @Test
    void gradientMatchesCentralDifferencesThroughTheActivation() {
        INDArray labels = Nd4j.rand(DataType.DOUBLE, 5, 3);
        INDArray preOut = Nd4j.rand(DataType.DOUBLE, 5, 3).subi(0.5).muli(2);
        for (double eta : new double[] {0.0, 0.7, -0.3}) {
            VarianceRegularisedLoss loss = new VarianceRegularisedLoss(eta);
            for (var activation : new org.nd4j.linalg.activations.IActivation[] {new ActivationIdentity(), new ActivationTanH()}) {
                INDArray analytic = loss.computeGradient(labels, preOut, activation, null);
                double h = 1e-6;
                for (int n = 0; n < 5; n++) {
                    for (int i = 0; i < 3; i++) {
                        INDArray plus = preOut.dup();
                        plus.putScalar(n, i, preOut.getDouble(n, i) + h);
                        INDArray minus = preOut.dup();
                        minus.putScalar(n, i, preOut.getDouble(n, i) - h);
                        // the gradient is of the summed score (DL4J divides by the batch size itself)
                        double numeric = (loss.computeScore(labels, plus, activation, null, false)
                                - loss.computeScore(labels, minus, activation, null, false)) / (2 * h);
                        assertThat(analytic.getDouble(n, i)).as("eta %s, %s, (%d,%d)", eta, activation, n, i)
                                .isCloseTo(numeric, within(1e-6));
                    }
                }
            }
        }
    }

    @Test
    void maskedExamplesAddNothingAndGetNoGradient() {
        VarianceRegularisedLoss loss = new VarianceRegularisedLoss(0.5);
        INDArray labels = Nd4j.create(new double[][] {{1, 2}, {3, 5}, {100, -100}});
        INDArray predicted = Nd4j.create(new double[][] {{1.5, 1.0}, {2.0, 6.0}, {0, 0}});
        INDArray mask = Nd4j.create(new double[][] {{1}, {1}, {0}});
        // with the third example masked, the sum over examples is the unmasked batch's 9.5625
        assertThat(loss.computeScore(labels, predicted, new ActivationIdentity(), mask, false)).isCloseTo(9.5625, within(1e-12));
        INDArray gradient = loss.computeGradient(labels, predicted, new ActivationIdentity(), mask);
        assertThat(gradient.getRow(2).sumNumber().doubleValue()).isZero();
    }

    @Test
    void rejectsMismatchedShapesAndNonFiniteWeights() {
        VarianceRegularisedLoss loss = new VarianceRegularisedLoss(0.1);
        assertThatThrownBy(() -> loss.computeScore(LABELS, Nd4j.zeros(2, 3), new ActivationIdentity(), null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shape");
        assertThatThrownBy(() -> new VarianceRegularisedLoss(Double.NaN)).hasMessageContaining("varianceWeight");
    }
}
