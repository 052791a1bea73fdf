package org.disclose.model;

/**
 * 验收销号: the task was accepted as rectified on {@code accepted}, publicly noticed from {@code noticeFrom} to
 * {@code noticeTo}, during which objections could be made by {@code phone} or {@code email}.
 */
public record Closure(ContentDate accepted, ContentDate noticeFrom, ContentDate noticeTo, String phone,
                      String email, String note, Where where) {
}
