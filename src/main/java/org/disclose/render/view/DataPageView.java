package org.disclose.render.view;

import java.util.List;

/** /data/: every open-data table with its files and the meaning of each field. */
public record DataPageView(String heading, List<Table> tables, String packagePath) {

    public record Table(String title, String csvPath, String jsonPath, int rows, List<Field> fields) {
    }

    public record Field(String header, String key, String type, String values) {
    }
}
