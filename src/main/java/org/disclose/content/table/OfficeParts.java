package org.disclose.content.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an Office Open XML file (.docx, .xlsx) holds besides its cells that a published attachment would spread: the
 * text of a document's paragraphs, and the author fields of its properties ({@code docProps/core.xml}). Read through
 * {@link XlsxPackage}, with its unpacking budget.
 */
public final class OfficeParts {

    /** The author fields of {@code docProps/core.xml} that name a person. */
    private static final List<String> AUTHOR_FIELDS = List.of("creator", "lastModifiedBy");

    private OfficeParts() {
    }

    /**
     * The text of each paragraph of a .docx's {@code word/document.xml}, in order (tables' and text boxes' paragraphs
     * too); a tab or line break inside a paragraph is read as a space.
     *
     * @throws IOException when the file is not a document that can be read
     */
    public static List<String> paragraphs(Path file) throws IOException {
        try (XlsxPackage zip = new XlsxPackage(file); InputStream in = zip.open("word/document.xml")) {
            if (in == null) {
                throw new IOException("it has no word/document.xml");
            }
            List<String> paragraphs = new ArrayList<>();
            XMLStreamReader r = XlsxXml.factory().createXMLStreamReader(in);
            StringBuilder text = null;
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("p")) {
                        if (text != null) {
                            paragraphs.add(text.toString()); // a paragraph inside a paragraph (a text box)
                        }
                        text = new StringBuilder();
                    } else if (name.equals("t")) {
                        inText = true;
                    } else if ((name.equals("tab") || name.equals("br")) && text != null) {
                        text.append(' ');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("t")) {
                        inText = false;
                    } else if (name.equals("p") && text != null) {
                        paragraphs.add(text.toString());
                        text = null;
                    }
                } else if (inText && text != null && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA)) {
                    text.append(r.getText());
                }
            }
            if (zip.overBudget()) {
                throw new IOException("it unpacks to too much");
            }
            return paragraphs;
        } catch (XMLStreamException e) {
            throw new IOException(XlsxXml.message(e));
        }
    }

    /** A cell's text as a workbook's XML holds it: its part ({@code xl/worksheets/sheet1.xml}) and reference. */
    public record RawCell(String part, String ref, String text) {
    }

    /**
     * Every cell of every worksheet part of an .xlsx, read from its XML whatever the sheet's layout (a title row,
     * columns with the same name): inline strings, values, and shared strings looked up by their number.
     *
     * @throws IOException when the file is not a workbook that can be read
     */
    public static List<RawCell> cells(Path file) throws IOException {
        try (XlsxPackage zip = new XlsxPackage(file)) {
            List<String> shared = new ArrayList<>();
            try (InputStream in = zip.open("xl/sharedStrings.xml")) {
                if (in != null) {
                    XMLStreamReader r = XlsxXml.factory().createXMLStreamReader(in);
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                            shared.add(String.valueOf(XlsxXml.text(r, true)));
                        }
                    }
                }
            }
            List<RawCell> cells = new ArrayList<>();
            for (String part : zip.names()) {
                if (!part.startsWith("xl/worksheets/") || !part.endsWith(".xml")) {
                    continue;
                }
                try (InputStream in = zip.open(part)) {
                    XMLStreamReader r = XlsxXml.factory().createXMLStreamReader(in);
                    String ref = "";
                    String type = "";
                    while (r.hasNext()) {
                        if (r.next() != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        String name = r.getLocalName();
                        if (name.equals("c")) {
                            ref = String.valueOf(r.getAttributeValue(null, "r"));
                            type = String.valueOf(r.getAttributeValue(null, "t"));
                        } else if (name.equals("is")) {
                            cells.add(new RawCell(part, ref, String.valueOf(XlsxXml.text(r, true))));
                        } else if (name.equals("v")) {
                            String v = r.getElementText();
                            int index = type.equals("s") && v.trim().matches("\\d{1,9}") ? Integer.parseInt(v.trim()) : -1;
                            cells.add(new RawCell(part, ref, index >= 0 && index < shared.size() ? shared.get(index) : v));
                        }
                    }
                }
            }
            if (zip.overBudget()) {
                throw new IOException("it unpacks to too much");
            }
            return cells;
        } catch (XMLStreamException e) {
            throw new IOException(XlsxXml.message(e));
        }
    }

    /**
     * The author fields ({@code creator}, {@code lastModifiedBy}) of a .docx's or .xlsx's {@code docProps/core.xml}
     * that hold a name; none when it has no such part.
     *
     * @throws IOException when the file is not a package that can be read
     */
    public static List<String> authorFields(Path file) throws IOException {
        try (XlsxPackage zip = new XlsxPackage(file); InputStream in = zip.open("docProps/core.xml")) {
            List<String> found = new ArrayList<>();
            if (in == null) {
                return found;
            }
            XMLStreamReader r = XlsxXml.factory().createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && AUTHOR_FIELDS.contains(r.getLocalName())) {
                    String field = r.getLocalName();
                    if (!r.getElementText().isBlank() && !found.contains(field)) {
                        found.add(field);
                    }
                }
            }
            return found;
        } catch (XMLStreamException e) {
            throw new IOException(XlsxXml.message(e));
        }
    }
}
