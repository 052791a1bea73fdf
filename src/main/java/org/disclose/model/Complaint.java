package org.disclose.model;

import java.io.Serializable;
import java.util.List;

/**
 * One citizen complaint case assigned by the inspectors (督察交办群众信访举报案件), as provinces publish them in their
 * batch tables. Field names follow the published column headers.
 *
 * @param number   序号 within its batch, as written
 * @param id       受理编号, unique across all batches; also the case's address
 * @param summary  交办问题基本情况
 * @param findings 调查核实情况
 * @param goal     办结目标
 * @param handling 处理和整改情况
 * @param accountability 责任人被处理情况
 * @param region   行政区域, or null where the row leaves it unknown ({@link ComplaintHeaders#isUnknown})
 * @param types    问题类型, empty where the row leaves it unknown
 * @param verdict  是否属实, or null where the row leaves it unknown (待核实): never counted as any verdict
 * @param channel  受理方式 (来电, 来信 ...) as written, or null where the table has none
 * @param keyCase  重点: true or false, or null where the table does not say
 */
public record Complaint(
        String number,
        String id,
        String summary,
        String region,
        List<PollutionType> types,
        String findings,
        Verdict verdict,
        String goal,
        String handling,
        Resolution resolution,
        String accountability,
        String channel,
        Boolean keyCase,
        int batch,
        Where where) implements Serializable {

    /** Closed (结案) as the reported totals count it: see {@link Resolution#isClosed()}. */
    public boolean closed() {
        return resolution.isClosed();
    }

    public boolean regionUnknown() {
        return region == null;
    }

    public boolean typeUnknown() {
        return types.isEmpty();
    }

    public boolean verdictUnknown() {
        return verdict == null;
    }
}
