package io.vectwin.model.game;

/**
 * What the best-response iteration of Algorithm 3 (lines 9–16) reached.
 *
 * @param actions   a*: one action index per player, in the players' order
 * @param utilities U_x(a*_x, a*_−x) of every player at a*
 * @param rounds    best-response rounds run (a round gives every player one turn)
 * @param converged whether the last round changed no player's action, so a* is a pure Nash
 *                  equilibrium of the game; false when the round cap stopped the iteration first
 */
public record NashEquilibrium(int[] actions, double[] utilities, int rounds, boolean converged) {

    public NashEquilibrium {
        actions = actions.clone();
        utilities = utilities.clone();
    }

    @Override
    public int[] actions() {
        return actions.clone();
    }

    public int action(int player) {
        return actions[player];
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }

    public double utility(int player) {
        return utilities[player];
    }

    public int players() {
        return actions.length;
    }
}
