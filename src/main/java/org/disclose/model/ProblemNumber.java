package org.disclose.model;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which problem the inspectors fed back (问题N) a task answers, read from the task's id as a province's 整改方案
 * numbers its tasks: {@code 12} is problem 12 as a single task; {@code 12-3} is the third task problem 12 was split
 * into (第12项问题之三). Digits without a leading zero, at most nine of them; every other id ({@code 012},
 * {@code 12-3-1}, {@code a-1}, words) names a task without a problem number.
 *
 * @param problem the problem's number N, from 1
 * @param part    the task's number k within the problem, from 1; 0 for a problem that is a single task
 */
public record ProblemNumber(int problem, int part) implements Serializable {

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,8})(?:-([1-9][0-9]{0,8}))?");

    /** The problem number a task id gives, or empty when the id is in neither form. */
    public static Optional<ProblemNumber> of(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(taskId);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ProblemNumber(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    /** True for {@code N-k}: the problem is split into tasks, of which this is one. */
    public boolean isPart() {
        return part > 0;
    }

    /**
     * The order tasks are listed in: by problem number, then task number ({@code 2}, {@code 10}, {@code 12-1},
     * {@code 12-2}, {@code 13}); then other numeric ids as numbers; then every other id alphabetically.
     */
    public static int compareIds(String a, String b) {
        Optional<ProblemNumber> pa = of(a);
        Optional<ProblemNumber> pb = of(b);
        if (pa.isPresent() && pb.isPresent()) {
            int c = Integer.compare(pa.get().problem(), pb.get().problem());
            return c != 0 ? c : Integer.compare(pa.get().part(), pb.get().part());
        }
        int ra = rank(a, pa);
        int rb = rank(b, pb);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (ra == 1) {
            // numeric ids with leading zeros, or too long for a problem number: as numbers
            String sa = a.replaceFirst("^0+(?=.)", "");
            String sb = b.replaceFirst("^0+(?=.)", "");
            int c = Integer.compare(sa.length(), sb.length());
            c = c != 0 ? c : sa.compareTo(sb);
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static int rank(String id, Optional<ProblemNumber> number) {
        if (number.isPresent()) {
            return 0;
        }
        return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9') ? 1 : 2;
    }
}
