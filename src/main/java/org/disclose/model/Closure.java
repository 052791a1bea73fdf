package org.disclose.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A closure notice (销号公示) of a task: publicly noticed from {@code noticeFrom} to {@code noticeTo}, or for
 * {@code workingDays} working days, or both, during which objections could be made by {@code phones},
 * {@code email}, to {@code office} (受理部门) at {@code address} (受理地址). The task may have been accepted
 * ({@code accepted}, 验收销号) before the notice (销号公示) or after it (拟销号公示), or not yet. {@code release} names
 * the release that published the notice. Without {@code noticeTo}, the notice's last day follows from
 * {@code noticeFrom} and {@code workingDays} by the {@link WorkingCalendar}, when it knows the holidays of the
 * years the period spans.
 */
public record Closure(ContentDate accepted, ContentDate noticeFrom, ContentDate noticeTo, Long workingDays,
                      List<String> phones, String email, String office, String address, String release,
                      String note, Where where) implements Serializable {

    /**
     * The last day the working-day calendar gives a notice of {@code workingDays} from {@code noticeFrom} (the
     * {@code workingDays}-th working day counting {@code noticeFrom} itself); empty without both, or when a year the
     * period spans is not {@linkplain WorkingCalendar#covers covered} (its holidays are not known).
     */
    public Optional<LocalDate> computedEnd(WorkingCalendar calendar) {
        if (noticeFrom == null || workingDays == null) {
            return Optional.empty();
        }
        LocalDate end = calendar.plusWorkingDays(noticeFrom.day(), workingDays);
        return calendar.covers(noticeFrom.day(), end) ? Optional.of(end) : Optional.empty();
    }

    /** The first year the period spans whose holidays the calendar does not know, when the end is to be computed. */
    public OptionalInt uncoveredYear(WorkingCalendar calendar) {
        if (noticeFrom == null || workingDays == null) {
            return OptionalInt.empty();
        }
        return calendar.firstUncovered(noticeFrom.day(), calendar.plusWorkingDays(noticeFrom.day(), workingDays));
    }

    /** The notice's last day: {@code noticeTo} as given, else the {@linkplain #computedEnd computed} one, else null. */
    public ContentDate end(WorkingCalendar calendar) {
        if (noticeTo != null) {
            return noticeTo;
        }
        return computedEnd(calendar).map(d -> new ContentDate(d, null)).orElse(null);
    }

    /**
     * Whether the given {@code noticeTo} disagrees with {@code workingDays}: the period from {@code noticeFrom} to
     * {@code noticeTo} does not hold exactly that many working days (a period may end on the weekend after its last
     * working day). False when anything is missing or a year is not covered.
     */
    public boolean endDisagrees(WorkingCalendar calendar) {
        if (noticeTo == null || computedEnd(calendar).isEmpty()
                || !calendar.covers(noticeFrom.day(), noticeTo.day())) {
            return false;
        }
        LocalDate from = noticeFrom.day();
        long held = calendar.workingDaysBetween(from, noticeTo.day()) + (calendar.isWorkingDay(from) ? 1 : 0);
        return held != workingDays;
    }

    /** {@link #stateOn(ContentDate, WorkingCalendar)} with no end computed from working days. */
    public Optional<ClosureState> stateOn(ContentDate dataDate) {
        return stateOn(dataDate, WorkingCalendar.NONE);
    }

    /**
     * The notice's state on {@code dataDate}, the date the site's data speak of: 公示中 while the notice runs (whether
     * or not the task was accepted), 已验收销号 once accepted and not in a running notice, 公示期满 once the notice's
     * {@linkplain #end last day} has passed without acceptance. Empty without a data date, before the notice begins,
     * and while a notice whose last day is not known cannot be known to have ended.
     */
    public Optional<ClosureState> stateOn(ContentDate dataDate, WorkingCalendar calendar) {
        if (dataDate == null) {
            return Optional.empty();
        }
        ContentDate end = end(calendar);
        boolean begun = noticeFrom != null && !dataDate.day().isBefore(noticeFrom.day());
        boolean ended = end != null && dataDate.day().isAfter(end.day());
        if (begun && end != null && !ended) {
            return Optional.of(ClosureState.NOTICE_RUNNING);
        }
        if (accepted != null && !dataDate.day().isBefore(accepted.day())) {
            return Optional.of(ClosureState.ACCEPTED);
        }
        return ended ? Optional.of(ClosureState.NOTICE_ENDED) : Optional.empty();
    }
}
