package io.vectwin.model.env;

/** One spelling of a subtask's identity, "taskId#index", shared by every map keyed by subtask. */
final class SubtaskKeys {

    private SubtaskKeys() {
    }

    static String of(String taskId, int subtaskIndex) {
        return taskId + "#" + subtaskIndex;
    }
}
