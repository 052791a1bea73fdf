package org.disclose.content.table;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An .xlsx file opened as the zip archive it is, handing out its parts (XML files) as streams with an unpacking
 * budget, so that a zip bomb fails early instead of filling memory (nothing is unpacked to disk). Two limits apply
 * while a part is read: all parts together may unpack to at most {@link #MAX_UNPACKED_BYTES}, and beyond its first
 * {@link #RATIO_GRACE_BYTES} a part may unpack to at most {@link #MAX_RATIO} times its packed size (the XML of real
 * workbooks packs 3 to 50 times, a very repetitive one; a zip bomb's about 1000 times).
 */
final class XlsxPackage implements Closeable {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final long RATIO_GRACE_BYTES = 4L * 1024 * 1024;
    static final long MAX_RATIO = 100;

    private final ZipFile zip;
    private final long maxUnpacked;
    private long unpacked;
    private boolean overBudget;

    XlsxPackage(Path file) throws IOException {
        this(file, MAX_UNPACKED_BYTES);
    }

    /** With a smaller total budget, for tests. */
    XlsxPackage(Path file, long maxUnpacked) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.maxUnpacked = maxUnpacked;
    }

    /** Whether reading stopped because the package unpacks to too much: it is damaged or a zip bomb. */
    boolean overBudget() {
        return overBudget;
    }

    /** The part with this name (without a leading slash), or null if the package has none. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        long packed = Math.max(0, entry.getCompressedSize());
        long limit = Math.max(RATIO_GRACE_BYTES, packed > Long.MAX_VALUE / MAX_RATIO ? Long.MAX_VALUE
                : packed * MAX_RATIO);
        return new Budgeted(zip.getInputStream(entry), limit);
    }

    /** The names of its parts, in name order. */
    java.util.List<String> names() {
        return zip.stream().map(ZipEntry::getName).sorted().toList();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Thrown (and usually wrapped by the XML parser) when the budget is spent; see {@link #overBudget()}. */
    static final class OverBudget extends IOException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("the workbook unpacks to too much data");
        }
    }

    private final class Budgeted extends FilterInputStream {
        private final long partLimit;
        private long partRead;

        Budgeted(InputStream in, long partLimit) {
            super(in);
            this.partLimit = partLimit;
        }

        private void count(long n) throws OverBudget {
            if (n <= 0) {
                return;
            }
            partRead += n;
            unpacked += n;
            if (partRead > partLimit || unpacked > maxUnpacked) {
                overBudget = true;
                throw new OverBudget();
            }
        }

        @Override
        public int read() throws IOException {
            if (overBudget) {
                throw new OverBudget();
            }
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (overBudget) {
                throw new OverBudget();
            }
            int read = super.read(b, off, len);
            count(read);
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            int len = (int) Math.min(Math.max(n, 0), 8192);
            return Math.max(0, read(new byte[len], 0, len));
        }
    }
}
