package org.disclose.model.figure;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures provinces publish again and again, each with the words and unit a source uses when it gives no others.
 * A figure keeps its source's own label and unit (已结案销号, 个); these are defaults and the names of parts a source
 * leaves out. Their relations are {@link StandardRelations}.
 */
public enum StandardFigure implements FigureKey {
    // Rectification tasks (整改任务), from progress reports.
    TASKS_TOTAL("tasksTotal", "整改任务", FigureUnit.TASK),
    TASKS_DONE("tasksDone", "已完成", FigureUnit.TASK),
    TASKS_ON_SCHEDULE("tasksOnSchedule", "达到序时进度", FigureUnit.TASK),
    TASKS_BEHIND_SCHEDULE("tasksBehindSchedule", "未达到序时进度", FigureUnit.TASK),
    TASKS_DUE("tasksDue", "应完成", FigureUnit.TASK),
    TASKS_DUE_DONE("tasksDueDone", "应完成已完成", FigureUnit.TASK),

    // Problems the inspectors fed back (反馈问题), which tasks answer: counted at their own level.
    PROBLEMS_TOTAL("problemsTotal", "反馈问题", FigureUnit.PIECE),
    PROBLEMS_DONE("problemsDone", "已完成整改", FigureUnit.PIECE),

    // Complaints (信访举报), from 交办 and 办理 bulletins and progress reports.
    COMPLAINTS_ASSIGNED("complaintsAssigned", "交办", FigureUnit.ITEM),
    COMPLAINTS_KEY("complaintsKey", "重点", FigureUnit.ITEM),
    COMPLAINTS_CLOSED("complaintsClosed", "已办结", FigureUnit.ITEM),
    COMPLAINTS_PHASED("complaintsPhased", "阶段性办结", FigureUnit.ITEM),
    COMPLAINTS_OPEN("complaintsOpen", "未办结", FigureUnit.ITEM),
    CLOSURE_RATE("closureRate", "办结率", FigureUnit.PERCENT),
    VERIFIED("verified", "属实", FigureUnit.ITEM),
    MOSTLY_VERIFIED("mostlyVerified", "基本属实", FigureUnit.ITEM),
    PARTLY_VERIFIED("partlyVerified", "部分属实", FigureUnit.ITEM),
    NOT_VERIFIED("notVerified", "不属实", FigureUnit.ITEM),

    // What handling led to.
    ORDERED_TO_RECTIFY("orderedToRectify", "责令整改", FigureUnit.ENTERPRISE),
    PENALIZED("penalized", "立案处罚", FigureUnit.ENTERPRISE),
    FINES("fines", "罚款", FigureUnit.TEN_THOUSAND_YUAN),
    CRIMINAL_INVESTIGATIONS("criminalInvestigations", "立案侦查", FigureUnit.ITEM),
    ADMINISTRATIVE_DETENTIONS("administrativeDetentions", "行政拘留", FigureUnit.PERSON),
    CRIMINAL_DETENTIONS("criminalDetentions", "刑事拘留", FigureUnit.PERSON),
    INTERVIEWED("interviewed", "约谈", FigureUnit.PERSON),

    // Accountability (责任追究): the total, by rank, and by form.
    HELD_ACCOUNTABLE("heldAccountable", "问责", FigureUnit.PERSON),
    ACCOUNTABLE_DEPARTMENT_LEVEL("accountableDepartmentLevel", "厅局级", FigureUnit.PERSON),
    ACCOUNTABLE_FULL_DEPARTMENT_LEVEL("accountableFullDepartmentLevel", "正厅级", FigureUnit.PERSON),
    ACCOUNTABLE_COUNTY_LEVEL("accountableCountyLevel", "县处级", FigureUnit.PERSON),
    ACCOUNTABLE_TOWNSHIP_LEVEL("accountableTownshipLevel", "乡科级及以下", FigureUnit.PERSON),
    ADMONISHED("admonished", "诫勉", FigureUnit.PERSON),
    DISCIPLINED("disciplined", "党纪政务处分", FigureUnit.PERSON_TIME),
    ORGANIZATIONAL_HANDLING("organizationalHandling", "组织处理", FigureUnit.PERSON),
    REFERRED_TO_JUSTICE("referredToJustice", "移送司法", FigureUnit.PERSON);

    private final String id;
    private final String label;
    private final FigureUnit unit;

    StandardFigure(String id, String label, FigureUnit unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public FigureUnit unit() {
        return unit;
    }

    public static Optional<StandardFigure> parse(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
