package org.disclose.render.chart;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * 扫码阅读: a page's absolute address as a QR code (error correction M), for a theme to draw as one SVG
 * {@code <path>}. {@code path} is the path data of the dark modules, one module to a unit, each row's runs of dark
 * modules as rectangles; {@link #viewBox} leaves the quiet zone of four modules the standard asks for around them.
 * The address is encoded as ASCII (a non-ASCII host in its IDN form, other characters percent-encoded as UTF-8), so
 * that every phone's scanner reads it as it was meant. The same address always gives the same bytes.
 */
public record QrCode(int size, String path) {

    /** Modules of light margin on every side (ISO/IEC 18004: four). */
    public static final int QUIET_ZONE = 4;

    /**
     * One mask pattern for every code, instead of trying all eight and scoring each: the scoring was nearly half the
     * CPU of building 10,000 release pages. Every mask is standard and read by every scanner; pattern 2 is the one
     * the scoring picked most often for the site's addresses.
     */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.QR_MASK_PATTERN, 2);

    /** The code of {@code address}, or null when it is too long for any QR code. */
    public static QrCode of(String address) {
        ByteMatrix m;
        try {
            m = Encoder.encode(ascii(address), ErrorCorrectionLevel.M, HINTS).getMatrix();
        } catch (WriterException | IllegalArgumentException e) {
            return null;
        }
        int n = m.getWidth();
        StringBuilder d = new StringBuilder(n * n);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && m.get(x, y) == 1) {
                    x++;
                }
                d.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return new QrCode(n, d.toString());
    }

    /** {@code -4 -4 41 41} for a code of 33 modules: the modules and their quiet zone. */
    public String viewBox() {
        return -QUIET_ZONE + " " + -QUIET_ZONE + " " + (size + 2 * QUIET_ZONE) + " " + (size + 2 * QUIET_ZONE);
    }

    /** The address as a scanner reads it best: ASCII only. */
    static String ascii(String address) {
        int start = address.indexOf("//");
        int hostEnd = start < 0 ? -1 : address.indexOf('/', start + 2);
        String head = address;
        String rest = "";
        if (hostEnd >= 0) {
            head = address.substring(0, hostEnd);
            rest = address.substring(hostEnd);
        }
        if (start >= 0 && !isAscii(head)) {
            head = head.substring(0, start + 2) + IDN.toASCII(head.substring(start + 2), IDN.ALLOW_UNASSIGNED);
        }
        StringBuilder out = new StringBuilder(address.length() + 16).append(head);
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && c > 0x20) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
