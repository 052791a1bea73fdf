package org.disclose.model;

import java.io.Serializable;
/**
 * The government-information-disclosure facts (政府信息公开) of a release, as the metadata table of a government
 * article shows them. Any of them may be null.
 *
 * @param indexNumber    索引号, as given or as the publication record assigns it
 * @param publisher      发布机构 (the release's own, else the site's)
 * @param written        成文日期
 * @param documentNumber 发文字号, e.g. 吉环督办〔2023〕12号
 * @param topic          主题分类
 * @param validity       有效性
 */
public record Disclosure(String indexNumber, String publisher, ContentDate written, String documentNumber,
                         String topic, Validity validity) implements Serializable {

    public static final Disclosure NONE = new Disclosure(null, null, null, null, null, null);

    /**
     * The working days within which information is to be published after it is made (《中华人民共和国政府信息公开条例》
     * 第二十六条: 自该政府信息形成或者变更之日起20个工作日内).
     */
    public static final int WORKING_DAYS_TO_PUBLISH = 20;

    /** The working days from 成文日期 to {@code published}: those after the one, up to and including the other. */
    public long workingDaysTo(ContentDate published, WorkingCalendar calendar) {
        return calendar.workingDaysBetween(written.day(), published.day());
    }

    public Disclosure withIndexNumber(String number) {
        return new Disclosure(number, publisher, written, documentNumber, topic, validity);
    }

    public Disclosure withPublisher(String name) {
        return new Disclosure(indexNumber, name, written, documentNumber, topic, validity);
    }
}
