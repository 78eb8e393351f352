package dev.tandem.audit.integrity;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.crypto.Checkpoint;
import dev.tandem.audit.crypto.CheckpointVerifier;
import dev.tandem.audit.crypto.LeafCodec;
import dev.tandem.audit.crypto.LeafFields;
import dev.tandem.audit.crypto.MerkleTree;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.LogTimes;
import dev.tandem.audit.log.LogTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What a restart does to the in-memory tree (rebuilt from the stored leaves), and a superuser who rewrote a row's
 * fields together with its stored leaf hash before that restart: verify still names the row, and no checkpoint is
 * signed over it.
 */
@QuarkusTest
class RestartTamperTest {

    @Inject
    DataSource dataSource;

    @Inject
    LogTree tree;

    @Test
    void shouldRebuildTheSameRootAndProofsFromTheDatabase() throws Exception {
        publishAndAwait(6);
        long size = AuditApi.checkpoint().getLong("treeSize");
        JsonPath inclusion = inclusion(size / 2, size);
        JsonPath consistency = consistency(1, size);
        byte[] root = tree.root(size);

        tree.rebuild();

        assertThat(tree.size()).isGreaterThanOrEqualTo(size);
        assertThat(tree.root(size)).isEqualTo(root);
        assertThat(inclusion(size / 2, size).getList("proof")).isEqualTo(inclusion.getList("proof"));
        assertThat(inclusion(size / 2, size).getString("rootHash")).isEqualTo(ProofCodec.hex(root));
        assertThat(consistency(1, size).getList("proof")).isEqualTo(consistency.getList("proof"));
        assertThat(tree.lastUnauthenticatedLeaf()).isEqualTo(-1);
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldNameARowRewrittenWithItsLeafHashAfterTheLastCheckpointAndRefuseToSignIt() throws Exception {
        publishAndAwait(2);
        AuditApi.checkpoint();
        String[] ids = publishAndAwait(3);
        long seq = new LogDb(dataSource).seqOf(ids[1]);
        try (Rewrite rewrite = new Rewrite(seq)) {
            tree.rebuild();

            JsonPath result = AuditApi.verify();

            assertThat(result.getBoolean("valid")).isFalse();
            assertThat(result.getLong("firstInvalidSeq")).isEqualTo(seq);
            assertThat(result.getString("firstInvalidReason")).isEqualTo("LEAF_MAC_MISMATCH");
            assertThat(result.getList("invalidCheckpointIds")).isEmpty();
            given().header("Authorization", AUDITOR).when().post("/api/audit/checkpoints")
                    .then().statusCode(409);
        }
        tree.rebuild();
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldNameARowRewrittenUnderASignedCheckpointAndRefuseAnInconsistentCheckpoint() throws Exception {
        String[] ids = publishAndAwait(3);
        JsonPath checkpoint = AuditApi.checkpoint();
        long seq = new LogDb(dataSource).seqOf(ids[0]);
        try (Rewrite rewrite = new Rewrite(seq)) {
            tree.rebuild();
            publishAndAwait(1);

            JsonPath result = AuditApi.verify();

            assertThat(result.getBoolean("valid")).isFalse();
            assertThat(result.getLong("firstInvalidSeq")).isEqualTo(seq);
            assertThat(result.getString("firstInvalidReason")).isEqualTo("LEAF_MAC_MISMATCH");
            assertThat(result.getList("invalidCheckpointIds", Long.class)).contains(checkpoint.getLong("id"));
            assertThat(result.getLong("signedEntries")).isLessThanOrEqualTo(seq);
            given().header("Authorization", AUDITOR).when().post("/api/audit/checkpoints")
                    .then().statusCode(409);
            given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints/latest")
                    .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(checkpoint.getInt("id")));
        }
        tree.rebuild();
        assertThat(AuditApi.verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldProveConsistencyBetweenTwoStoredSignedCheckpoints() throws Exception {
        publishAndAwait(3);
        JsonPath older = AuditApi.checkpoint();
        publishAndAwait(5);
        JsonPath newer = AuditApi.checkpoint();
        CheckpointVerifier verifier = new CheckpointVerifier(AuditApi.verifierKey());
        Checkpoint first = verifier.verify(stored(older.getLong("id")).getString("note"));
        Checkpoint second = verifier.verify(stored(newer.getLong("id")).getString("note"));

        JsonPath proof = consistency(first.treeSize(), second.treeSize());
        List<byte[]> path = ProofCodec.fromHexList(proof.getList("proof", String.class));

        assertThat(second.treeSize()).isGreaterThan(first.treeSize());
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), first.rootHash(),
                second.rootHash(), path)).isTrue();
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), second.treeSize(), second.rootHash(),
                first.rootHash(), path)).isFalse();
        assertThat(MerkleTree.verifyConsistency(first.treeSize() - 1, second.treeSize(), first.rootHash(),
                second.rootHash(), path)).isFalse();
    }

    /** As a superuser with the triggers off: new actor AND a leaf hash recomputed over it; undone on close. */
    private final class Rewrite implements AutoCloseable {
        private final long seq;
        private final String actor;
        private final byte[] leaf;

        Rewrite(long seq) throws Exception {
            this.seq = seq;
            LogDb db = new LogDb(dataSource);
            Object[] row = db.query("select source, event_id, type, subject, correlation_id, actor_type, actor,"
                    + " event_time, recorded_at, payload_digest, leaf_hash from audit_entry where seq = ?", seq).get(0);
            this.actor = (String) row[6];
            this.leaf = (byte[]) row[10];
            LeafFields forged = new LeafFields(seq, (String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], "mallory", time(row[7]), time(row[8]), (String) row[9]);
            db.execute("set local session_replication_role = replica",
                    "update audit_entry set actor = 'mallory', leaf_hash = '\\x"
                            + ProofCodec.hex(LeafCodec.leafHash(forged)) + "' where seq = " + seq);
        }

        @Override
        public void close() throws Exception {
            new LogDb(dataSource).execute("set local session_replication_role = replica",
                    "update audit_entry set actor = '" + actor + "', leaf_hash = '\\x" + ProofCodec.hex(leaf)
                            + "' where seq = " + seq);
        }

        private static String time(Object value) {
            return LogTimes.format(((Timestamp) value).toInstant());
        }
    }

    private static JsonPath stored(long id) {
        return given().header("Authorization", AUDITOR).when().get("/api/audit/checkpoints/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath inclusion(long seq, long size) {
        return given().header("Authorization", AUDITOR).queryParam("seq", seq).queryParam("treeSize", size)
                .when().get("/api/audit/proofs/inclusion").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath consistency(long from, long to) {
        return given().header("Authorization", AUDITOR).queryParam("from", from).queryParam("to", to)
                .when().get("/api/audit/proofs/consistency").then().statusCode(200).extract().jsonPath();
    }

    private String[] publishAndAwait(int n) throws Exception {
        String[] ids = new String[n];
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (int i = 0; i < n; i++) {
                ObjectNode event = AuditFixtures.event("triage.policy.changed", "policy-r" + i, "policy-r" + i,
                        "HUMAN", "sup-7", Instant.now());
                ids[i] = event.get("id").asText();
                bus.publish(event);
            }
        }
        new LogDb(dataSource).awaitEntries(ids);
        return ids;
    }
}
