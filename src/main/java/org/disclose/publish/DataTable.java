package org.disclose.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disclose.render.SiteAddresses;

/**
 * One open-data table, written three ways from one definition: CSV for Excel (Chinese headers), JSON for programs
 * (English keys), and its Frictionless table schema for {@code datapackage.json}.
 *
 * @param name       the resource name and file stem, e.g. {@link SiteAddresses#TASK_TABLE}
 * @param primaryKey the key column, or null
 */
public record DataTable(String name, String title, List<Column> columns, String primaryKey,
                        List<List<String>> rows) {

    /**
     * @param key    the JSON key
     * @param header the CSV header (and schema field name), in the site's language
     * @param type   a Frictionless type: string, integer, number, date (yearmonth, year: dates as written),
     *               array (a JSON array, written as is in the JSON)
     * @param values the allowed values of a vocabulary column, or empty
     */
    public record Column(String key, String header, String type, List<String> values) {

        public static Column text(String key, String header) {
            return new Column(key, header, "string", List.of());
        }

        public static Column of(String key, String header, String type) {
            return new Column(key, header, type, List.of());
        }

        public static Column vocabulary(String key, String header, List<String> values) {
            return new Column(key, header, "string", values);
        }
    }

    public String csvPath() {
        return SiteAddresses.tableCsv(name);
    }

    public String jsonPath() {
        return SiteAddresses.tableJson(name);
    }

    public byte[] csv() {
        return Csv.write(columns.stream().map(Column::header).toList(), rows);
    }

    public byte[] json() {
        StringBuilder s = new StringBuilder(rows.size() * 200 + 64);
        s.append("[\n");
        for (int r = 0; r < rows.size(); r++) {
            s.append("  {");
            List<String> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                String v = row.get(c);
                s.append(c == 0 ? "" : ", ").append('"').append(col.key()).append("\": ");
                boolean numeric = (col.type().equals("integer") || col.type().equals("number")
                        || col.type().equals("boolean") || col.type().equals("array")) && v != null && !v.isEmpty();
                s.append(numeric ? v : v == null || v.isEmpty() ? "null" : Json.string(v));
            }
            s.append(r == rows.size() - 1 ? "}\n" : "},\n");
        }
        s.append("]\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** This table as a Frictionless Data resource (JSON text). */
    String resource() {
        List<String> fields = new ArrayList<>();
        for (Column c : columns) {
            StringBuilder f = new StringBuilder("{\"name\": ").append(Json.string(c.header()))
                    .append(", \"title\": ").append(Json.string(c.header()))
                    .append(", \"description\": ").append(Json.string("JSON key: " + c.key()))
                    .append(", \"type\": ").append(Json.string(c.type()));
            if (!c.values().isEmpty()) {
                f.append(", \"constraints\": {\"enum\": [");
                for (int i = 0; i < c.values().size(); i++) {
                    f.append(i == 0 ? "" : ", ").append(Json.string(c.values().get(i)));
                }
                f.append("]}");
            }
            fields.add(f.append('}').toString());
        }
        return "{\"name\": " + Json.string(name) + ", \"title\": " + Json.string(title) + ", \"path\": "
                + Json.string(SiteAddresses.tableCsvName(name))
                + ", \"format\": \"csv\", \"mediatype\": \"text/csv\", \"encoding\": "
                + "\"utf-8-sig\", \"profile\": \"tabular-data-resource\", \"schema\": {\"fields\": [\n      "
                + String.join(",\n      ", fields) + "]"
                + (primaryKey == null ? "" : ", \"primaryKey\": " + Json.string(header(primaryKey))) + "}}";
    }

    private String header(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().map(Column::header).orElse(key);
    }
}
