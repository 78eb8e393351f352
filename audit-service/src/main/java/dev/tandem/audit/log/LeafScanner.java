package dev.tandem.audit.log;

import dev.tandem.audit.crypto.RawLeafHasher;
import dev.tandem.audit.crypto.Rfc6962;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Full scans of the log for verification, on plain JDBC (no entities, no Strings, no driver row objects): one
 * read-only transaction running {@code COPY (select ... order by seq) TO STDOUT (FORMAT binary)}, so PostgreSQL
 * streams rows without fetch round trips and the fields (text as UTF-8, bytea raw, timestamptz as int64
 * microseconds) are used where they lie in the received message. The calling thread receives and slices rows;
 * a second thread recomputes the leaf hashes and hands every batch, in seq order, to the handler.
 */
@ApplicationScoped
public class LeafScanner {

    static final int BATCH = 4096;
    /** seq, 10 leaf fields (times at 7 and 8 after seq), leaf_hash. */
    static final int COLUMNS = 12;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final String LEAF_ROWS = "copy (select seq, source, event_id, type, subject, correlation_id,"
            + " actor_type, actor, event_time, recorded_at, payload_digest, leaf_hash from audit_entry"
            + " where seq < %d order by seq) to stdout (format binary)";

    private final DataSource dataSource;

    LeafScanner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A batch of rows: seq and the leaf hash recomputed from the fields (32 bytes each, at i * 32). */
    public static final class Rows {
        public int count;
        public final long[] seq = new long[BATCH];
        public final byte[] recomputed = new byte[BATCH * Rfc6962.HASH_SIZE];
        final byte[][] message = new byte[BATCH][];
        final int[] offsets = new int[BATCH * COLUMNS];
        final int[] lengths = new int[BATCH * COLUMNS];

        /** Whether the stored leaf hash of row i equals its recomputed one. */
        public boolean storedLeafMatches(int i) {
            int at = i * COLUMNS + 11;
            int h = Rfc6962.HASH_SIZE;
            return lengths[at] == h && Arrays.equals(message[i], offsets[at], offsets[at] + h,
                    recomputed, i * h, i * h + h);
        }
    }

    public interface RowsHandler {
        void handle(Rows rows);
    }

    public interface MacHandler {
        void handle(long seq, byte[] leafMac);
    }

    /** Every entry with {@code seq < toExclusive}, in seq order; the handler runs on one worker thread. */
    public void scanLeaves(long toExclusive, RowsHandler handler) {
        BlockingQueue<Rows> free = new ArrayBlockingQueue<>(4);
        BlockingQueue<Rows> full = new ArrayBlockingQueue<>(5);
        for (int i = 0; i < 4; i++) {
            free.add(new Rows());
        }
        Rows end = new Rows();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread hasher = new Thread(() -> hash(full, free, end, handler, failure), "audit-verify-hasher");
        hasher.setDaemon(true);
        hasher.start();
        try {
            read(toExclusive, full, free, failure);
        } finally {
            putQuietly(full, end);
            joinQuietly(hasher);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("verification scan failed", failure.get());
        }
    }

    /** The stored leaf MAC of every entry with {@code from <= seq < to}, in seq order. */
    public void scanMacs(long from, long to, MacHandler handler) {
        if (from >= to) {
            return;
        }
        inReadOnlyTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select seq, leaf_mac from audit_entry where seq >= ? and seq < ? order by seq",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(20_000);
                statement.setLong(1, from);
                statement.setLong(2, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.handle(rows.getLong(1), rows.getBytes(2));
                    }
                }
            }
        });
    }

    private void read(long toExclusive, BlockingQueue<Rows> full, BlockingQueue<Rows> free,
                      AtomicReference<Throwable> failure) {
        inReadOnlyTransaction(connection -> {
            CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut(String.format(LEAF_ROWS, toExclusive));
            try {
                Rows batch = take(free);
                boolean first = true;
                byte[] message;
                while ((message = copy.readFromCopy()) != null) {
                    int pos = first ? header(message) : 0;
                    first = false;
                    if (pos == message.length || readShort(message, pos) == -1) {
                        continue;
                    }
                    slice(message, pos, batch);
                    if (batch.count == BATCH) {
                        if (failure.get() != null) {
                            throw new SQLException("hasher failed", failure.get());
                        }
                        putQuietly(full, batch);
                        batch = take(free);
                    }
                }
                if (batch.count > 0) {
                    putQuietly(full, batch);
                }
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** Length of the binary COPY header at the start of the first message. */
    private static int header(byte[] message) throws SQLException {
        if (message.length < 19 || !Arrays.equals(message, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new SQLException("not a binary COPY stream");
        }
        return 19 + readInt(message, 15);
    }

    /** One tuple per CopyData message (as PostgreSQL sends them); anything else is refused, not guessed at. */
    private static void slice(byte[] message, int start, Rows batch) throws SQLException {
        int pos = start;
        if (readShort(message, pos) != COLUMNS) {
            throw new SQLException("unexpected COPY tuple");
        }
        pos += 2;
        int i = batch.count;
        int base = i * COLUMNS;
        for (int c = 0; c < COLUMNS; c++) {
            int length = readInt(message, pos);
            pos += 4;
            batch.offsets[base + c] = pos;
            batch.lengths[base + c] = length;
            pos += Math.max(length, 0);
        }
        if (pos != message.length || batch.lengths[base] != 8) {
            throw new SQLException("COPY tuple does not fill its message");
        }
        batch.message[i] = message;
        batch.seq[i] = readLong(message, batch.offsets[base]);
        batch.count = i + 1;
    }

    private static void hash(BlockingQueue<Rows> full, BlockingQueue<Rows> free, Rows end, RowsHandler handler,
                             AtomicReference<Throwable> failure) {
        RawLeafHasher hasher = new RawLeafHasher();
        PgTimes times = new PgTimes();
        byte[][] sources = new byte[10][];
        int[] offsets = new int[10];
        int[] lengths = new int[10];
        while (true) {
            Rows batch = take(full);
            if (batch == end) {
                return;
            }
            try {
                if (failure.get() == null) {
                    for (int i = 0; i < batch.count; i++) {
                        int base = i * COLUMNS + 1;
                        byte[] message = batch.message[i];
                        for (int f = 0; f < 10; f++) {
                            sources[f] = message;
                            offsets[f] = batch.offsets[base + f];
                            lengths[f] = batch.lengths[base + f];
                        }
                        for (int f = 7; f <= 8; f++) {
                            if (lengths[f] != 8) {
                                throw new IllegalStateException("timestamptz of " + lengths[f] + " bytes");
                            }
                            sources[f] = times.fromMicros(readLong(message, offsets[f]));
                            offsets[f] = 0;
                            lengths[f] = sources[f].length;
                        }
                        hasher.leafHash(batch.seq[i], sources, offsets, lengths, batch.recomputed,
                                i * Rfc6962.HASH_SIZE);
                    }
                    handler.handle(batch);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
            Arrays.fill(batch.message, 0, batch.count, null);
            batch.count = 0;
            free.add(batch);
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inReadOnlyTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement set = connection.createStatement()) {
                // walk the primary key in order instead of sorting a parallel scan on stale statistics
                set.execute("set transaction read only");
                set.execute("set local enable_sort to off");
                set.execute("set local max_parallel_workers_per_gather to 0");
            }
            try {
                work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading audit_entry failed", e);
        }
    }

    private static short readShort(byte[] b, int pos) {
        return (short) ((b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff));
    }

    private static int readInt(byte[] b, int pos) {
        return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
    }

    private static long readLong(byte[] b, int pos) {
        return (long) readInt(b, pos) << 32 | (readInt(b, pos + 4) & 0xffffffffL);
    }

    private static Rows take(BlockingQueue<Rows> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        }
    }

    private static void putQuietly(BlockingQueue<Rows> queue, Rows rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
