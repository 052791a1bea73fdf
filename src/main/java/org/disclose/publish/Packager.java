package org.disclose.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclose.render.SiteAddresses;

/**
 * {@code disclose package}: the built site as a {@code .tar.gz} and a {@code .zip} for people who upload through a
 * web form rather than a shell, each with the site's {@code manifest.json} and a {@code SHA256SUMS} of every file,
 * plus a {@code SHA256SUMS} of the archives themselves. Archives are reproducible: files in sorted order, fixed
 * times, owner and permissions, so the same site always gives the same bytes.
 */
public final class Packager {

    public static final String TAR = "site.tar.gz";
    public static final String ZIP = "site.zip";
    public static final String SUMS = "SHA256SUMS";
    /** 1980-01-02: the earliest time a zip entry can carry, used for every entry of both archives. */
    private static final long FIXED_TIME = 315_619_200_000L;

    private Packager() {
    }

    /** Packages {@code site} into {@code dist}; returns the files written. */
    public static List<Path> pack(Path site, Path dist) throws IOException {
        if (!Files.isRegularFile(site.resolve(SiteAddresses.MANIFEST))) {
            throw new IOException(site + " has no " + SiteAddresses.MANIFEST + ": build the site first");
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".") && !p.contains("/.")) // the build's own bookkeeping stays home
                    .sorted()
                    .forEach(files::add);
        }
        StringBuilder sums = new StringBuilder();
        for (String f : files) {
            sums.append(PublishedFiles.sha256(Files.readAllBytes(site.resolve(f)))).append("  ").append(f)
                    .append('\n');
        }
        byte[] siteSums = sums.toString().getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dist);
        byte[] tar = tarGz(site, files, siteSums);
        byte[] zip = zip(site, files, siteSums);
        Path tarFile = Files.write(dist.resolve(TAR), tar);
        Path zipFile = Files.write(dist.resolve(ZIP), zip);
        Path sumsFile = Files.writeString(dist.resolve(SUMS), PublishedFiles.sha256(tar) + "  " + TAR + "\n"
                + PublishedFiles.sha256(zip) + "  " + ZIP + "\n");
        return List.of(tarFile, zipFile, sumsFile);
    }

    private static byte[] zip(Path site, List<String> files, byte[] sums) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (String f : files) {
                entry(zip, "site/" + f, Files.readAllBytes(site.resolve(f)));
            }
            entry(zip, "site/" + SUMS, sums);
        }
        return buffer.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] tarGz(Path site, List<String> files, byte[] sums) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (String f : files) {
            tarEntry(tar, "site/" + f, Files.readAllBytes(site.resolve(f)));
        }
        tarEntry(tar, "site/" + SUMS, sums);
        tar.write(new byte[1024]); // two empty blocks end the archive
        return PublishedFiles.gzip(tar.toByteArray());
    }

    /** One ustar entry; names longer than 100 bytes use the prefix field (up to 255 in all). */
    static void tarEntry(OutputStream out, String name, byte[] data) throws IOException {
        byte[] header = new byte[512];
        byte[] full = name.getBytes(StandardCharsets.UTF_8);
        String prefix = "";
        String rest = name;
        if (full.length > 100) {
            int cut = name.lastIndexOf('/', name.length() - 1);
            while (cut > 0 && name.substring(cut + 1).getBytes(StandardCharsets.UTF_8).length > 100) {
                cut = name.lastIndexOf('/', cut - 1);
            }
            if (cut <= 0 || name.substring(0, cut).getBytes(StandardCharsets.UTF_8).length > 155) {
                throw new IOException("path too long for a tar archive: " + name);
            }
            prefix = name.substring(0, cut);
            rest = name.substring(cut + 1);
        }
        put(header, 0, 100, rest.getBytes(StandardCharsets.UTF_8));
        put(header, 100, 8, octal(0644, 7));
        put(header, 108, 8, octal(0, 7));
        put(header, 116, 8, octal(0, 7));
        put(header, 124, 12, octal(data.length, 11));
        put(header, 136, 12, octal(FIXED_TIME / 1000, 11));
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, 6, "ustar".getBytes(StandardCharsets.US_ASCII));
        put(header, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        put(header, 345, 155, prefix.getBytes(StandardCharsets.UTF_8));
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, 8, (String.format("%06o", sum) + "\0 ").getBytes(StandardCharsets.US_ASCII));
        out.write(header);
        out.write(data);
        int pad = (int) ((512 - data.length % 512) % 512);
        out.write(new byte[pad]);
    }

    private static byte[] octal(long value, int digits) {
        return (String.format("%0" + digits + "o", value) + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static void put(byte[] header, int at, int length, byte[] value) {
        System.arraycopy(value, 0, header, at, Math.min(length, value.length));
    }
}
