package org.disclose.model;

import java.util.List;

/**
 * The column headers provinces publish complaint batches under: the reader finds the columns by them and the open
 * data writes them back, so a downloaded table reads like the published one.
 */
public final class ComplaintHeaders {

    public static final String NUMBER = "序号";
    public static final String ID = "受理编号";
    public static final String SUMMARY = "交办问题基本情况";
    public static final String REGION = "行政区域";
    public static final String TYPE = "问题类型";
    /** Some provinces head the type column so. */
    public static final String TYPE_ALIAS = "污染类型";
    public static final String FINDINGS = "调查核实情况";
    public static final String VERDICT = "是否属实";
    public static final String GOAL = "办结目标";
    public static final String HANDLING = "处理和整改情况";
    public static final String RESOLUTION = "是否办结";
    public static final String ACCOUNTABILITY = "责任人被处理情况";

    /** 受理方式: how the complaint came in (来电, 来信, 微信, 网络 ...); some offices head it 来源. */
    public static final String CHANNEL = "受理方式";
    public static final String CHANNEL_ALIAS = "来源";
    /** 重点: a key case (是 or 否). */
    public static final String KEY_CASE = "重点";
    public static final String YES = "是";
    public static final String NO = "否";

    /**
     * What a row writes where 是否属实, 问题类型 or 行政区域 is not known yet (the day a batch is assigned, before it is
     * investigated): an empty cell or one of these terms. Such a case counts as unknown, never as any verdict, type
     * or region.
     */
    public static final List<String> UNKNOWN_TERMS = List.of("待核实", "未注明", "不详");

    /** Whether a cell of 是否属实, 问题类型 or 行政区域 says its value is not known: empty or an unknown term. */
    public static boolean isUnknown(String cell) {
        return cell == null || cell.isEmpty() || UNKNOWN_TERMS.contains(cell);
    }

    /** Every column a complaint table may have that the site knows, in the order offices publish them. */
    public static final List<String> KNOWN = List.of(NUMBER, ID, SUMMARY, REGION, TYPE, TYPE_ALIAS, FINDINGS,
            VERDICT, GOAL, HANDLING, RESOLUTION, ACCOUNTABILITY, CHANNEL, CHANNEL_ALIAS, KEY_CASE);

    private ComplaintHeaders() {
    }
}
