package io.vectwin.jobs.cli;

import io.vectwin.jobs.config.TwinJobConfig;
import io.vectwin.quantum.QuantumPolicies;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --policy} and {@code --model}, a picocli mixin: which offloading policy the twin job
 * decides with, and the trained model it needs (a quantum, PPO or DDPG vehicle actor). Shared by
 * every command that runs the job; {@link JobSettings#finish} checks the pair once, before
 * anything starts.
 */
public final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "greedy",
            description = "Offloading policy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = PolicyNames.class)
    String policy;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model file of a trained policy: --policy quantum, a QPN parameter JSON (vehicle.qpn.json of"
                    + " vectwin train); ppo / ddpg, the vehicle actor vehicle.ppo.zip / vehicle.ddpg.zip.")
    Path model;

    /** {@code job} deciding with this policy and model. */
    TwinJobConfig apply(TwinJobConfig job) {
        return job.withPolicy(policy).withModelFile(model == null ? "" : model.toString());
    }

    /** Completion candidates for --policy. */
    static final class PolicyNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return QuantumPolicies.names().iterator();
        }
    }
}
