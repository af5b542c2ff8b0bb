package io.vectwin.model.params;

/**
 * The whole, immutable parameter set of the model: one object that every formula reads.
 * Build it from a {@link Profile} and override pieces with the {@code with*} methods.
 */
public record NetworkParameters(
        Profile profile,
        RadioParameters radio,
        ComputeParameters compute,
        TaskParameters tasks,
        QosParameters qos,
        RewardWeights rewards,
        ScenarioGeometry geometry) {

    public NetworkParameters {
        Require.notNull("profile", profile);
        Require.notNull("radio", radio);
        Require.notNull("compute", compute);
        Require.notNull("tasks", tasks);
        Require.notNull("qos", qos);
        Require.notNull("rewards", rewards);
        Require.notNull("geometry", geometry);
    }

    public static NetworkParameters forProfile(Profile profile) {
        return switch (profile) {
            case PAPER -> paper();
            case PHYSICAL -> physical();
        };
    }

    /** Table II literally, with the paper's path-loss convention. */
    public static NetworkParameters paper() {
        return new NetworkParameters(Profile.PAPER, RadioParameters.paper(), ComputeParameters.tableII(),
                TaskParameters.paper(), QosParameters.tableII(), RewardWeights.defaults(), ScenarioGeometry.sectionVI());
    }

    /** 3GPP-consistent radio (the default profile); everything else as Table II. */
    public static NetworkParameters physical() {
        return new NetworkParameters(Profile.PHYSICAL, RadioParameters.physical(), ComputeParameters.tableII(),
                TaskParameters.physical(), QosParameters.tableII(), RewardWeights.defaults(), ScenarioGeometry.sectionVI());
    }

    public NetworkParameters withRadio(RadioParameters r) {
        return new NetworkParameters(profile, r, compute, tasks, qos, rewards, geometry);
    }

    public NetworkParameters withCompute(ComputeParameters c) {
        return new NetworkParameters(profile, radio, c, tasks, qos, rewards, geometry);
    }

    public NetworkParameters withTasks(TaskParameters t) {
        return new NetworkParameters(profile, radio, compute, t, qos, rewards, geometry);
    }

    public NetworkParameters withQos(QosParameters q) {
        return new NetworkParameters(profile, radio, compute, tasks, q, rewards, geometry);
    }

    public NetworkParameters withRewards(RewardWeights w) {
        return new NetworkParameters(profile, radio, compute, tasks, qos, w, geometry);
    }

    public NetworkParameters withGeometry(ScenarioGeometry g) {
        return new NetworkParameters(profile, radio, compute, tasks, qos, rewards, g);
    }
}
