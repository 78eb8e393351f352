package dev.tandem.audit.log;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Turns PostgreSQL's binary form of a {@code timestamptz} (8 bytes: int64 microseconds since 2000-01-01 UTC), or its
 * text form of a {@code timestamptz} in a UTC session ({@code 2026-11-23 06:00:11.1234+00})
 * into the bytes of {@link LogTimes#format} of the same instant ({@code 2026-11-23T06:00:11.123400Z}) without
 * creating objects: PostgreSQL trims trailing zeros of the microseconds, {@link java.time.Instant#toString()}
 * prints none, three or six digits. Anything else takes the slow, general path.
 */
public final class PgTimes {

    private static final long EPOCH_2000 = 946_684_800L;

    private long cachedDay = Long.MIN_VALUE;
    private byte[] cachedDate;

    private static final DateTimeFormatter PG = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true)
            .appendPattern("x").toFormatter();

    /** Binary (8 bytes) or text form; one instance per thread (caches the date of the last day seen). */
    public byte[] instantText(byte[] raw) {
        if (raw.length != 8) {
            return toInstantText(raw);
        }
        long micros = 0;
        for (int i = 0; i < 8; i++) {
            micros = micros << 8 | (raw[i] & 0xff);
        }
        return fromMicros(micros);
    }

    /** {@link LogTimes#format} of the instant {@code micros} after 2000-01-01T00:00:00Z. */
    public byte[] fromMicros(long micros) {
        long second = Math.floorDiv(micros, 1_000_000L);
        int micro = (int) Math.floorMod(micros, 1_000_000L);
        long epochSecond = EPOCH_2000 + second;
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day != cachedDay) {
            String date = java.time.LocalDate.ofEpochDay(day).toString();
            if (date.length() != 10) {
                return LogTimes.format(java.time.Instant.ofEpochSecond(epochSecond, micro * 1000L))
                        .getBytes(StandardCharsets.UTF_8);
            }
            cachedDate = date.getBytes(StandardCharsets.US_ASCII);
            cachedDay = day;
        }
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        int width = micro == 0 ? 0 : micro % 1000 == 0 ? 3 : 6;
        byte[] out = new byte[20 + (width == 0 ? 0 : 1 + width)];
        System.arraycopy(cachedDate, 0, out, 0, 10);
        out[10] = 'T';
        two(out, 11, secondOfDay / 3600);
        out[13] = ':';
        two(out, 14, secondOfDay / 60 % 60);
        out[16] = ':';
        two(out, 17, secondOfDay % 60);
        int pos = 19;
        if (width > 0) {
            out[pos++] = '.';
            int value = width == 3 ? micro / 1000 : micro;
            for (int i = pos + width - 1; i >= pos; i--) {
                out[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            pos += width;
        }
        out[pos] = 'Z';
        return out;
    }

    private static void two(byte[] out, int pos, int value) {
        out[pos] = (byte) ('0' + value / 10);
        out[pos + 1] = (byte) ('0' + value % 10);
    }

    public static byte[] toInstantText(byte[] pg) {
        int n = pg.length;
        if (n < 22 || pg[4] != '-' || pg[10] != ' ' || pg[19] == ' ' || pg[n - 3] != '+' || pg[n - 2] != '0'
                || pg[n - 1] != '0' || (n > 22 && pg[19] != '.') || n > 29) {
            return slow(pg);
        }
        int digits = n == 22 ? 0 : n - 23;
        int width = digits == 0 ? 0 : digits <= 3 ? 3 : 6;
        byte[] out = new byte[19 + (width == 0 ? 0 : 1 + width) + 1];
        System.arraycopy(pg, 0, out, 0, 19);
        out[10] = 'T';
        int pos = 19;
        if (width > 0) {
            out[pos++] = '.';
            System.arraycopy(pg, 20, out, pos, digits);
            for (int i = digits; i < width; i++) {
                out[pos + i] = '0';
            }
            pos += width;
        }
        out[pos] = 'Z';
        return out;
    }

    private static byte[] slow(byte[] pg) {
        String text = new String(pg, StandardCharsets.UTF_8);
        return LogTimes.format(OffsetDateTime.parse(text, PG).toInstant()).getBytes(StandardCharsets.UTF_8);
    }
}
