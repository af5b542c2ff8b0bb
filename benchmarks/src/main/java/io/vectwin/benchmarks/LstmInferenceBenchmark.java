package io.vectwin.benchmarks;

import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.LstmInference;
import io.vectwin.lstm.model.TwinLstmNetwork;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The twin LSTM at the paper's size (3 × 128, W = 10, Sec. VI) predicting batches of windows, and
 * in the same run ND4J's single-precision matrix multiply on this machine, the reference the
 * DESIGN.md target is a fraction of: inference FLOP/s ≥ 30 % of matrix-multiply FLOP/s. One JMH
 * operation of {@link #predict} is one batch; the report multiplies by the batch size. Weights
 * are freshly initialised — the cost of a forward pass does not depend on their values.
 * {@link #predict} is the path the twin uses ({@link LstmInference}); {@link #predictDl4j} is
 * DL4J's own forward pass on the same network and batch, to show what the hand-written pass buys. ND4J runs
 * on the threads OMP_NUM_THREADS allows (benchmarks/run.sh sets 1, as the job's JVMs do).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LstmInferenceBenchmark {

    /** Side of the square matrices of {@link #matrixMultiply}. */
    public static final int MATMUL_N = 512;

    public static final Map<String, String> DESCRIPTIONS = Map.of(
            "predict", "one batch of windows through the 3 × 128 LSTM (W = 10, 15 features in, 8 out), float32, the"
                    + " twin's path (`LstmInference`: BLAS products, vectorised gate maths in Java)",
            "predictDl4j", "the same batch through DL4J's `MultiLayerNetwork.output`, for comparison",
            "matrixMultiply", "ND4J float32 GEMM " + MATMUL_N + " × " + MATMUL_N + " by " + MATMUL_N + " × " + MATMUL_N);

    /** The network and a batch of random scaled windows. */
    @State(Scope.Thread)
    public static class Batch {
        @Param({"1", "16", "64", "256"})
        public int batch;

        MultiLayerNetwork network;
        LstmInference inference;
        INDArray input;
        float[] flatInput;

        @Setup(Level.Trial)
        public void setUp() {
            Nd4j.getRandom().setSeed(20_241_125L);
            network = TwinLstmNetwork.create(LstmConfig.paper());
            inference = new LstmInference(network, LstmConfig.paper());
            input = Nd4j.randn(DataType.FLOAT, batch, TwinFeature.inputs().size(), LstmConfig.paper().window());
            flatInput = input.dup('c').data().asFloat();
        }
    }

    /** Two random square matrices. */
    @State(Scope.Thread)
    public static class Matrices {
        INDArray a;
        INDArray b;

        @Setup(Level.Trial)
        public void setUp() {
            Nd4j.getRandom().setSeed(7L);
            a = Nd4j.rand(DataType.FLOAT, MATMUL_N, MATMUL_N);
            b = Nd4j.rand(DataType.FLOAT, MATMUL_N, MATMUL_N);
        }
    }

    @Benchmark
    public float[] predict(Batch state) {
        return state.inference.forward(state.flatInput, state.batch);
    }

    @Benchmark
    public INDArray predictDl4j(Batch state) {
        return state.network.output(state.input, false);
    }

    @Benchmark
    public INDArray matrixMultiply(Matrices m) {
        return m.a.mmul(m.b);
    }

    /** FLOPs of one {@link #matrixMultiply}: 2n³. */
    public static double matrixMultiplyFlops() {
        return 2.0 * MATMUL_N * MATMUL_N * MATMUL_N;
    }
}
