package dev.tandem.audit.crypto;

import java.util.Arrays;

/**
 * One level of stored node hashes, packed 32 bytes per node into chunks of up to 1 MiB (no per-hash objects).
 * Written by a single writer; readers only read indexes the writer published via {@link MerkleTree}'s size.
 */
final class HashLevel {

    private static final int CHUNK_BITS = 15;
    private static final int CHUNK_NODES = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK_NODES = 16;
    private static final int H = Rfc6962.HASH_SIZE;

    private volatile byte[][] chunks = new byte[1][];

    byte[] chunkFor(long index) {
        return chunks[(int) (index >>> CHUNK_BITS)];
    }

    static int offset(long index) {
        return (int) (index & (CHUNK_NODES - 1)) * H;
    }

    byte[] get(long index) {
        byte[] chunk = chunkFor(index);
        int off = offset(index);
        return Arrays.copyOfRange(chunk, off, off + H);
    }

    /** Ensures index is writable and returns the chunk that holds it. Writer only. */
    byte[] writableChunk(long index) {
        int c = (int) (index >>> CHUNK_BITS);
        byte[][] current = chunks;
        if (c >= current.length) {
            current = Arrays.copyOf(current, Math.max(c + 1, current.length * 2));
            chunks = current;
        }
        byte[] chunk = current[c];
        int needed = offset(index) + H;
        if (chunk == null || chunk.length < needed) {
            int nodes = chunk == null ? FIRST_CHUNK_NODES : chunk.length / H;
            while (nodes * H < needed) {
                nodes *= 2;
            }
            byte[] grown = new byte[Math.min(nodes, CHUNK_NODES) * H];
            if (chunk != null) {
                System.arraycopy(chunk, 0, grown, 0, chunk.length);
            }
            byte[][] copy = current.clone();
            copy[c] = grown;
            chunks = copy;
            chunk = grown;
        }
        return chunk;
    }
}
