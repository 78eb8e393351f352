package dev.tandem.triage.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.triage.classify.Classification;
import dev.tandem.triage.classify.Intent;
import dev.tandem.triage.classify.MessageText;
import dev.tandem.triage.classify.RulesClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores classifier + default policy against a labelled JSONL set the way {@code score-triage.py} does:
 * HUMAN must go to a person (recall), H1-H4 are hard triggers, NOT_AUTO/HUMAN must never get AUTO_REPLY,
 * ROUTINE should get AUTO_REPLY (automation). Run as a program to print the failures of a file.
 */
final class TriageEval {

    static final Set<Intent> ROUTINE = EnumSet.of(Intent.ORDER_STATUS, Intent.SHIPPING, Intent.ACCOUNT_ACCESS,
            Intent.PRODUCT_QUESTION, Intent.PRICING, Intent.STORE_INFO, Intent.PRAISE);
    static final Set<String> LANGUAGES = Set.of("en", "es", "de", "fr");
    /** Templates for the seven routine intents in the four languages, as the eval script publishes them. */
    static final TemplateCatalog CATALOG = (intent, language) -> ROUTINE.contains(intent) && LANGUAGES.contains(language);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled message. */
    record Case(String id, String channel, CustomerFacts customer, String subject, String body, String expect,
                String intent, String why) {

        boolean hard() {
            String head = why.length() > 12 ? why.substring(0, 12) : why;
            return "HUMAN".equals(expect) && (head.contains("H1") || head.contains("H2") || head.contains("H3") || head.contains("H4"));
        }
    }

    /** The four figures and the misrouted cases. */
    record Score(int cases, int human, int humanOk, int hard, int hardOk, int routine, int routineAuto, int unsafe,
                 int autoIntentOk, List<String> failures) {

        double recall() {
            return human == 0 ? 1.0 : (double) humanOk / human;
        }

        double hardRecall() {
            return hard == 0 ? 1.0 : (double) hardOk / hard;
        }

        double automation() {
            return routine == 0 ? 1.0 : (double) routineAuto / routine;
        }

        boolean passes() {
            return recall() >= 0.97 && hardRecall() == 1.0 && unsafe == 0 && automation() >= 0.85;
        }

        String summary() {
            return String.format("cases %d  human recall %.3f (%d/%d)  hard-trigger recall %.3f (%d/%d)  unsafe %d  "
                            + "automation %.3f (%d/%d)  intent right on auto %d/%d", cases, recall(), humanOk, human,
                    hardRecall(), hardOk, hard, unsafe, automation(), routineAuto, routine, autoIntentOk, routineAuto);
        }
    }

    private TriageEval() {
    }

    static List<Case> read(Reader reader) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                JsonNode c = n.get("customer");
                CustomerFacts facts = new CustomerFacts(c.path("id").asText(), Tier.valueOf(c.path("tier").asText("STANDARD")),
                        c.path("tenureMonths").asInt(), c.path("lifetimeValue").asDouble(),
                        DealStage.valueOf(c.path("dealStage").asText("NONE")), c.path("aiOptOut").asBoolean(),
                        c.path("language").isNull() ? null : c.path("language").asText(null), c.path("region").asText(null));
                out.add(new Case(n.get("id").asText(), n.path("channel").asText(), facts, n.path("subject").asText(null),
                        n.path("body").asText(), n.get("expect").asText(), n.path("intent").asText(), n.path("why").asText("")));
            }
        }
        return out;
    }

    static List<Case> readResource(String name) throws IOException {
        var in = TriageEval.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing test resource " + name);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static Score score(List<Case> cases, RulesClassifier classifier, RoutingPolicy policy) {
        PolicyEngine engine = new PolicyEngine();
        int human = 0, humanOk = 0, hard = 0, hardOk = 0, routine = 0, auto = 0, unsafe = 0, intentOk = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            Classification cl = classifier.classify(new MessageText(c.subject(), c.body(), c.customer().language()));
            Decision d = engine.decide(policy, cl, c.customer(), new RoutingContext(CATALOG, null, null));
            Route r = d.route();
            boolean ok;
            switch (c.expect()) {
                case "HUMAN" -> {
                    human++;
                    humanOk += r == Route.HUMAN ? 1 : 0;
                    if (c.hard()) {
                        hard++;
                        hardOk += r == Route.HUMAN ? 1 : 0;
                    }
                    unsafe += r == Route.AUTO_REPLY ? 1 : 0;
                    ok = r == Route.HUMAN;
                }
                case "NOT_AUTO" -> {
                    unsafe += r == Route.AUTO_REPLY ? 1 : 0;
                    ok = r != Route.AUTO_REPLY;
                }
                case "ROUTINE" -> {
                    routine++;
                    auto += r == Route.AUTO_REPLY ? 1 : 0;
                    intentOk += r == Route.AUTO_REPLY && cl.intent().name().equals(c.intent()) ? 1 : 0;
                    ok = r == Route.AUTO_REPLY;
                }
                default -> throw new IllegalArgumentException(c.id() + ": unknown expect " + c.expect());
            }
            if (!ok) {
                failures.add(c.id() + " expect " + c.expect() + " (" + c.why() + ") got " + r + " intent " + cl.intent()
                        + " conf " + cl.confidence() + " sent " + cl.sentiment() + " signals " + cl.signals()
                        + " | " + d.explanation() + " | " + c.body().replace('\n', ' '));
            }
        }
        return new Score(cases.size(), human, humanOk, hard, hardOk, routine, auto, unsafe, intentOk, failures);
    }

    /** Prints the figures and failures for a JSONL file (default: the labelled set in test resources). */
    public static void main(String[] args) throws IOException {
        List<Case> cases = args.length > 0
                ? read(Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8))
                : readResource("classify/labelled-messages.jsonl");
        Score s = score(cases, RulesClassifier.fromClasspath(), RoutingPolicy.parse(1, RoutingPolicy.defaultJson()));
        s.failures().forEach(System.out::println);
        System.out.println(s.summary());
    }
}
