package org.disclose.content.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared string table of a workbook ({@code xl/sharedStrings.xml}): Excel keeps the text of string cells there
 * once, and the cells refer to it by index. An item longer than {@link TableReader#MAX_CELL_CHARS} is kept as null,
 * and is an error only if a cell uses it.
 */
final class SharedStrings {

    private SharedStrings() {
    }

    static List<String> read(XlsxPackage pkg, String part, XMLInputFactory factory)
            throws IOException, XMLStreamException {
        List<String> items = new ArrayList<>();
        if (part == null) {
            return items;
        }
        try (InputStream in = pkg.open(part)) {
            if (in == null) {
                return items;
            }
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                        String text = XlsxXml.text(r, true);
                        items.add(text != null && text.isEmpty() ? "" : text); // one "" for all empty items
                    }
                }
            } finally {
                r.close();
            }
        }
        return items;
    }
}
