package org.disclose.model;

import java.util.List;
import java.util.Optional;

/**
 * A closure notice (销号公示) of a task: publicly noticed from {@code noticeFrom} to {@code noticeTo} (or for
 * {@code workingDays} working days, kept as printed: no end date is computed from it), during which objections could
 * be made by {@code phones}, {@code email}, to {@code office} (受理部门) at {@code address} (受理地址). The task may
 * have been accepted ({@code accepted}, 验收销号) before the notice (销号公示) or after it (拟销号公示), or not yet.
 * {@code release} names the release that published the notice.
 */
public record Closure(ContentDate accepted, ContentDate noticeFrom, ContentDate noticeTo, Long workingDays,
                      List<String> phones, String email, String office, String address, String release,
                      String note, Where where) {

    /**
     * The notice's state on {@code dataDate}, the date the site's data speak of: 公示中 while the notice runs (whether
     * or not the task was accepted), 已验收销号 once accepted and not in a running notice, 公示期满 once the notice's
     * last day has passed without acceptance. Empty without a data date, before the notice begins, and while a notice
     * whose last day is not given (only working days) cannot be known to have ended.
     */
    public Optional<ClosureState> stateOn(ContentDate dataDate) {
        if (dataDate == null) {
            return Optional.empty();
        }
        boolean begun = noticeFrom != null && !dataDate.day().isBefore(noticeFrom.day());
        boolean ended = noticeTo != null && dataDate.day().isAfter(noticeTo.day());
        if (begun && noticeTo != null && !ended) {
            return Optional.of(ClosureState.NOTICE_RUNNING);
        }
        if (accepted != null && !dataDate.day().isBefore(accepted.day())) {
            return Optional.of(ClosureState.ACCEPTED);
        }
        return ended ? Optional.of(ClosureState.NOTICE_ENDED) : Optional.empty();
    }
}
