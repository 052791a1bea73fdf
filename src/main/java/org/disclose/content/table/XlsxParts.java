package org.disclose.content.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where the parts we read lie inside an .xlsx package, found the way Excel does, through the relationship files: the
 * workbook (from {@code _rels/.rels}, else {@code xl/workbook.xml}), its first worksheet (the first {@code <sheet>} of
 * the workbook, hidden or not) or the worksheet of a given name, and its shared strings (null if the workbook has
 * none).
 */
record XlsxParts(String sheet, String sheetName, String sharedStrings) {

    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

    static XlsxParts find(XlsxPackage pkg, XMLInputFactory factory)
            throws IOException, XMLStreamException, XlsxReader.Damaged {
        return find(pkg, factory, null);
    }

    /** @param sheetName the worksheet to find, or null for the first; a name the workbook lacks is {@link Damaged} */
    static XlsxParts find(XlsxPackage pkg, XMLInputFactory factory, String sheetName)
            throws IOException, XMLStreamException, XlsxReader.Damaged {
        String workbook = workbook(pkg, factory);
        String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
        String relsName = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
        Map<String, String[]> rels = relationships(pkg, factory, relsName, folder);
        String sharedStrings = null;
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith("/sharedStrings")) {
                sharedStrings = rel[1];
            }
        }
        String[] first = sheet(pkg, factory, workbook, sheetName);
        String[] sheetRel = rels.get(first[1]);
        if (sheetRel == null) {
            throw new XlsxReader.Damaged("the worksheet '" + first[0] + "' is not listed in " + relsName);
        }
        return new XlsxParts(sheetRel[1], first[0], sharedStrings);
    }

    /** The workbook part, as {@code _rels/.rels} names it, else {@code xl/workbook.xml}. */
    private static String workbook(XlsxPackage pkg, XMLInputFactory factory) throws IOException, XMLStreamException {
        String workbook = DEFAULT_WORKBOOK;
        for (String[] rel : relationships(pkg, factory, "_rels/.rels", "").values()) {
            if (rel[0].endsWith("/officeDocument")) {
                workbook = rel[1];
            }
        }
        return workbook;
    }

    /** The names of the workbook's worksheets, in its order. */
    static List<String> sheetNames(XlsxPackage pkg, XMLInputFactory factory)
            throws IOException, XMLStreamException, XlsxReader.Damaged {
        String workbook = workbook(pkg, factory);
        List<String> names = new ArrayList<>();
        try (InputStream in = pkg.open(workbook)) {
            if (in == null) {
                throw new XlsxReader.Damaged("it has no workbook part " + workbook);
            }
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                        String name = r.getAttributeValue(null, "name");
                        names.add(name == null ? "" : name);
                    }
                }
            } finally {
                r.close();
            }
        }
        return names;
    }

    /** The name and relationship id of the workbook's {@code <sheet>} named {@code wanted}, or its first (null). */
    private static String[] sheet(XlsxPackage pkg, XMLInputFactory factory, String workbook, String wanted)
            throws IOException, XMLStreamException, XlsxReader.Damaged {
        try (InputStream in = pkg.open(workbook)) {
            if (in == null) {
                throw new XlsxReader.Damaged("it has no workbook part " + workbook);
            }
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                        String name = r.getAttributeValue(null, "name");
                        String id = r.getAttributeValue(null, "id");
                        if (wanted != null && !wanted.equals(name)) {
                            continue;
                        }
                        if (id == null) {
                            throw new XlsxReader.Damaged("the worksheet '" + name + "' in " + workbook
                                    + " has no r:id");
                        }
                        return new String[] {name == null ? "" : name, id};
                    }
                }
            } finally {
                r.close();
            }
        }
        throw new XlsxReader.Damaged(wanted == null ? "the workbook has no worksheet"
                : "the workbook has no worksheet named '" + wanted + "'");
    }

    /** Id → {type, resolved target} of a relationship part; empty if there is none. External targets are left out. */
    private static Map<String, String[]> relationships(XlsxPackage pkg, XMLInputFactory factory, String relsName,
            String folder) throws IOException, XMLStreamException {
        Map<String, String[]> rels = new HashMap<>();
        try (InputStream in = pkg.open(relsName)) {
            if (in == null) {
                return rels;
            }
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        if (id != null && type != null && target != null
                                && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                            rels.putIfAbsent(id, new String[] {type, resolve(folder, target)});
                        }
                    }
                }
            } finally {
                r.close();
            }
        }
        return rels;
    }

    /** A relationship target as a part name: absolute ("/xl/...") or relative to {@code folder}, with ".." resolved. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
