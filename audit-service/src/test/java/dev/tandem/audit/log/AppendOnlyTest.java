package dev.tandem.audit.log;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database itself refuses to change the log, except the erasure path dropping payloads. */
@QuarkusTest
class AppendOnlyTest {

    @Inject
    DataSource dataSource;

    private LogDb db;
    private long seq;

    @BeforeEach
    void oneEntry() throws Exception {
        db = new LogDb(dataSource);
        ObjectNode event = AuditFixtures.event("triage.policy.changed", "policy-1", "policy-1", "HUMAN", "sup-1",
                Instant.now());
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            bus.publish(event);
        }
        db.awaitEntries(event.get("id").asText());
        seq = db.seqOf(event.get("id").asText());
    }

    @Test
    void shouldRefuseUpdateOfAnEntry() {
        assertThatThrownBy(() -> db.execute("update audit_entry set actor = 'mallory' where seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseDeleteOfAnEntry() {
        assertThatThrownBy(() -> db.execute("delete from audit_entry where seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseDeleteEvenOnTheErasurePath() {
        assertThatThrownBy(() -> db.execute("set local tandem.erasure = 'on'",
                "delete from audit_entry where seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseTruncate() {
        assertThatThrownBy(() -> db.execute("truncate audit_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    @Test
    void shouldLetTheErasurePathDropPayloadsOnly() {
        assertThatThrownBy(() -> db.execute("set local tandem.erasure = 'on'",
                "update audit_entry set actor = 'mallory' where seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("may only drop payloads");
        assertThatThrownBy(() -> db.execute("set local tandem.erasure = 'on'",
                "update audit_entry set payload = '{}' where seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("may only drop payloads");
    }

    @Test
    void shouldRefuseChangesToSignedCheckpoints() {
        AuditApi.checkpoint();
        assertThatThrownBy(() -> db.execute("update audit_checkpoint set tree_size = tree_size + 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("delete from audit_checkpoint"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
}
