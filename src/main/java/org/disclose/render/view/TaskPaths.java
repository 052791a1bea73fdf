package org.disclose.render.view;

import org.disclose.model.Task;
import org.disclose.model.TaskStatus;

/** Where task pages live. Status and region pages use the Chinese words themselves as the address. */
public final class TaskPaths {

    public static final String TASKS = "tasks/";

    private TaskPaths() {
    }

    public static String task(Task t) {
        return TASKS + t.id() + "/";
    }

    public static String task(String id) {
        return TASKS + id + "/";
    }

    public static String status(TaskStatus s) {
        return TASKS + "status/" + s.label() + "/";
    }

    public static String region(String region) {
        return TASKS + "region/" + region + "/";
    }

    public static String round(String id) {
        return TASKS + "round/" + id + "/";
    }
}
