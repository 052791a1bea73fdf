package org.disclose.model.figure;

import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_COUNTY_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_DEPARTMENT_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_FULL_DEPARTMENT_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_TOWNSHIP_LEVEL;
import static org.disclose.model.figure.StandardFigure.CLOSURE_RATE;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_ASSIGNED;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_CLOSED;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_KEY;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_OPEN;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_PHASED;
import static org.disclose.model.figure.StandardFigure.HELD_ACCOUNTABLE;
import static org.disclose.model.figure.StandardFigure.MOSTLY_VERIFIED;
import static org.disclose.model.figure.StandardFigure.NOT_VERIFIED;
import static org.disclose.model.figure.StandardFigure.PARTLY_VERIFIED;
import static org.disclose.model.figure.StandardFigure.PROBLEMS_DONE;
import static org.disclose.model.figure.StandardFigure.PROBLEMS_TOTAL;
import static org.disclose.model.figure.StandardFigure.TASKS_BEHIND_SCHEDULE;
import static org.disclose.model.figure.StandardFigure.TASKS_DONE;
import static org.disclose.model.figure.StandardFigure.TASKS_DUE;
import static org.disclose.model.figure.StandardFigure.TASKS_DUE_DONE;
import static org.disclose.model.figure.StandardFigure.TASKS_ON_SCHEDULE;
import static org.disclose.model.figure.StandardFigure.TASKS_TOTAL;
import static org.disclose.model.figure.StandardFigure.VERIFIED;

import java.util.List;

/**
 * How the standard figures relate, wherever a source gives them together. Tables are not here: a table total is
 * declared with the table ({@link TableTotalRule}).
 */
public final class StandardRelations {

    private StandardRelations() {
    }

    public static final List<FigureRule> RULES = List.of(
            // Tasks: 达到 + 未达到序时进度 = the total; what is done, and what was due, is some of the total.
            new PartsRule(TASKS_TOTAL, List.of(TASKS_ON_SCHEDULE, TASKS_BEHIND_SCHEDULE), true),
            new SubsetRule(TASKS_DONE, TASKS_TOTAL),
            new SubsetRule(TASKS_DUE, TASKS_TOTAL),
            new SubsetRule(TASKS_DUE_DONE, TASKS_DUE),
            new SubsetRule(TASKS_DUE_DONE, TASKS_DONE),
            // Problems: those done are some of those fed back.
            new SubsetRule(PROBLEMS_DONE, PROBLEMS_TOTAL),
            // Complaints: every case assigned is closed, closed for now, or open; verdicts cover those verified so far.
            new PartsRule(COMPLAINTS_ASSIGNED, List.of(COMPLAINTS_CLOSED, COMPLAINTS_PHASED, COMPLAINTS_OPEN), true),
            new RateRule(CLOSURE_RATE, COMPLAINTS_CLOSED, COMPLAINTS_ASSIGNED),
            new SubsetRule(COMPLAINTS_KEY, COMPLAINTS_ASSIGNED),
            new PartsRule(COMPLAINTS_ASSIGNED, List.of(VERIFIED, MOSTLY_VERIFIED, PARTLY_VERIFIED, NOT_VERIFIED),
                    false),
            new RunningTotalRule(COMPLAINTS_ASSIGNED),
            new RunningTotalRule(COMPLAINTS_KEY),
            // Accountability: the ranks make up the total, 正厅 is some of 厅局级.
            new PartsRule(HELD_ACCOUNTABLE,
                    List.of(ACCOUNTABLE_DEPARTMENT_LEVEL, ACCOUNTABLE_COUNTY_LEVEL, ACCOUNTABLE_TOWNSHIP_LEVEL), true),
            new SubsetRule(ACCOUNTABLE_FULL_DEPARTMENT_LEVEL, ACCOUNTABLE_DEPARTMENT_LEVEL));
}
