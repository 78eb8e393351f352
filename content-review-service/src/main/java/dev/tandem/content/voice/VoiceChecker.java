package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks copy against one brand voice version. The constructor compiles every pattern once; {@link #check} is
 * pure, needs no network and is safe to call from many threads.
 */
public final class VoiceChecker {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::code);

    private final List<VoiceRule> rules = new ArrayList<>();
    private final Set<String> abbreviations;
    private final VoiceScorer scorer;

    public VoiceChecker(BrandVoice brand) {
        this(brand, Lexicon.standard());
    }

    VoiceChecker(BrandVoice brand, Lexicon lexicon) {
        abbreviations = TextStats.lower(Lexicon.list(lexicon.section("text"), "abbreviations"));
        rules.add(new BannedPhraseRule(orEmpty(brand.bannedPhrases()), lexicon));
        rules.add(new TerminologyRule(orEmpty(brand.terminology()), lexicon));
        rules.add(new ClaimRule(lexicon));
        rules.add(new PersonalizationRule(lexicon));
        rules.add(new DisclosureRule(brand.aiDisclosure(), lexicon));
        rules.add(new ReadabilityRule(brand.maxGradeLevel(), lexicon));
        rules.add(new HypeRule(brand.maxExclamationsPer100Words(), brand.name(), lexicon));
        rules.add(new PressureRule(lexicon));
        rules.add(new InclusiveRule(lexicon));
        rules.add(new SensitiveTopicRule(lexicon));
        for (CustomRule custom : orEmpty(brand.customRules())) {
            rules.add(new CustomRuleCheck(custom));
        }
        scorer = new VoiceScorer(brand.examples(), lexicon, abbreviations);
    }

    public CheckReport check(CheckInput input) {
        Draft draft = draft(input);
        List<Finding> findings = new ArrayList<>();
        for (VoiceRule rule : rules) {
            rule.check(draft, findings);
        }
        findings.sort(ORDER);
        int score = scorer.score(draft, findings).score();
        double grade = Math.round(draft.stats().grade() * 10) / 10.0;
        return new CheckReport(List.copyOf(findings), score, grade);
    }

    /** How {@link CheckReport#voiceScore()} came about for this input. */
    public String explainScore(CheckInput input) {
        CheckReport report = check(input);
        VoiceScorer.Breakdown b = scorer.score(draft(input), report.findings());
        return String.format(java.util.Locale.ROOT,
                "score %d = 50 + 50 x (0.7 x style %.2f + 0.3 x wording %.2f) - %d for %d findings",
                b.score(), b.styleCloseness(), b.lexicalCloseness(), b.penalty(), report.findings().size());
    }

    private Draft draft(CheckInput input) {
        String body = input.body() == null ? "" : input.body();
        return new Draft(input, body, TextStats.of(body, abbreviations));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
