package io.vectwin.quantum.training;

/**
 * ε of the ε-greedy exploration (Algorithm 2, line 3; Sec. VI), decayed per episode:
 * ε_e = max(ε_end, ε_start·d^e) with d chosen so that ε reaches ε_end after {@code decayEpisodes}
 * episodes, d = (ε_end/ε_start)^(1/decayEpisodes).
 */
public record ExplorationSchedule(double start, double end, int decayEpisodes) {

    public ExplorationSchedule {
        if (!(start > 0 && start <= 1) || !(end > 0 && end <= start)) {
            throw new IllegalArgumentException("need 0 < end <= start <= 1, got start " + start + ", end " + end);
        }
        if (decayEpisodes < 1) {
            throw new IllegalArgumentException("decayEpisodes must be >= 1, got " + decayEpisodes);
        }
    }

    /** From 1 to 0.05 over the first 60 % of {@code episodes}. */
    public static ExplorationSchedule forEpisodes(int episodes) {
        return new ExplorationSchedule(1.0, 0.05, Math.max(1, (int) Math.round(0.6 * episodes)));
    }

    /** ε of episode {@code episode} (0-based). */
    public double epsilon(int episode) {
        double decay = Math.pow(end / start, 1.0 / decayEpisodes);
        return Math.max(end, start * Math.pow(decay, episode));
    }
}
