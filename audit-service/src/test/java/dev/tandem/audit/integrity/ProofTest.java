package dev.tandem.audit.integrity;

import static dev.tandem.audit.AuditFixtures.AUDITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.audit.AuditApi;
import dev.tandem.audit.AuditFixtures;
import dev.tandem.audit.LogDb;
import dev.tandem.audit.crypto.MerkleTree;
import dev.tandem.audit.crypto.ProofCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Proofs served over the API check out with RFC 9162 verification; altered ones do not. */
@QuarkusTest
class ProofTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldServeInclusionProofThatVerifiesAgainstTheCheckpointRoot() throws Exception {
        String[] ids = publishAndAwait(5);
        JsonPath checkpoint = AuditApi.checkpoint();
        long size = checkpoint.getLong("treeSize");
        long seq = new LogDb(dataSource).seqOf(ids[2]);

        JsonPath proof = given().header("Authorization", AUDITOR)
                .queryParam("seq", seq).queryParam("treeSize", size)
                .when().get("/api/audit/proofs/inclusion")
                .then().statusCode(200).extract().jsonPath();

        byte[] leaf = ProofCodec.fromHex(proof.getString("leafHash"));
        byte[] root = ProofCodec.fromHex(proof.getString("rootHash"));
        List<byte[]> path = ProofCodec.fromHexList(proof.getList("proof", String.class));
        assertThat(proof.getString("rootHash")).isEqualTo(checkpoint.getString("rootHashHex"));
        assertThat(MerkleTree.verifyInclusion(leaf, seq, size, path, root)).isTrue();
        assertThat(MerkleTree.verifyInclusion(leaf, seq == 0 ? 1 : seq - 1, size, path, root)).isFalse();
        byte[] wrongLeaf = leaf.clone();
        wrongLeaf[0] ^= 1;
        assertThat(MerkleTree.verifyInclusion(wrongLeaf, seq, size, path, root)).isFalse();
        given().header("Authorization", AUDITOR).when().get("/api/audit/entries/" + seq)
                .then().statusCode(200).body("leafHash", equalTo(proof.getString("leafHash")));
    }

    @Test
    void shouldServeConsistencyProofBetweenTwoCheckpoints() throws Exception {
        publishAndAwait(3);
        long first = AuditApi.checkpoint().getLong("treeSize");
        publishAndAwait(4);
        JsonPath second = AuditApi.checkpoint();
        long to = second.getLong("treeSize");

        JsonPath proof = given().header("Authorization", AUDITOR)
                .queryParam("from", first).queryParam("to", to)
                .when().get("/api/audit/proofs/consistency")
                .then().statusCode(200).extract().jsonPath();

        byte[] oldRoot = ProofCodec.fromHex(proof.getString("fromRootHash"));
        byte[] newRoot = ProofCodec.fromHex(proof.getString("toRootHash"));
        List<byte[]> path = ProofCodec.fromHexList(proof.getList("proof", String.class));
        assertThat(proof.getString("toRootHash")).isEqualTo(second.getString("rootHashHex"));
        assertThat(MerkleTree.verifyConsistency(first, to, oldRoot, newRoot, path)).isTrue();
        List<byte[]> altered = new ArrayList<>(path);
        byte[] node = altered.get(0).clone();
        node[5] ^= 0x40;
        altered.set(0, node);
        assertThat(MerkleTree.verifyConsistency(first, to, oldRoot, newRoot, altered)).isFalse();
        assertThat(MerkleTree.verifyConsistency(first, to, newRoot, newRoot, path)).isFalse();
    }

    @Test
    void shouldRejectProofRequestsOutsideTheTree() {
        given().header("Authorization", AUDITOR).when().get("/api/audit/proofs/inclusion")
                .then().statusCode(400).body("violations.field", hasItem("seq"));
        given().header("Authorization", AUDITOR).queryParam("seq", 0).queryParam("treeSize", Long.MAX_VALUE)
                .when().get("/api/audit/proofs/inclusion")
                .then().statusCode(400).body("violations.field", hasItem("treeSize"));
        given().header("Authorization", AUDITOR).queryParam("seq", Long.MAX_VALUE - 1)
                .when().get("/api/audit/proofs/inclusion")
                .then().statusCode(404);
        given().header("Authorization", AUDITOR).queryParam("from", 5).queryParam("to", 2)
                .when().get("/api/audit/proofs/consistency")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().header("Authorization", AUDITOR).queryParam("from", 1).queryParam("to", Long.MAX_VALUE)
                .when().get("/api/audit/proofs/consistency")
                .then().statusCode(400).body("violations.field", hasItem("to"));
    }

    private String[] publishAndAwait(int n) throws Exception {
        String[] ids = new String[n];
        try (AuditFixtures.Bus bus = new AuditFixtures.Bus()) {
            for (int i = 0; i < n; i++) {
                ObjectNode event = AuditFixtures.event("content.brand.changed", "brand-" + i, "brand-" + i,
                        "HUMAN", "brand-admin-1", Instant.now());
                ids[i] = event.get("id").asText();
                bus.publish(event);
            }
        }
        new LogDb(dataSource).awaitEntries(ids);
        return ids;
    }
}
