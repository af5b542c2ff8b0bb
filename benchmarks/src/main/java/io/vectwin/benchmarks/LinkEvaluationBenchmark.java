package io.vectwin.benchmarks;

import io.vectwin.model.channel.LinkEndpoints;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One simulator link evaluation per operation: {@link LinkEvaluator#draw} — path loss with its
 * random parts, the small-scale channel, SNR and the URLLC rate of eq. (23) — for the physical
 * profile, one link type per benchmark. Target (DESIGN.md, "Performance targets"):
 * ≥ 1 000 000 evaluations/s on one core.
 *
 * <p>Positions come from a precomputed ring of {@value #RING} transmitter/receiver pairs
 * (ground distance 10–1500 m, any bearing), so that each call sees a different geometry —
 * different path loss, LoS probability and array angle — at the cost of an array read.
 * The random generator is a seeded {@link SplittableRandom}: every run draws the same sequence.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LinkEvaluationBenchmark {

    /** One line per benchmark method, for the results table. */
    public static final Map<String, String> DESCRIPTIONS = Map.of(
            "v2bUmaSimo", "vehicle→BS, 3GPP UMa NLoS + shadowing, SIMO Rayleigh (M = 4)",
            "v2uUav3gppRician", "vehicle→UAV, 3GPP aerial LoS/NLoS + shadowing, SISO Rician",
            "b2uUav3gppMiso", "BS→UAV, 3GPP aerial LoS/NLoS + shadowing, MISO Rician (M = 4)");

    static final long SEED = 20_240_601L;
    static final int RING = 1 << 10;
    private static final int MASK = RING - 1;
    private static final double MIN_GROUND_DISTANCE_M = 10.0;
    private static final double MAX_GROUND_DISTANCE_M = 1500.0;

    /**
     * Relative speeds for the Doppler term, Table II: vehicles at Ṽ_v = 20 m/s, UAVs at 10–50 m/s
     * (30 m/s, the middle); vehicle → UAV takes the head-on sum. They change the Doppler phase,
     * not the work done, so any plausible value measures the same cost.
     */
    private static final double VEHICLE_SPEED_MPS = 20.0;
    private static final double UAV_SPEED_MPS = 30.0;

    private LinkEvaluator evaluator;
    private SplittableRandom rng;
    private Ring v2b;
    private Ring v2u;
    private Ring b2u;
    private double vehiclePowerW;
    private double bsPowerW;
    private int next;

    /** Transmitter and receiver positions of one link type, {@value #RING} of them. */
    private record Ring(Position[] tx, Position[] rx) {

        static Ring of(LinkType link, SplittableRandom setupRng) {
            Position[] tx = new Position[RING];
            Position[] rx = new Position[RING];
            for (int i = 0; i < RING; i++) {
                double d = setupRng.nextDouble(MIN_GROUND_DISTANCE_M, MAX_GROUND_DISTANCE_M);
                double bearing = setupRng.nextDouble(0, 2 * Math.PI);
                LinkEndpoints ends = LinkEndpoints.standard(link, d);
                tx[i] = ends.transmitter();
                rx[i] = new Position(d * Math.cos(bearing), d * Math.sin(bearing), ends.receiver().z());
            }
            return new Ring(tx, rx);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        NetworkParameters params = NetworkParameters.physical();
        evaluator = new LinkEvaluator(params.radio(), params.geometry().slotSeconds());
        SplittableRandom setupRng = new SplittableRandom(SEED);
        v2b = Ring.of(LinkType.V2B, setupRng);
        v2u = Ring.of(LinkType.V2U, setupRng);
        b2u = Ring.of(LinkType.B2U, setupRng);
        rng = new SplittableRandom(SEED + 1);
        vehiclePowerW = evaluator.maxTxPowerW(LinkType.V2B.from());
        bsPowerW = evaluator.maxTxPowerW(LinkType.B2U.from());
        next = 0;
    }

    private int nextIndex() {
        next = (next + 1) & MASK;
        return next;
    }

    @Benchmark
    public double v2bUmaSimo() {
        int i = nextIndex();
        return evaluator.draw(LinkType.V2B, PathLossModelKind.UMA, v2b.tx()[i], v2b.rx()[i], vehiclePowerW,
                VEHICLE_SPEED_MPS, rng).rateBps();
    }

    @Benchmark
    public double v2uUav3gppRician() {
        int i = nextIndex();
        return evaluator.draw(LinkType.V2U, PathLossModelKind.UAV_3GPP, v2u.tx()[i], v2u.rx()[i], vehiclePowerW,
                VEHICLE_SPEED_MPS + UAV_SPEED_MPS, rng).rateBps();
    }

    @Benchmark
    public double b2uUav3gppMiso() {
        int i = nextIndex();
        return evaluator.draw(LinkType.B2U, PathLossModelKind.UAV_3GPP, b2u.tx()[i], b2u.rx()[i], bsPowerW,
                UAV_SPEED_MPS, rng).rateBps();
    }
}
