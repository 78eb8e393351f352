package dev.tandem.triage.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline, deterministic classifier: versioned per-language lexicons of weighted patterns (see
 * {@code classify/lexicon.yaml}), with negation, harmless-phrase masks and evidence for every signal.
 * Immutable after construction, so one instance serves all threads.
 */
public final class RulesClassifier implements Classifier {

    public static final String ID = "rules-1.0";

    /** Below this score no intent is trusted and the message is OTHER. */
    private static final double MIN_INTENT_SCORE = 0.5;
    /** Confidence factor for a message that neither asks a question nor requests anything. */
    private static final double STATEMENT_FACTOR = 0.7;

    private final Lexicon lexicon;

    RulesClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Loads the lexicon shipped in {@code classify/}; throws {@link IllegalStateException} if it is broken. */
    public static RulesClassifier fromClasspath() {
        return new RulesClassifier(new LexiconLoader(RulesClassifier.class.getClassLoader(), "classify").load());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String lexiconVersion() {
        return lexicon.version();
    }

    /** Patterns and lexicons in memory only; the intake's body size limit bounds the time. */
    @Override
    public boolean computesOnly() {
        return true;
    }

    @Override
    public Classification classify(MessageText message) {
        Text t = new Text(message);
        LanguageRules rules = lexicon.rules(LanguageDetector.detect(lexicon, t.normalized, message.language()));
        TextIndex index = rules.index(t.normalized);
        String masked = mask(rules, t.normalized, index);
        TextIndex bodyIndex = t.subject.isEmpty() ? index : index.tail(t.subject.length() + 1);

        List<Signal> signals = new ArrayList<>();
        List<LexRule> list = rules.signals();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            int[] hit = rule.firstHit(masked, rules.negation(), index);
            if (hit != null && signals.stream().noneMatch(s -> s.type() == rule.target() && s.confidence() >= rule.weight())) {
                signals.removeIf(s -> s.type() == rule.target());
                signals.add(new Signal((SignalType) rule.target(), rule.weight(), t.original.substring(hit[0], hit[1]), rule.id()));
            }
        }
        SentimentScorer.Result tone = SentimentScorer.score(lexicon, rules, masked, t.original, index);
        double sentiment = tone.score();
        if (tone.shouted() >= 2 && sentiment < -0.2 && !has(signals, SignalType.ANGER)) {
            signals.add(new Signal(SignalType.ANGER, 0.7, tone.shoutedEvidence(), rules.language() + ".derived.shouting"));
        }
        if (has(signals, SignalType.SARCASM) || has(signals, SignalType.ANGER)) {
            sentiment = Math.min(sentiment, -0.6);
        }

        Map<Intent, Double> scores = IntentScorer.scores(rules, t.subject, t.body, signals, bodyIndex);
        List<Map.Entry<Intent, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        double second = 0;
        for (int i = 1; i < ranked.size() && second == 0; i++) {
            if (!lexicon.compatible(ranked.get(0).getKey(), ranked.get(i).getKey())) {
                second = ranked.get(i).getValue();
            }
        }
        Intent intent = top >= MIN_INTENT_SCORE ? ranked.get(0).getKey() : Intent.OTHER;
        double intentConfidence = top >= MIN_INTENT_SCORE ? IntentScorer.confidence(top, second) : 0.35;
        List<Intent> others = new ArrayList<>();
        for (int i = 1; i < ranked.size(); i++) {
            if (ranked.get(i).getValue() >= Math.max(0.75, 0.4 * top)) {
                others.add(ranked.get(i).getKey());
            }
        }
        IntentScorer.multipleAsks(lexicon, rules, t.body, t.originalBody, scores, bodyIndex).ifPresent(signals::add);

        double confidence = t.words < 3 ? intentConfidence * 0.8 : intentConfidence;
        if (intent != Intent.PRAISE && !asksSomething(rules, t, bodyIndex)) {
            confidence *= STATEMENT_FACTOR;
        }
        Urgency urgency = urgency(rules, t.normalized, signals, intent, index);
        return new Classification(intent, round(intentConfidence), others, round(sentiment), urgency, signals,
                round(confidence), rules.language());
    }

    /** A question mark or a request cue: a bare statement ("the colour is different") is not a routine ask. */
    private static boolean asksSomething(LanguageRules rules, Text t, TextIndex bodyIndex) {
        if (t.originalBody.indexOf('?') >= 0 || t.originalBody.indexOf('¿') >= 0) {
            return true;
        }
        List<LexRule> list = rules.asks();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            if (rule.firstHit(t.body, rules.negation(), bodyIndex) != null) {
                return true;
            }
        }
        return false;
    }

    /** Which rules hit, for troubleshooting the data files (rule id to evidence). */
    Map<String, String> hits(MessageText message) {
        Text t = new Text(message);
        LanguageRules rules = lexicon.rules(LanguageDetector.detect(lexicon, t.normalized, message.language()));
        TextIndex index = rules.index(t.normalized);
        String masked = mask(rules, t.normalized, index);
        Map<String, String> out = new LinkedHashMap<>();
        for (List<LexRule> group : List.of(rules.masks(), rules.signals(), rules.intents(), rules.sentiment(), rules.multiAsk())) {
            for (LexRule rule : group) {
                String text = group == rules.intents() || group == rules.masks() ? t.normalized : masked;
                int[] hit = rule.firstHit(text, rules.negation(), rules.index(text));
                if (hit != null) {
                    out.put(rule.id(), t.original.substring(hit[0], hit[1]));
                }
            }
        }
        return out;
    }

    /** The message in its forms: as written and normalized, whole (subject + body) and in parts. */
    private static final class Text {
        final String subject;
        final String body;
        final String originalBody;
        final String original;
        final String normalized;
        final int words;

        Text(MessageText message) {
            String s = message.subject() == null ? "" : message.subject().strip();
            originalBody = message.body() == null ? "" : message.body();
            original = s.isEmpty() ? originalBody : s + "\n" + originalBody;
            normalized = TextNormalizer.normalize(original);
            subject = s.isEmpty() ? "" : normalized.substring(0, s.length());
            body = s.isEmpty() ? normalized : normalized.substring(s.length() + 1);
            words = countWords(body);
        }
    }

    private static String mask(LanguageRules rules, String normalized, TextIndex index) {
        char[][] out = new char[1][];
        List<LexRule> list = rules.masks();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            rule.forEachHit(normalized, index, Integer.MAX_VALUE, (start, end) -> {
                out[0] = out[0] == null ? normalized.toCharArray() : out[0];
                java.util.Arrays.fill(out[0], start, end, ' ');
            });
        }
        return out[0] == null ? normalized : new String(out[0]);
    }

    private static Urgency urgency(LanguageRules rules, String normalized, List<Signal> signals, Intent intent, TextIndex index) {
        Urgency level = intent == Intent.PRAISE ? Urgency.LOW : Urgency.NORMAL;
        List<LexRule> list = rules.urgency();
        for (int i = 0; i < list.size(); i++) { // no iterator: this runs per rule per message
            LexRule rule = list.get(i);
            Urgency u = (Urgency) rule.target();
            if (u.compareTo(level) > 0 && rule.firstHit(normalized, rules.negation(), index) != null) {
                level = u;
            }
        }
        for (Signal s : signals) {
            Urgency u = switch (s.type()) {
                case SAFETY, SELF_HARM -> Urgency.CRITICAL;
                case SECURITY_BREACH, LEGAL, MEDIA, ANGER -> Urgency.HIGH;
                default -> Urgency.LOW;
            };
            if (u.compareTo(level) > 0) {
                level = u;
            }
        }
        return level;
    }

    private static boolean has(List<Signal> signals, SignalType type) {
        for (Signal s : signals) {
            if (s.type() == type) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                words++;
            }
            in = w;
        }
        return words;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
