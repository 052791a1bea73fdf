package org.disclose.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx workbook of several named sheets as Excel lays one out (content types, relationships, a style with
 * wrapped text for cells of several lines), byte for byte the same every time. A cell written {@code #45056} is a
 * number cell (a date cell's day number); any other is a text cell, kept inline.
 */
public final class LedgerWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** 2023-05-10, so that the archive's bytes do not depend on when it was written. */
    private static final long TIME = 1_683_676_800_000L;

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    public LedgerWorkbook sheet(String name, List<String[]> rows) {
        sheets.put(name, rows);
        return this;
    }

    public Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder(HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder workbook = new StringBuilder(HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><sheets>");
        StringBuilder rels = new StringBuilder(HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\">");
        List<String> sheetParts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<String[]>> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            sheetParts.add(sheetXml(sheet.getValue()));
        }
        rels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" "
                + "Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.toString());
        parts.put("xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
                + "<name val=\"宋体\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/>"
                + "<right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" "
                + "fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" "
                + "fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                + "borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/>"
                + "</cellStyles></styleSheet>");
        for (int i = 0; i < sheetParts.size(); i++) {
            parts.put("xl/worksheets/sheet" + (i + 1) + ".xml", sheetParts.get(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sheetXml(List<String[]> rows) {
        StringBuilder xml = new StringBuilder(HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            int row = r + 1;
            xml.append("<row r=\"").append(row).append("\">");
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                String ref = column(c + 1) + row;
                String text = cells[c];
                if (text == null || text.isEmpty()) {
                    continue;
                }
                if (text.matches("#\\d+")) {
                    xml.append("<c r=\"").append(ref).append("\" s=\"2\"><v>").append(text.substring(1))
                            .append("</v></c>");
                } else {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(text.contains("\n")
                            ? " s=\"1\"" : "").append("><is><t xml:space=\"preserve\">").append(escape(text))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String column(int c) {
        StringBuilder letters = new StringBuilder();
        for (int n = c; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
