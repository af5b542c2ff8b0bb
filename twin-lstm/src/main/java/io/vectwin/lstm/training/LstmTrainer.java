package io.vectwin.lstm.training;

import io.vectwin.lstm.features.Normalisation;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.TwinLstmNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Algorithm 1: minibatch Adam on the loss of eq. (74) with back-propagation through time, an
 * evaluation on the validation entities after every epoch, a learning rate lowered when the
 * validation loss stalls, and early stopping that keeps the best epoch's weights.
 */
public final class LstmTrainer {

    private final LstmConfig config;
    private final TrainingOptions options;
    private final TrainingListener listener;

    public LstmTrainer(LstmConfig config, TrainingOptions options, TrainingListener listener) {
        this.config = config;
        this.options = options;
        this.listener = listener;
    }

    /** What training produced: the best network, the normalisation it needs, and the epoch history. */
    public record Result(MultiLayerNetwork network, Normalisation normalisation, List<EpochReport> epochs,
            double bestValidationLoss) {
    }

    /**
     * Trains a fresh network. The normalisation is fitted on {@code train} only.
     *
     * @param train      training windows (already thinned by the caller's stride, if any)
     * @param validation windows of the held-out entities; must not be empty
     */
    public Result train(WindowDataset train, WindowDataset validation) {
        if (train.size() == 0 || validation.size() == 0) {
            throw new IllegalArgumentException("training needs windows on both sides of the split, got "
                    + train.size() + " training and " + validation.size() + " validation windows");
        }
        if (train.window() != config.window() || train.horizon() != config.horizon()) {
            throw new IllegalArgumentException("windows are W=" + train.window() + ", k=" + train.horizon()
                    + " but the model is W=" + config.window() + ", k=" + config.horizon());
        }
        Normalisation normalisation = Normalisation.fit(train);
        MultiLayerNetwork net = TwinLstmNetwork.create(config);
        Random shuffle = new Random(config.seed());
        double learningRate = config.learningRate();
        double best = Double.POSITIVE_INFINITY;
        INDArray bestParams = net.params().dup();
        int sinceBest = 0;
        int sinceLrChange = 0;
        List<EpochReport> history = new ArrayList<>();
        for (int epoch = 1; epoch <= options.maxEpochs(); epoch++) {
            long start = System.nanoTime();
            int[] order = shuffled(train.size(), shuffle);
            int batches = (order.length + config.batchSize() - 1) / config.batchSize();
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                int[] samples = java.util.Arrays.copyOfRange(order, b * config.batchSize(),
                        Math.min(order.length, (b + 1) * config.batchSize()));
                net.fit(batch(train, samples, normalisation));
                double loss = net.score();
                lossSum += loss;
                listener.onBatch(epoch, b + 1, batches, loss);
            }
            double validationLoss = validationLoss(net, validation, normalisation);
            boolean improved = validationLoss < best;
            if (improved) {
                best = validationLoss;
                bestParams = net.params().dup();
                sinceBest = 0;
                sinceLrChange = 0;
            } else {
                sinceBest++;
                sinceLrChange++;
            }
            EpochReport report = new EpochReport(epoch, lossSum / batches, validationLoss, learningRate, improved,
                    (System.nanoTime() - start) / 1e9);
            history.add(report);
            listener.onEpoch(report);
            if (sinceBest >= options.earlyStopPatience()) {
                break;
            }
            if (sinceLrChange >= options.lrPatience() && learningRate > options.minLearningRate()) {
                learningRate = Math.max(options.minLearningRate(), learningRate * options.lrFactor());
                net.setLearningRate(learningRate);
                sinceLrChange = 0;
            }
        }
        net.setParams(bestParams);
        return new Result(net, normalisation, List.copyOf(history), best);
    }

    /** Mean eq. (74) loss over the validation windows, dropout off. */
    public double validationLoss(MultiLayerNetwork net, WindowDataset validation, Normalisation normalisation) {
        double sum = 0;
        int n = 0;
        for (int start = 0; start < validation.size(); start += config.batchSize()) {
            int[] samples = IntStream.range(start, Math.min(validation.size(), start + config.batchSize())).toArray();
            sum += net.score(batch(validation, samples, normalisation), false) * samples.length;
            n += samples.length;
        }
        return sum / n;
    }

    static DataSet batch(WindowDataset data, int[] samples, Normalisation normalisation) {
        INDArray features = Nd4j.create(normalisation.scaleInputs(data, samples),
                new long[] {samples.length, TwinFeature.inputs().size(), data.window()}, 'c');
        INDArray labels = Nd4j.create(normalisation.scaleDeltas(data, samples),
                new long[] {samples.length, TwinFeature.outputs().size()}, 'c');
        return new DataSet(features, labels);
    }

    private static int[] shuffled(int n, Random rng) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
