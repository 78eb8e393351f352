package dev.tandem.triage.handoff;

import static dev.tandem.triage.TriageFixtures.agent;
import static io.restassured.RestAssured.given;

import dev.tandem.triage.TriageFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Hand-off calls shared by the hand-off tests. */
final class HandoffFixtures {

    private HandoffFixtures() {
    }

    /** A new HUMAN message; returns its response's hand-off id. */
    static String newHandoff() {
        return TriageFixtures.postHumanCase(null, TriageFixtures.unique("c")).extract().path("handoff.id");
    }

    static ValidatableResponse action(String id, String action, String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/handoffs/" + id + "/" + action).then();
    }

    static ValidatableResponse claim(String id, String user) {
        return action(id, "claim", agent(user), Map.of());
    }

    static ValidatableResponse resolve(String id, String user, Boolean correct) {
        return action(id, "resolve", agent(user), correct == null ? Map.of("outcome", "refund issued")
                : Map.of("outcome", "refund issued", "aiRoutingCorrect", correct));
    }
}
