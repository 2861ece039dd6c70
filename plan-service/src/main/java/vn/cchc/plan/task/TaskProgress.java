package vn.cchc.plan.task;

/**
 * What a task's status and progress may say together, wherever they are written (import, progress
 * report): a task not started has done nothing, a done task is done completely.
 */
public final class TaskProgress {

    private TaskProgress() {
    }

    /**
     * @param status   the status, null meaning NOT_STARTED
     * @param progress percent done, 0..100
     * @return false for NOT_STARTED above 0% and for DONE below 100%
     */
    public static boolean consistent(TaskStatus status, int progress) {
        TaskStatus s = status == null ? TaskStatus.NOT_STARTED : status;
        return switch (s) {
            case NOT_STARTED -> progress == 0;
            case DONE -> progress == 100;
            default -> true;
        };
    }

    /** @return the rule in words, for error messages */
    public static String rule() {
        return "NOT_STARTED means 0% and DONE means 100%";
    }
}
