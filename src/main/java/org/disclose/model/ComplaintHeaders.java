package org.disclose.model;

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

    private ComplaintHeaders() {
    }
}
