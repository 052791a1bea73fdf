package org.disclose.content.table;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the XML parts of an .xlsx file with the JDK's own StAX parser, safely (no DTDs, so no entity expansion and
 * no external entities), and the text of string items as Excel writes them.
 */
final class XlsxXml {

    private XlsxXml() {
    }

    /** A new factory for one workbook: StAX factories are not promised to be thread-safe. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /**
     * The text inside the element the reader is on, reading up to its end tag. With {@code onlyT} (for a string item,
     * {@code <si>} or {@code <is>}) only the text of its {@code <t>} elements counts, leaving out phonetic guides
     * ({@code <rPh>}), and Excel's escapes such as {@code _x000D_} are decoded. Null if the text is longer than
     * {@link TableReader#MAX_CELL_CHARS}; the element is read to its end all the same.
     */
    static String text(XMLStreamReader r, boolean onlyT) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int depth = 1;
        int tDepth = onlyT ? 0 : 1;
        int skipDepth = 0;
        while (depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = r.getLocalName();
                    if (skipDepth == 0 && name.equals("rPh")) {
                        skipDepth = depth;
                    } else if (tDepth == 0 && name.equals("t")) {
                        tDepth = depth;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == skipDepth) {
                        skipDepth = 0;
                    }
                    if (depth == tDepth && onlyT) {
                        tDepth = 0;
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (tDepth > 0 && skipDepth == 0 && !tooLong) {
                        if (text.length() + r.getTextLength() > TableReader.MAX_CELL_CHARS * 2L) {
                            tooLong = true;
                        } else {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of the part");
                default -> {
                }
            }
        }
        String s = onlyT && text.indexOf("_x") >= 0 ? unescape(text) : text.toString();
        return tooLong || s.length() > TableReader.MAX_CELL_CHARS ? null : s;
    }

    /** Reads past the end of the element the reader is on. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the part");
            }
        }
    }

    /** Decodes {@code _xHHHH_}, which Excel writes for characters XML cannot hold, such as a carriage return. */
    static String unescape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.subSequence(i + 2, i + 6).toString(), 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    /** The message of a parser error without the parser's own line break and "ParseError" prefix. */
    static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }
}
