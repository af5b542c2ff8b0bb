package io.vectwin.quantum.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a training run needs to continue exactly where it stopped: per agent type the actor's
 * parameters (a policy file, {@link QpnParametersFile}) and Adam moments, the critic and its target
 * (DL4J model files with the updater state), the replay buffer; and the next episode. Written to a
 * temporary directory and then moved over the previous checkpoint, so a run killed while writing
 * keeps the previous one.
 *
 * <p>Layout of {@code DIR}: {@code state.json}; per agent {@code NAME.qpn.json},
 * {@code NAME.critic.zip}, {@code NAME.critic-target.zip}, {@code NAME.replay.bin}.
 */
public final class TrainingCheckpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "vectwin-qdrl-checkpoint";

    private TrainingCheckpoint() {
    }

    /** What a checkpoint says besides the learners. */
    public record Header(String variant, long seed, int stepsPerEpisode, int nextEpisode) {
    }

    public static void write(Path dir, Header header, QdrlTrainer.Learners learners) {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
        try {
            deleteRecursively(tmp);
            Files.createDirectories(tmp);
            ObjectNode state = JSON.createObjectNode();
            state.put("format", FORMAT);
            state.put("variant", header.variant());
            state.put("seed", header.seed());
            state.put("stepsPerEpisode", header.stepsPerEpisode());
            state.put("nextEpisode", header.nextEpisode());
            ObjectNode adam = state.putObject("adam");
            for (AgentLearner l : learners.all()) {
                QpnParametersFile.write(l.actor().parameters(), tmp.resolve(l.name() + ".qpn.json"));
                l.critic().save(tmp.resolve(l.name() + ".critic.zip"), tmp.resolve(l.name() + ".critic-target.zip"));
                writeReplay(tmp.resolve(l.name() + ".replay.bin"), l.replay());
                AdamOptimizer.State s = l.actor().optimiser().state();
                ObjectNode a = adam.putObject(l.name());
                a.put("step", s.step());
                putArray(a.putArray("m"), s.m());
                putArray(a.putArray("v"), s.v());
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.resolve("state.json").toFile(), state);
            deleteRecursively(dir);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + dir, e);
        }
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve("state.json"));
    }

    public static Header readHeader(Path dir) {
        JsonNode state = readState(dir);
        return new Header(state.path("variant").asText(), state.path("seed").asLong(),
                state.path("stepsPerEpisode").asInt(), state.path("nextEpisode").asInt());
    }

    /** The learners of the checkpoint, built around {@code fresh}'s settings (names, learning constants). */
    public static QdrlTrainer.Learners readLearners(Path dir, QdrlTrainer.Learners fresh, LearningSettings settings) {
        JsonNode adam = readState(dir).path("adam");
        List<AgentLearner> restored = new ArrayList<>();
        for (AgentLearner l : fresh.all()) {
            String name = l.name();
            QpnParameters qpn = QpnParametersFile.read(dir.resolve(name + ".qpn.json"));
            QuantumActor actor = new QuantumActor(qpn, l.actor().actions(), settings.actorLearningRate());
            JsonNode a = adam.path(name);
            if (a.isMissingNode()) {
                throw new IllegalArgumentException("checkpoint " + dir + " has no Adam state for agent '" + name + "'");
            }
            actor.optimiser().restore(new AdamOptimizer.State(doubles(a.path("m")), doubles(a.path("v")),
                    a.path("step").asLong()));
            ValueCritic critic = ValueCritic.load(dir.resolve(name + ".critic.zip"), dir.resolve(name + ".critic-target.zip"));
            ReplayBuffer replay = new ReplayBuffer(settings.replayCapacity());
            readReplay(dir.resolve(name + ".replay.bin"), replay);
            restored.add(new AgentLearner(name, actor, critic, replay, settings));
        }
        return new QdrlTrainer.Learners(restored.get(0), restored.size() > 1 ? restored.get(1) : null,
                restored.size() > 2 ? restored.get(2) : null);
    }

    private static JsonNode readState(Path dir) {
        try {
            JsonNode state = JSON.readTree(dir.resolve("state.json").toFile());
            if (!FORMAT.equals(state.path("format").asText())) {
                throw new IllegalArgumentException(dir.resolve("state.json") + ": not a " + FORMAT + " file");
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + dir, e);
        }
    }

    private static void writeReplay(Path file, ReplayBuffer replay) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            List<Transition> all = replay.contents();
            out.writeInt(all.size());
            for (Transition t : all) {
                writeDoubles(out, t.criticState());
                writeDoubles(out, t.actorInput());
                out.writeInt(t.action());
                out.writeDouble(t.behaviour());
                out.writeBoolean(t.allowed() != null);
                if (t.allowed() != null) {
                    out.writeInt(t.allowed().length);
                    for (boolean b : t.allowed()) {
                        out.writeBoolean(b);
                    }
                }
                out.writeDouble(t.reward());
                writeDoubles(out, t.nextCriticState());
                out.writeBoolean(t.terminal());
                out.writeInt(t.nashAction());
            }
        }
    }

    private static void readReplay(Path file, ReplayBuffer replay) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                double[] state = readDoubles(in);
                double[] input = readDoubles(in);
                int action = in.readInt();
                double behaviour = in.readDouble();
                boolean[] allowed = null;
                if (in.readBoolean()) {
                    allowed = new boolean[in.readInt()];
                    for (int i = 0; i < allowed.length; i++) {
                        allowed[i] = in.readBoolean();
                    }
                }
                double reward = in.readDouble();
                double[] next = readDoubles(in);
                boolean terminal = in.readBoolean();
                int nash = in.readInt();
                replay.add(new Transition(state, input, action, behaviour, allowed, reward, next, terminal, nash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay " + file, e);
        }
    }

    private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double d : a) {
            out.writeDouble(d);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    private static void putArray(ArrayNode node, double[] values) {
        for (double v : values) {
            node.add(v);
        }
    }

    private static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
