package org.disclose.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The folder encoded photos are kept in between builds, one file per output named by the hash of everything the
 * output depends on. Nothing in it is trusted: the folder is used only when no symbolic link lies anywhere on its
 * path (its real path is its own), an entry is read only when it is a plain file (never through a link), and is
 * written under a fresh name and renamed into place, so a reader never sees half a file. Any failure is a miss.
 */
final class PhotoCache {

    /** A kept output larger than this is not read back; published photos are a few hundred kilobytes. */
    private static final long ENTRY_LIMIT = 64L << 20;

    private final Path folder;

    /** @param folder the cache folder, or null for no cache */
    PhotoCache(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /**
     * The folder, created if missing, when it is safe to use: it and every folder above it are real folders, not
     * links, before anything is created and after. Null when there is no cache or it is not safe.
     */
    Path usableFolder() {
        if (folder == null) {
            return null;
        }
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            // Checked before creating anything, so that no folder is made at the far end of a link.
            if (existing == null || !existing.toRealPath().equals(existing)) {
                return null;
            }
            Files.createDirectories(folder);
            return folder.toRealPath().equals(folder) ? folder : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The kept bytes of {@code name} in {@code dir} (a usable folder), or null. */
    static byte[] get(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > ENTRY_LIMIT) {
                return null;
            }
            try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS)) {
                long size = channel.size();
                if (size > ENTRY_LIMIT) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) size);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer) < 0) {
                        return null;
                    }
                }
                return buffer.array();
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Keeps {@code bytes} as {@code name} in {@code dir}; a failure only means it is not kept. */
    static void put(Path dir, String name, byte[] bytes) {
        Path temporary = dir.resolve(name + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SecurityException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | SecurityException ignored) {
                // nothing more to do: a stray temporary file is never read
            }
        }
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
