package org.disclose.publish;

import static org.disclose.files.TestPhotos.bytes;
import static org.disclose.files.TestPhotos.encode;
import static org.disclose.files.TestPhotos.quarters;
import static org.disclose.files.TestPhotos.segment;
import static org.disclose.files.TestPhotos.withSegments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.disclose.files.ImageHeaders;
import org.disclose.files.TestPhotos;
import org.disclose.model.PhotoSizes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link PhotoEncoder} keeps between builds: a second encode of the same photo and settings is read from the
 * cache, a damaged or planted entry is made again, and nothing is read or written through a symbolic link.
 */
class PhotoCacheTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<byte[]> publish(PhotoEncoder encoder, Path source) throws IOException {
        return encoder.encode(source, ImageHeaders.read(source));
    }

    @Test
    void aSecondEncodeIsServedFromTheCacheWithoutDecoding() throws IOException {
        Path cache = dir.resolve("cache/photos");
        Path source = file("photo.jpg", TestPhotos.phonePhoto(1200, 900, 1, ByteOrder.LITTLE_ENDIAN));
        PhotoEncoder first = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
        List<byte[]> made = publish(first, source);
        assertEquals(1, first.decodes());
        List<Path> kept = entries(cache);
        assertEquals(List.of(480, 960, 1200), PhotoSizes.DEFAULT.widthsFor(1200));
        assertEquals(3, kept.size(), "one file per width: " + kept);

        PhotoEncoder next = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
        List<byte[]> again = publish(next, source);
        assertEquals(0, next.decodes(), "the next build decodes nothing");
        for (int i = 0; i < made.size(); i++) {
            assertArrayEquals(made.get(i), again.get(i));
        }

        // The kept file is what is returned: replaced by another clean image of the same size, that comes back.
        Path small = kept.stream().filter(p -> width(read(p)) == 480).findFirst().orElseThrow();
        byte[] other = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT),
                file("other.jpg", encode(quarters(480, 360), "jpeg"))).get(0);
        Files.write(small, other);
        assertArrayEquals(other, publish(next, source).get(0));
        assertEquals(0, next.decodes());

        // Another quality is another output, kept beside the first.
        PhotoEncoder finer = new PhotoEncoder(cache, new PhotoSizes(PhotoSizes.DEFAULT.widths(), 90, ""));
        assertFalse(Arrays.equals(made.get(1), publish(finer, source).get(1)));
        assertEquals(1, finer.decodes());
        assertEquals(6, entries(cache).size());
    }

    @Test
    void aDamagedOrPlantedCacheEntryIsAMissAndIsMadeAgain() throws IOException {
        Path cache = dir.resolve("cache");
        Path source = file("photo.jpg", TestPhotos.phonePhoto(800, 600, 1, ByteOrder.LITTLE_ENDIAN));
        List<byte[]> made = publish(new PhotoEncoder(cache, PhotoSizes.DEFAULT), source);
        List<Path> kept = entries(cache);
        for (byte[] bad : List.of(new byte[0], bytes("garbage"), Arrays.copyOf(read(kept.get(0)), 300),
                withSegments(read(kept.get(0)), segment(0xE1, bytes("Exif\0\0"),
                        TestPhotos.exif(ByteOrder.BIG_ENDIAN, 1, true, new byte[4]))))) {
            for (Path p : kept) {
                Files.write(p, bad);
            }
            PhotoEncoder encoder = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
            List<byte[]> again = publish(encoder, source);
            assertEquals(1, encoder.decodes());
            for (int i = 0; i < made.size(); i++) {
                assertArrayEquals(made.get(i), again.get(i));
            }
            assertEquals(kept.size(), entries(cache).size(), "made again in place, no temporary files left");
        }
    }

    @Test
    void aCacheFolderReachedThroughASymbolicLinkIsNotUsed() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);
        Path source = file("photo.jpg", TestPhotos.phonePhoto(800, 600, 1, ByteOrder.LITTLE_ENDIAN));
        List<byte[]> plain = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT), source);
        for (Path cache : List.of(link, link.resolve("photos"), link.resolve("a/b"))) {
            PhotoEncoder encoder = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
            List<byte[]> out = publish(encoder, source);
            assertArrayEquals(plain.get(0), out.get(0));
            try (Stream<Path> through = Files.walk(elsewhere)) {
                assertEquals(List.of(elsewhere), through.toList(), "nothing written through " + cache);
            }
            publish(encoder, source);
            assertEquals(2, encoder.decodes(), "and nothing read through it");
        }
    }

    @Test
    void aCacheEntryThatIsASymbolicLinkIsNotFollowed() throws IOException {
        Path cache = dir.resolve("cache");
        Path source = file("photo.jpg", TestPhotos.phonePhoto(800, 600, 1, ByteOrder.LITTLE_ENDIAN));
        List<byte[]> made = publish(new PhotoEncoder(cache, PhotoSizes.DEFAULT), source);
        Path entry = entries(cache).stream().filter(p -> width(read(p)) == 480).findFirst().orElseThrow();
        byte[] planted = publish(new PhotoEncoder(null, PhotoSizes.DEFAULT),
                file("other.jpg", encode(quarters(480, 360), "jpeg"))).get(0);
        Path target = file("planted.jpg", planted);
        Files.delete(entry);
        Files.createSymbolicLink(entry, target);
        PhotoEncoder encoder = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
        assertArrayEquals(made.get(0), publish(encoder, source).get(0));
        assertEquals(1, encoder.decodes());
        assertArrayEquals(planted, Files.readAllBytes(target), "the link's target is left as it was");
        assertFalse(Files.isSymbolicLink(entry), "the entry is replaced by a file of its own");
    }

    @Test
    void encodesAtOnceFromSeveralThreadsAgree() throws Exception {
        Path cache = dir.resolve("cache");
        Path source = file("photo.jpg", TestPhotos.phonePhoto(1000, 750, 3, ByteOrder.LITTLE_ENDIAN));
        PhotoEncoder encoder = new PhotoEncoder(cache, PhotoSizes.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> publish(encoder, source)));
            }
            List<byte[]> first = results.get(0).get();
            for (Future<List<byte[]>> r : results) {
                for (int i = 0; i < first.size(); i++) {
                    assertArrayEquals(first.get(i), r.get().get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(PhotoSizes.DEFAULT.widthsFor(1000).size(), entries(cache).size());
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int width(byte[] image) {
        try {
            return ImageHeaders.read(image).width();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
