package io.vectwin.jobs.bench;

import io.vectwin.ingest.avro.AvroMapping;
import io.vectwin.model.env.TaskGenerator;
import io.vectwin.model.geometry.EntityId;
import io.vectwin.model.params.TaskParameters;
import io.vectwin.schemas.Subtask;
import io.vectwin.schemas.TaskRequest;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The task requests of a latency benchmark: one subtask each, so requests per second are subtask
 * decisions per second, with sizes and priorities drawn as the simulator's task generator draws
 * them (Table II's task parameters of the profile), issued round-robin by the vehicles the twin
 * knows. A request's task id is {@code <phase>/<index>}, so the answer names the request it
 * answers and the phase it belongs to.
 */
public final class BenchTasks {

    /** Distinct subtask bodies cycled through; enough variety that no cache sees one task. */
    private static final int POOL_SIZE = 1024;

    private final List<String> vehicles;
    private final Subtask[] pool;
    private final double deadlineSeconds;

    /**
     * @param tasks    the profile's task parameters
     * @param vehicles ids of the vehicles that issue the requests (known to the twin), not empty
     * @param seed     seed of the draws
     */
    public BenchTasks(TaskParameters tasks, List<String> vehicles, long seed) {
        if (vehicles.isEmpty()) {
            throw new IllegalArgumentException("at least one vehicle must issue the requests");
        }
        this.vehicles = List.copyOf(vehicles);
        this.deadlineSeconds = tasks.deadlineSeconds();
        TaskParameters oneSubtaskEverySlot = new TaskParameters(1.0, tasks.minTaskBits(),
                Math.min(tasks.maxTaskBits(), tasks.maxSubtaskBits()), 1, 1, tasks.maxSubtaskBits(),
                tasks.cyclesPerBit(), tasks.deadlineSeconds(), tasks.priorityWeights());
        TaskGenerator generator = new TaskGenerator(oneSubtaskEverySlot);
        SplittableRandom rng = new SplittableRandom(seed);
        EntityId anyVehicle = EntityId.vehicle(0);
        this.pool = new Subtask[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            var task = generator.maybeIssue(anyVehicle, i, 0.0, rng).orElseThrow();
            pool[i] = AvroMapping.toAvroSubtask(task.subtasks().get(0));
        }
    }

    /** The vehicle ids {@code e.g. v-0 … v-(n-1)} of a scenario with {@code n} vehicles. */
    public static List<String> vehicleIds(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> EntityId.vehicle(i).toString()).toList();
    }

    /** Request {@code index} of {@code phase}, created (and due) at {@code createdAtMillis}. */
    public TaskRequest request(String phase, long index, long createdAtMillis) {
        return TaskRequest.newBuilder()
                .setTaskId(taskId(phase, index))
                .setVehicleId(vehicles.get((int) (index % vehicles.size())))
                .setCreatedAtMillis(createdAtMillis)
                .setDeadlineSeconds(deadlineSeconds)
                .setSubtasks(List.of(pool[(int) (index % POOL_SIZE)]))
                .build();
    }

    /** {@code <phase>/<index>}. */
    public static String taskId(String phase, long index) {
        return phase + "/" + index;
    }

    /**
     * The request index a task id names if it belongs to {@code phase}, else -1 (an answer to
     * another phase, or to a task that is not the benchmark's).
     */
    public static long indexOf(CharSequence taskId, String phase) {
        int n = phase.length();
        if (taskId.length() <= n + 1 || taskId.charAt(n) != '/') {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (taskId.charAt(i) != phase.charAt(i)) {
                return -1;
            }
        }
        long index = 0;
        for (int i = n + 1; i < taskId.length(); i++) {
            char c = taskId.charAt(i);
            if (c < '0' || c > '9' || index > (Long.MAX_VALUE - 9) / 10) {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
