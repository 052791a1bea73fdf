package org.disclose.content.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small .xlsx workbooks by hand, part by part, as Excel lays them out. */
public final class XlsxFiles {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    /** A workbook whose first sheet has this {@code <sheetData>} content and these shared strings. */
    public static XlsxFiles workbook(String sheetData, List<String> sharedStrings) {
        XlsxFiles x = new XlsxFiles();
        x.part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""");
        x.part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"整改清单\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"说明\" sheetId=\"2\" r:id=\"rId9\"/></sheets></workbook>");
        x.part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        x.sheet(sheetData);
        x.part("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"" + MAIN + "\" count=\"" + sharedStrings.size() + "\" uniqueCount=\""
                + sharedStrings.size() + "\">");
        for (String s : sharedStrings) {
            sst.append(s.startsWith("<") ? s : "<si><t xml:space=\"preserve\">" + escape(s) + "</t></si>");
        }
        x.part("xl/sharedStrings.xml", sst.append("</sst>").toString());
        return x;
    }

    XlsxFiles sheet(String sheetData) {
        return part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><dimension ref=\"A1:D3\"/>"
                + "<sheetData>" + sheetData + "</sheetData><pageMargins left=\"0.7\"/></worksheet>");
    }

    public XlsxFiles part(String name, String xml) {
        return part(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    XlsxFiles part(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    XlsxFiles remove(String name) {
        parts.remove(name);
        return this;
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A row of inline-string cells starting at column A. */
    public static String inlineRow(int row, String... texts) {
        StringBuilder xml = new StringBuilder("<row r=\"" + row + "\">");
        for (int i = 0; i < texts.length; i++) {
            xml.append("<c r=\"").append((char) ('A' + i)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(texts[i])).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }
}
