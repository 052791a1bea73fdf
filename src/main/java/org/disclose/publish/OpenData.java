package org.disclose.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.disclose.content.ComplaintReader;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.PollutionType;
import org.disclose.model.Indicator;
import org.disclose.render.Strings;

/**
 * Machine-readable copies of what the pages show, under {@code data/}, so that every chart and table links to its
 * figures. Column headers are Chinese because the people who open these files in Excel read Chinese.
 */
public final class OpenData {

    public static final String DATA = "data/";

    private OpenData() {
    }

    public static final String COMPLAINTS_CSV = DATA + "complaints.csv";

    public static String indicatorCsvPath(Indicator i) {
        return DATA + "indicators/" + i.id() + ".csv";
    }

    /** Every data file: site path → bytes. */
    public static Map<String, byte[]> files(Content content, Strings t) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Indicator i : content.indicators()) {
            List<List<String>> rows = new ArrayList<>();
            for (Indicator.Point p : i.series()) {
                rows.add(List.of(i.id(), i.name(), p.period(), p.value().toPlainString(),
                        p.qualifier() == null ? "" : p.qualifier().word(), i.unit() == null ? "" : i.unit()));
            }
            files.put(indicatorCsvPath(i), Csv.write(List.of(t.get("csvId"), t.get("csvIndicator"),
                    t.get("csvPeriod"), t.get("csvValue"), t.get("csvQualifier"), t.get("csvUnit")), rows));
        }
        if (!content.complaints().isEmpty()) {
            files.put(COMPLAINTS_CSV, complaints(content, t));
        }
        return files;
    }

    /** Every complaint case in one table, with the published column headers plus its batch and date. */
    private static byte[] complaints(Content content, Strings t) {
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintBatch b : content.complaints()) {
            for (Complaint c : b.cases()) {
                rows.add(java.util.Arrays.asList(b.round(), String.valueOf(b.number()), b.assigned().iso(),
                        c.number(), c.id(), c.summary(), c.region(),
                        c.types().stream().map(PollutionType::label).collect(Collectors.joining("、")),
                        c.findings(), c.verdict().label(), c.goal(), c.handling(), c.resolution().label(),
                        c.accountability()));
            }
        }
        return Csv.write(List.of(t.get("round"), t.get("batch"), t.get("assignedOn"), ComplaintReader.NUMBER,
                ComplaintReader.ID, ComplaintReader.SUMMARY, ComplaintReader.REGION, ComplaintReader.TYPE,
                ComplaintReader.FINDINGS, ComplaintReader.VERDICT, ComplaintReader.GOAL, ComplaintReader.HANDLING,
                ComplaintReader.RESOLUTION, ComplaintReader.ACCOUNTABILITY), rows);
    }
}
