package io.vectwin.quantum.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * The multi-agent DDPG baseline for one agent type (Lillicrap et al., "Continuous control with deep
 * reinforcement learning", 2016): a deterministic actor μ(s) and a critic Q(s, a) on DL4J, each with a
 * target network, and a replay buffer. Actions are continuous vectors in [0, 1]^d laid out as the
 * paper's action encodings — eq. (58)'s power, one score per first hop and the segment size for a
 * vehicle, eq. (60) / (62) for a UAV / BS (power, CPU, κ, one score per forwarding target) — which the
 * training loop decodes into a decision ({@code VehicleActionSpace.choice}, {@code UavAction.decode},
 * {@code BsAction.decode}): the highest score picks the node, κ ≥ 0.5 processes here.
 *
 * <h2>Acting</h2>
 * a = clip(μ(s) + N(0, σ²), 0, 1), σ = {@link DdpgSettings#noise}(ε) (no noise at ε = 0).
 *
 * <h2>Update, after every time step, on a minibatch from the replay</h2>
 * <ul>
 *   <li>Critic: y = r + γ·Q'(s', μ'(s'))·(1 − done); one Adam step on (y − Q(s, a))².</li>
 *   <li>Actor: ascent on Q(s, μ(s)): ∇_θ J = ∇_a Q(s, a)|_{a = μ(s)}·∇_θ μ(s), the chain rule handed to
 *       DL4J as the output gradient −∇_a Q ({@link OutputGradientLoss}); ∇_a Q comes from DL4J's
 *       back-propagation into the critic's input ({@link #actionGradient}).</li>
 *   <li>Targets: θ' ← τθ + (1 − τ)θ' for both networks.</li>
 * </ul>
 */
public final class DdpgAgent extends ReplayLearner {

    private final String name;
    private final int stateLength;
    private final int actionLength;
    private final DdpgSettings ddpg;
    private MultiLayerNetwork actor;
    private MultiLayerNetwork actorTarget;
    private MultiLayerNetwork critic;
    private MultiLayerNetwork criticTarget;

    public DdpgAgent(String name, int stateLength, int actionLength, LearningSettings settings, DdpgSettings ddpg,
            long seed) {
        super(settings);
        this.name = name;
        this.stateLength = stateLength;
        this.actionLength = actionLength;
        this.ddpg = ddpg;
        this.actor = ClassicalNetworks.mlp(stateLength, settings.criticHidden(), actionLength, Activation.SIGMOID,
                new OutputGradientLoss(), ddpg.actorLearningRate(), seed);
        this.actorTarget = actor.clone();
        this.critic = ClassicalNetworks.mlp(stateLength + actionLength, settings.criticHidden(), 1, Activation.IDENTITY,
                new LossMSE(), ddpg.criticLearningRate(), seed + 1);
        this.criticTarget = critic.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AgentAct act(double[] state, boolean[] allowed, double epsilon, RandomGenerator rng) {
        return actAll(List.of(state), java.util.Collections.singletonList(allowed), epsilon, rng).get(0);
    }

    /** One forward pass of μ for all the states, then the noise, state by state. */
    @Override
    public List<AgentAct> actAll(List<double[]> states, List<boolean[]> allowed, double epsilon, RandomGenerator rng) {
        if (states.isEmpty()) {
            return List.of();
        }
        double[][] mu = ClassicalNetworks.outputs(actor, states, stateLength);
        double sigma = ddpg.noise(epsilon);
        List<AgentAct> out = new ArrayList<>(states.size());
        for (int k = 0; k < states.size(); k++) {
            double[] a = mu[k];
            if (sigma > 0) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = Math.min(1.0, Math.max(0.0, a[i] + sigma * gaussian(rng)));
                }
            }
            out.add(AgentAct.continuous(states.get(k), a));
        }
        return out;
    }

    /** Lines 13–15 on one minibatch. */
    @Override
    protected UpdateStats update(Minibatch batch) {
        INDArray s = ClassicalNetworks.matrix(batch.states(), stateLength);
        INDArray sNext = ClassicalNetworks.matrix(batch.nextStates(), stateLength);
        double[] nextQ = ClassicalNetworks.firstColumn(criticTarget.output(Nd4j.hstack(sNext, actorTarget.output(sNext))));
        INDArray takenInput = Nd4j.hstack(s, ClassicalNetworks.matrix(batch.actionVectors(), actionLength));
        double[] y = batch.tdTargets(nextQ, settings.gamma());
        double squaredError = Minibatch.meanSquaredError(y, ClassicalNetworks.firstColumn(critic.output(takenInput)));
        critic.fit(takenInput, ClassicalNetworks.column(y));

        INDArray mu = actor.output(s);
        INDArray dQda = actionGradient(Nd4j.hstack(s, mu));
        actor.fit(s, dQda.negi());

        ValueCritic.softUpdate(criticTarget, critic, ddpg.tau());
        ValueCritic.softUpdate(actorTarget, actor, ddpg.tau());
        return new UpdateStats(1, squaredError);
    }

    /**
     * ∂Q/∂a at each row of [s, a], by DL4J's back-propagation into the critic's input. The critic's
     * loss is the squared error (y − Q)² over one output, whose gradient with respect to Q is 2(Q − y);
     * with y = Q − ½ it is exactly 1, so the input gradient DL4J returns is ∂Q/∂[s, a].
     */
    INDArray actionGradient(INDArray stateActions) {
        INDArray labels = critic.output(stateActions).subi(0.5);
        INDArray inputGradient = critic.calculateGradients(stateActions, labels, null, null).getSecond();
        return inputGradient.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(stateLength, stateLength + actionLength)).dup();
    }

    /** Q(s, a) for every row of [s, a] (for tests). */
    double[] q(double[][] stateActions) {
        return ClassicalNetworks.firstColumn(critic.output(ClassicalNetworks.matrix(stateActions, stateLength + actionLength)));
    }

    /** Standard normal draw by Box–Muller (RandomGenerator's nextGaussian is not in every implementation's contract order). */
    private static double gaussian(RandomGenerator rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    @Override
    public void save(Path dir) throws IOException {
        ClassicalNetworks.save(actor, dir.resolve(name + ".ddpg-actor.zip"), true);
        ClassicalNetworks.save(actorTarget, dir.resolve(name + ".ddpg-actor-target.zip"), false);
        ClassicalNetworks.save(critic, dir.resolve(name + ".ddpg-critic.zip"), true);
        ClassicalNetworks.save(criticTarget, dir.resolve(name + ".ddpg-critic-target.zip"), false);
        replay.write(dir.resolve(name + ".replay.bin"));
    }

    @Override
    public void restore(Path dir) throws IOException {
        actor = ClassicalNetworks.load(dir.resolve(name + ".ddpg-actor.zip"), true);
        actorTarget = ClassicalNetworks.load(dir.resolve(name + ".ddpg-actor-target.zip"), false);
        critic = ClassicalNetworks.load(dir.resolve(name + ".ddpg-critic.zip"), true);
        criticTarget = ClassicalNetworks.load(dir.resolve(name + ".ddpg-critic-target.zip"), false);
        replay.read(dir.resolve(name + ".replay.bin"));
    }

    @Override
    public void readPolicy(Path dir) throws IOException {
        actor = ClassicalNetworks.load(dir.resolve(name + ".ddpg.zip"), false);
    }

    /** {@code NAME.ddpg.zip}: the actor network. */
    @Override
    public Path writePolicy(Path dir) throws IOException {
        Path file = dir.resolve(name + ".ddpg.zip");
        ClassicalNetworks.save(actor, file, false);
        return file;
    }
}
