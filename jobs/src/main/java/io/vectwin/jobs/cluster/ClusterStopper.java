package io.vectwin.jobs.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the processes of a local cluster: asks each to terminate (SIGTERM: Flink and the Kafka
 * broker shut down cleanly on it), waits, and kills what is still alive after the grace period.
 * TaskManagers go first, then the JobManager, then the broker the job's sinks write to.
 *
 * <p>A pid read from a state file is only acted on if that process's command line names the
 * member's argument file: after a reboot the pid may belong to anything.
 */
final class ClusterStopper {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStopper.class);

    /** What happened to one member. */
    record Outcome(String role, long pid, String how) {
    }

    private ClusterStopper() {
    }

    /** Stops the members of {@code state} that still run, in reverse start order. */
    static List<Outcome> stop(ClusterState state, Duration grace) {
        List<ClusterState.Member> reversed = new ArrayList<>(state.processes());
        java.util.Collections.reverse(reversed);
        List<Outcome> outcomes = new ArrayList<>();
        for (ClusterState.Member m : reversed) {
            Optional<ProcessHandle> handle = ours(m);
            if (handle.isEmpty()) {
                outcomes.add(new Outcome(m.role(), m.pid(), "not running"));
            } else {
                outcomes.add(new Outcome(m.role(), m.pid(), terminate(handle.get(), grace)));
            }
        }
        return outcomes;
    }

    /** The live process of {@code member}, if its pid still names it. */
    static Optional<ProcessHandle> ours(ClusterState.Member member) {
        return ProcessHandle.of(member.pid())
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(member.argFile())).orElse(false));
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL; says which it took. */
    static String terminate(ProcessHandle process, Duration grace) {
        CompletableFuture<ProcessHandle> exited = process.onExit();
        if (!process.destroy()) {
            return forcibly(process, exited);
        }
        try {
            exited.get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return "stopped";
        } catch (TimeoutException e) {
            LOG.warn("process {} did not stop within {}; killing it", process.pid(), grace);
            return forcibly(process, exited);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "killed (interrupted)";
        } catch (ExecutionException e) {
            return "stopped";
        }
    }

    private static String forcibly(ProcessHandle process, CompletableFuture<ProcessHandle> exited) {
        process.destroyForcibly();
        try {
            exited.get(10, TimeUnit.SECONDS);
            return "killed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "killed (interrupted)";
        } catch (ExecutionException | TimeoutException e) {
            return "could not be killed";
        }
    }
}
