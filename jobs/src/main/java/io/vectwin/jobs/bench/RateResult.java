package io.vectwin.jobs.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One offered rate: the pipeline's phase and, when measured, the passthrough's at the same rate.
 *
 * @param offeredPerSecond the rate
 * @param pipeline         the twin job
 * @param passthrough      the bare Kafka copy, empty when the run skipped it
 */
public record RateResult(double offeredPerSecond, PhaseResult pipeline, Optional<PhaseResult> passthrough) {

    /** The pipeline's p99 over the passthrough's, when both exist. */
    public OptionalDouble p99RatioToPassthrough() {
        return passthrough.filter(p -> p.p99Ms() > 0 && !Double.isNaN(p.p99Ms()) && !Double.isNaN(pipeline.p99Ms()))
                .map(p -> OptionalDouble.of(pipeline.p99Ms() / p.p99Ms())).orElse(OptionalDouble.empty());
    }

    /**
     * The saturation point: the highest offered rate up to which the pipeline kept its p99 within
     * {@code thresholdMs} and lost nothing at every measured rate (rates in any order). Empty if
     * even the lowest rate missed.
     */
    public static OptionalDouble saturation(List<RateResult> rates, double thresholdMs) {
        List<RateResult> ascending = rates.stream()
                .sorted(java.util.Comparator.comparingDouble(RateResult::offeredPerSecond)).toList();
        OptionalDouble best = OptionalDouble.empty();
        for (RateResult r : ascending) {
            if (!r.pipeline().meets(thresholdMs)) {
                break;
            }
            best = OptionalDouble.of(r.offeredPerSecond());
        }
        return best;
    }
}
