package dev.tandem.triage.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.classify.Signal;
import dev.tandem.triage.classify.SignalType;
import dev.tandem.triage.classify.Urgency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyEngineTest {

    static final RoutingPolicy POLICY = RoutingPolicy.parse(4, RoutingPolicy.defaultJson());
    static final TemplateCatalog ALL = TriageEval.CATALOG;
    static final TemplateCatalog NONE = (intent, language) -> false;

    final PolicyEngine engine = new PolicyEngine();

    static Classification routine(Intent intent, double confidence, Signal... signals) {
        return new Classification(intent, confidence, List.of(), 0.1, Urgency.NORMAL, List.of(signals), confidence, "en");
    }

    static Signal signal(SignalType type, String evidence) {
        return new Signal(type, 0.9, evidence, "test." + type.name().toLowerCase());
    }

    static CustomerFacts customer(Tier tier, int tenure, DealStage stage, boolean optOut) {
        return new CustomerFacts("c-1", tier, tenure, 100, stage, optOut, "en", "UK");
    }

    static CustomerFacts standard() {
        return customer(Tier.STANDARD, 6, DealStage.NONE, false);
    }

    Decision decide(Classification c, CustomerFacts facts, TemplateCatalog templates, String owner, String failure) {
        return engine.decide(POLICY, c, facts, new RoutingContext(templates, owner, failure));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // what, classification, customer, route, deciding trigger, queue, priority
                Arguments.of("routine order status", routine(Intent.ORDER_STATUS, 0.9), standard(), Route.AUTO_REPLY, null, null, null),
                Arguments.of("self-harm", routine(Intent.OTHER, 0.4, signal(SignalType.SELF_HARM, "don't want to be here")),
                        standard(), Route.HUMAN, "SAFETY_RISK", "crisis", Priority.P1),
                Arguments.of("safety on a routine intent", routine(Intent.PRODUCT_QUESTION, 0.9, signal(SignalType.SAFETY, "melted")),
                        standard(), Route.HUMAN, "SAFETY_RISK", "crisis", Priority.P1),
                Arguments.of("security breach", routine(Intent.ACCOUNT_ACCESS, 0.9, signal(SignalType.SECURITY_BREACH, "wasn't me")),
                        standard(), Route.HUMAN, "SAFETY_RISK", "security", Priority.P1),
                Arguments.of("legal", routine(Intent.COMPLAINT, 0.8, signal(SignalType.LEGAL, "solicitor")),
                        standard(), Route.HUMAN, "LEGAL_RISK", "legal", Priority.P2),
                Arguments.of("media", routine(Intent.COMPLAINT, 0.8, signal(SignalType.MEDIA, "the press")),
                        standard(), Route.HUMAN, "SAFETY_RISK", "escalations", Priority.P2),
                Arguments.of("asked for a person", routine(Intent.PRICING, 0.9, signal(SignalType.HUMAN_REQUESTED, "representative please")),
                        standard(), Route.HUMAN, "HUMAN_REQUESTED", "support", Priority.P3),
                Arguments.of("privacy request", routine(Intent.PRIVACY_REQUEST, 0.9), standard(), Route.HUMAN, "PRIVACY_REQUEST", "privacy", Priority.P3),
                Arguments.of("anger", routine(Intent.SHIPPING, 0.9, signal(SignalType.ANGER, "fed up")),
                        standard(), Route.HUMAN, "STRONG_COMPLAINT", "escalations", Priority.P2),
                Arguments.of("key account non-routine", routine(Intent.BILLING, 0.9), customer(Tier.KEY_ACCOUNT, 5, DealStage.NONE, false),
                        Route.HUMAN, "KEY_ACCOUNT", "key-accounts", Priority.P2),
                Arguments.of("key account routine", routine(Intent.SHIPPING, 0.9), customer(Tier.KEY_ACCOUNT, 5, DealStage.NONE, false),
                        Route.DRAFT_FOR_REVIEW, "KEY_ACCOUNT", null, null),
                Arguments.of("long tenure, calm bad experience", routine(Intent.RETURNS_REFUND, 0.9, signal(SignalType.BAD_EXPERIENCE, "chip")),
                        customer(Tier.GOLD, 36, DealStage.NONE, false), Route.HUMAN, "INFLECTION_TENURE", "retention", Priority.P3),
                Arguments.of("long tenure, neutral routine", routine(Intent.SHIPPING, 0.9), customer(Tier.GOLD, 36, DealStage.NONE, false),
                        Route.AUTO_REPLY, null, null, null),
                Arguments.of("negotiation asking terms", routine(Intent.PRICING, 0.9, signal(SignalType.TERMS_QUESTION, "waive")),
                        customer(Tier.STANDARD, 0, DealStage.NEGOTIATION, false), Route.HUMAN, "INFLECTION_DEAL", "sales", Priority.P2),
                Arguments.of("negotiation routine", routine(Intent.STORE_INFO, 0.9), customer(Tier.STANDARD, 0, DealStage.NEGOTIATION, false),
                        Route.DRAFT_FOR_REVIEW, "DEAL_IN_NEGOTIATION", null, null),
                Arguments.of("prospect pricing", routine(Intent.PRICING, 0.9), customer(Tier.STANDARD, 0, DealStage.PROSPECT, false),
                        Route.AUTO_REPLY, null, null, null),
                Arguments.of("churn", routine(Intent.CANCELLATION, 0.9, signal(SignalType.CHURN, "cancel my membership")),
                        standard(), Route.HUMAN, "CHURN_RISK", "retention", Priority.P3),
                Arguments.of("bereavement", routine(Intent.CANCELLATION, 0.9, signal(SignalType.SENSITIVE_CIRCUMSTANCE, "passed away")),
                        standard(), Route.HUMAN, "CHURN_RISK", "retention", Priority.P3),
                Arguments.of("hardship", routine(Intent.BILLING, 0.9, signal(SignalType.SENSITIVE_CIRCUMSTANCE, "lost my job")),
                        standard(), Route.HUMAN, "SENSITIVE_CIRCUMSTANCE", "care", Priority.P2),
                Arguments.of("low confidence", routine(Intent.ORDER_STATUS, 0.45), standard(), Route.DRAFT_FOR_REVIEW, "LOW_CONFIDENCE", null, null),
                Arguments.of("non-routine intent", routine(Intent.RETURNS_REFUND, 0.9), standard(), Route.DRAFT_FOR_REVIEW, "NOT_ROUTINE_INTENT", null, null),
                Arguments.of("several asks", routine(Intent.ORDER_STATUS, 0.9, signal(SignalType.MULTIPLE_ASKS, "two things")),
                        standard(), Route.DRAFT_FOR_REVIEW, "MULTIPLE_ASKS", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldRouteAsTheSeedPolicySays(String what, Classification c, CustomerFacts facts, Route route, String trigger,
                                        String queue, Priority priority) {
        Decision d = decide(c, facts, ALL, null, null);

        assertThat(d.route()).as(d.explanation()).isEqualTo(route);
        if (trigger != null) {
            assertThat(d.triggers().get(0).code()).as(d.triggers().toString()).isEqualTo(trigger);
        }
        assertThat(d.queue()).isEqualTo(queue);
        assertThat(d.priority()).isEqualTo(priority);
        assertThat(d.policyVersion()).isEqualTo(4);
        assertThat(d.explanation()).isNotBlank().doesNotContain("null");
        assertThat(d.evaluations()).hasSize(POLICY.ruleCount() + (d.route() == Route.AUTO_REPLY || d.decidingRuleId().equals("guard.auto-reply") ? 4 : 3));
    }

    @Test
    void shouldRouteOwnedConversationToItsOwnerEvenWhenRoutine() {
        Decision d = decide(routine(Intent.ORDER_STATUS, 0.95), standard(), ALL, "agent-7", null);

        assertThat(d.route()).isEqualTo(Route.HUMAN);
        assertThat(d.queue()).isEqualTo("owner");
        assertThat(d.decidingRuleId()).isEqualTo("guard.conversation-owned");
        assertThat(d.triggers()).first().extracting(Trigger::code).isEqualTo("CONVERSATION_OWNED");
        assertThat(d.explanation()).contains("agent-7");
    }

    @Test
    void shouldKeepSafetyPriorityInAnOwnedConversation() {
        Decision d = decide(routine(Intent.OTHER, 0.5, signal(SignalType.SAFETY, "sparked")), standard(), ALL, "agent-7", null);

        assertThat(d.queue()).isEqualTo("owner");
        assertThat(d.priority()).isEqualTo(Priority.P1);
        assertThat(d.triggers()).extracting(Trigger::code).contains("CONVERSATION_OWNED", "SAFETY_RISK");
    }

    @Test
    void shouldNeverGiveAiTextToAnOptedOutCustomerEvenWhenThePolicyForgetsIt() {
        RoutingPolicy permissive = RoutingPolicy.parse(9, "{\"name\":\"all-auto\",\"rules\":[{\"id\":\"auto\",\"description\":\"everything\","
                + "\"when\":{},\"route\":\"AUTO_REPLY\"}]}");

        Decision d = engine.decide(permissive, routine(Intent.ORDER_STATUS, 0.95), customer(Tier.STANDARD, 3, DealStage.NONE, true),
                new RoutingContext(ALL, null, null));

        assertThat(d.route()).isEqualTo(Route.HUMAN);
        assertThat(d.triggers()).extracting(Trigger::code).containsExactly("AI_OPT_OUT");
        assertThat(d.decidingRuleId()).isEqualTo("guard.ai-opt-out");
    }

    @Test
    void shouldSendAClassifierFailureToAPersonWithTheReason() {
        Decision d = decide(null, standard(), ALL, null, "timeout after 800 ms");

        assertThat(d.route()).isEqualTo(Route.HUMAN);
        assertThat(d.triggers()).first().extracting(Trigger::code).isEqualTo("CLASSIFIER_FAILURE");
        assertThat(d.explanation()).contains("timeout after 800 ms");
        assertThat(d.evaluations()).filteredOn(e -> e.ruleId().equals("routine-auto-reply")).first()
                .extracting(RuleEvaluation::matched).isEqualTo(false);
    }

    @Test
    void shouldStillApplyCustomerRulesWhenTheClassifierFailed() {
        Decision d = decide(null, customer(Tier.STANDARD, 3, DealStage.NONE, true), ALL, null, "error");

        assertThat(d.route()).isEqualTo(Route.HUMAN);
        assertThat(d.triggers()).first().extracting(Trigger::code).isEqualTo("AI_OPT_OUT");
    }

    @Test
    void shouldNotAutoReplyWithoutAnApprovedTemplate() {
        Decision d = decide(routine(Intent.STORE_INFO, 0.95), standard(), NONE, null, null);

        assertThat(d.route()).isEqualTo(Route.DRAFT_FOR_REVIEW);
        assertThat(d.triggers()).extracting(Trigger::code).contains("NO_APPROVED_TEMPLATE");
    }

    @Test
    void shouldHoldGuardrailsAgainstAPolicyThatAutoRepliesToEverything() {
        RoutingPolicy permissive = RoutingPolicy.parse(9, "{\"name\":\"all-auto\",\"rules\":[{\"id\":\"auto\",\"description\":\"everything\","
                + "\"when\":{},\"route\":\"AUTO_REPLY\"}]}");
        RoutingContext ctx = new RoutingContext(ALL, null, null);

        assertThat(engine.decide(permissive, routine(Intent.ORDER_STATUS, 0.3), standard(), ctx).triggers())
                .extracting(Trigger::code).contains("LOW_CONFIDENCE");
        assertThat(engine.decide(permissive, routine(Intent.ORDER_STATUS, 0.9), customer(Tier.STANDARD, 0, DealStage.NEGOTIATION, false), ctx).route())
                .isEqualTo(Route.DRAFT_FOR_REVIEW);
        assertThat(engine.decide(permissive, routine(Intent.ORDER_STATUS, 0.9), customer(Tier.KEY_ACCOUNT, 9, DealStage.NONE, false), ctx).route())
                .isEqualTo(Route.DRAFT_FOR_REVIEW);
        assertThat(engine.decide(permissive, routine(Intent.PRODUCT_QUESTION, 0.9, signal(SignalType.SAFETY, "smoke")), standard(), ctx).route())
                .isEqualTo(Route.DRAFT_FOR_REVIEW);
        assertThat(engine.decide(permissive, routine(Intent.ORDER_STATUS, 0.9), standard(), ctx).route()).isEqualTo(Route.AUTO_REPLY);
    }

    @Test
    void shouldRecordEveryRuleWithAReason() {
        Decision d = decide(routine(Intent.PRICING, 0.9), customer(Tier.STANDARD, 0, DealStage.NEGOTIATION, false), ALL, null, null);

        assertThat(d.evaluations()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
        assertThat(d.evaluations()).extracting(RuleEvaluation::ruleId).contains("self-harm", "deal-inflection", "routine-auto-reply");
        assertThat(d.decidingRuleId()).isEqualTo("deal-inflection");
        assertThat(d.explanation()).contains("sales").contains("NEGOTIATION");
    }

    @Test
    void shouldBumpPriorityForCriticalUrgency() {
        Classification critical = new Classification(Intent.OTHER, 0.5, List.of(), -0.2, Urgency.CRITICAL,
                List.of(signal(SignalType.HUMAN_REQUESTED, "call me now")), 0.5, "en");

        assertThat(decide(critical, standard(), ALL, null, null).priority()).isEqualTo(Priority.P1);
    }
}
