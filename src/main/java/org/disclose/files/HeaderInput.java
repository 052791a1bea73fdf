package org.disclose.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Reads an image's header bytes from a file, or from bytes in memory, with a small buffer: every read and skip is
 * checked against the size, so that a length field that lies ends in an {@link EOFException} and never in a long
 * read, and a skip over pixel data seeks instead of reading.
 */
final class HeaderInput {

    private final SeekableByteChannel channel;
    private final long size;
    private final ByteBuffer buffer;
    /** Where in the input the buffer's first byte lies. */
    private long bufferStart;

    HeaderInput(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        this.buffer = ByteBuffer.allocate(8192).limit(0);
    }

    HeaderInput(byte[] bytes) {
        this.channel = null;
        this.size = bytes.length;
        this.buffer = ByteBuffer.wrap(bytes);
    }

    long position() {
        return bufferStart + buffer.position();
    }

    long remaining() {
        return size - position();
    }

    int u8() throws IOException {
        if (!buffer.hasRemaining()) {
            fill();
        }
        return buffer.get() & 0xFF;
    }

    int u16be() throws IOException {
        return u8() << 8 | u8();
    }

    int u16le() throws IOException {
        return u8() | u8() << 8;
    }

    int u24le() throws IOException {
        return u16le() | u8() << 16;
    }

    long u32be() throws IOException {
        return (long) u16be() << 16 | u16be();
    }

    long u32le() throws IOException {
        return u16le() | (long) u16le() << 16;
    }

    /** The next {@code n} bytes; the caller bounds {@code n}, and it may not exceed what is left. */
    byte[] bytes(int n) throws IOException {
        if (n < 0 || n > remaining()) {
            throw new EOFException();
        }
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            if (!buffer.hasRemaining()) {
                fill();
            }
            int step = Math.min(n - done, buffer.remaining());
            buffer.get(out, done, step);
            done += step;
        }
        return out;
    }

    void skip(long n) throws IOException {
        if (n < 0 || n > remaining()) {
            throw new EOFException();
        }
        seek(position() + n);
    }

    /** Moves to {@code at}, which lies within the input (the caller checks). */
    void seek(long at) {
        if (at >= bufferStart && at <= bufferStart + buffer.limit()) {
            buffer.position((int) (at - bufferStart));
        } else {
            bufferStart = at;
            buffer.limit(0);
        }
    }

    private void fill() throws IOException {
        long at = position();
        if (channel == null || at >= size) {
            throw new EOFException();
        }
        bufferStart = at;
        buffer.clear();
        channel.position(at);
        while (buffer.position() == 0) {
            if (channel.read(buffer) < 0) {
                buffer.limit(0);
                throw new EOFException();
            }
        }
        buffer.flip();
    }
}
