package dev.tandem.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** PostgreSQL's own text of a timestamptz (UTC session) converts to exactly LogTimes.format of the instant. */
@QuarkusTest
class PgTimesTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldFormatWhatPostgresPrintsLikeInstantToString() {
        List<Object[]> rows = new LogDb(dataSource).query("""
                select (t at time zone 'UTC')::text || '+00', t from (
                  select timestamptz '2000-01-01 00:00:00+00' + (random() * 1e9)::bigint * interval '1 second'
                         + (case i % 4 when 0 then 0 when 1 then (random() * 1000)::int * 1000
                                       else (random() * 1e6)::int end) * interval '1 microsecond' as t
                  from generate_series(1, 4000) i
                  union all select timestamptz '2026-11-23 06:00:11.12+00'
                  union all select timestamptz '2026-11-23 06:00:11.000001+00'
                  union all select timestamptz '1999-12-31 23:59:59+00') s""");
        for (Object[] row : rows) {
            String pg = (String) row[0];
            String expected = LogTimes.format(((Timestamp) row[1]).toInstant());

            byte[] converted = PgTimes.toInstantText(pg.getBytes(StandardCharsets.UTF_8));

            assertThat(new String(converted, StandardCharsets.UTF_8)).as(pg).isEqualTo(expected);
        }
        assertThat(rows).hasSizeGreaterThan(4000);
    }

    @Test
    void shouldFormatTheBinaryFormLikeInstantToString() {
        java.util.Random random = new java.util.Random(5);
        PgTimes times = new PgTimes();
        long epoch2000 = java.time.Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long micros = (random.nextLong() % (4_000_000_000L * 1_000_000L));
            micros = switch (i % 3) {
                case 0 -> micros - Math.floorMod(micros, 1_000_000L);
                case 1 -> micros - Math.floorMod(micros, 1000L);
                default -> micros;
            };
            byte[] raw = java.nio.ByteBuffer.allocate(8).putLong(micros).array();
            java.time.Instant instant = java.time.Instant.ofEpochSecond(epoch2000 + Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1000L);

            assertThat(new String(times.instantText(raw), StandardCharsets.UTF_8)).isEqualTo(LogTimes.format(instant));
        }
    }
}
