package org.disclose.files;

/**
 * What an EXIF block (a TIFF structure) says that matters to publishing: the orientation in IFD0, whether the GPS
 * IFD holds anything but its version, and whether an IFD1 (the thumbnail's directory) follows IFD0. Only those fixed
 * hops are taken, never a chain, so offsets that loop cannot hang it; an offset or count that points outside the
 * block is ignored, never followed.
 *
 * @param orientation 1 to 8; 1 when none is given or the value is out of range
 */
record ExifBlock(int orientation, boolean gps, boolean thumbnail) {

    private static final int ORIENTATION = 0x0112;
    private static final int GPS_IFD = 0x8825;
    private static final int GPS_VERSION = 0x0000;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int IFD = 13;

    private static final ExifBlock NOTHING = new ExifBlock(1, false, false);

    /** The TIFF structure in {@code data}, without the "Exif\0\0" that precedes it in a JPEG. */
    static ExifBlock parse(byte[] data, int offset, int length) {
        if (offset < 0 || length < 8 || offset > data.length - length) {
            return NOTHING;
        }
        Tiff tiff;
        if (data[offset] == 'I' && data[offset + 1] == 'I') {
            tiff = new Tiff(data, offset, length, false);
        } else if (data[offset] == 'M' && data[offset + 1] == 'M') {
            tiff = new Tiff(data, offset, length, true);
        } else {
            return NOTHING;
        }
        if (tiff.u16(2) != 42) {
            return NOTHING;
        }
        long ifd0 = tiff.u32(4);
        int entries = tiff.entriesAt(ifd0);
        int orientation = 1;
        boolean gps = false;
        for (int i = 0; i < entries; i++) {
            long entry = ifd0 + 2 + 12L * i;
            int tag = tiff.u16(entry);
            int type = tiff.u16(entry + 2);
            if (tag == ORIENTATION && tiff.u32(entry + 4) >= 1) {
                long value = type == SHORT ? tiff.u16(entry + 8) : type == LONG ? tiff.u32(entry + 8) : 0;
                orientation = value >= 1 && value <= 8 ? (int) value : 1;
            } else if (tag == GPS_IFD && (type == LONG || type == IFD)) {
                gps = holdsPosition(tiff, tiff.u32(entry + 8));
            }
        }
        boolean thumbnail = false;
        long next = ifd0 + 2 + 12L * tiff.u16(ifd0);
        if (ifd0 >= 8 && next + 4 <= length) {
            long ifd1 = tiff.u32(next);
            thumbnail = ifd1 != 0 && ifd1 != ifd0 && tiff.entriesAt(ifd1) > 0;
        }
        return new ExifBlock(orientation, gps, thumbnail);
    }

    /** Whether the GPS IFD has an entry besides GPSVersionID, which alone gives no position. */
    private static boolean holdsPosition(Tiff tiff, long gpsIfd) {
        int entries = tiff.entriesAt(gpsIfd);
        for (int i = 0; i < entries; i++) {
            if (tiff.u16(gpsIfd + 2 + 12L * i) != GPS_VERSION) {
                return true;
            }
        }
        return false;
    }

    /** Bounds-checked reads within the block; a read outside it gives 0. */
    private record Tiff(byte[] data, int offset, int length, boolean bigEndian) {

        int u8(long at) {
            return at >= 0 && at < length ? data[offset + (int) at] & 0xFF : 0;
        }

        int u16(long at) {
            return bigEndian ? u8(at) << 8 | u8(at + 1) : u8(at) | u8(at + 1) << 8;
        }

        long u32(long at) {
            return bigEndian ? (long) u16(at) << 16 | u16(at + 2) : u16(at) | (long) u16(at + 2) << 16;
        }

        /** How many of the IFD's 12-byte entries at {@code ifd} lie inside the block (0 when it starts outside). */
        int entriesAt(long ifd) {
            if (ifd < 8 || ifd + 2 > length) {
                return 0;
            }
            long fit = (length - ifd - 2) / 12;
            return (int) Math.min(u16(ifd), fit);
        }
    }
}
