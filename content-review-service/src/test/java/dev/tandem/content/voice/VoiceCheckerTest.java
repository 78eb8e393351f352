package dev.tandem.content.voice;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceCheckerTest {

    private static final BrandVoice BRAND = LabelledSet.brand();
    private final VoiceChecker checker = new VoiceChecker(BRAND);

    private static CheckInput web(String body) {
        return new CheckInput(Channel.WEB, Origin.HUMAN, "t", body, List.of());
    }

    @Test
    void shouldGiveEveryFindingAValidSpanMatchRuleIdAndMessage() {
        for (LabelledSet.Case c : LabelledSet.resource("/voice/labelled-drafts.jsonl")) {
            String body = c.input().body();
            CheckReport report = checker.check(c.input());
            assertThat(report.voiceScore()).isBetween(0, 100);
            assertThat(report.findings()).allSatisfy(f -> {
                assertThat(f.start()).isBetween(0, f.end());
                assertThat(f.end()).isLessThanOrEqualTo(body.length());
                assertThat(f.match()).isEqualTo(body.substring(f.start(), f.end())).isNotBlank();
                assertThat(f.ruleId()).isNotBlank();
                assertThat(f.message()).isNotBlank();
            });
        }
    }

    @Test
    void shouldUseErrorSeverityForBlockingCodes() {
        CheckReport report = checker.check(new CheckInput(Channel.EMAIL, Origin.AI, "t",
                "After the wildfire, our #1 jackets are cheap and 20% off.", List.of()));
        assertThat(report.findings()).filteredOn(f -> List.of("BANNED_PHRASE", "UNSUPPORTED_CLAIM",
                "MISSING_AI_DISCLOSURE", "SENSITIVE_TOPIC").contains(f.code()))
                .extracting(Finding::code).contains("BANNED_PHRASE", "UNSUPPORTED_CLAIM", "MISSING_AI_DISCLOSURE",
                        "SENSITIVE_TOPIC");
        assertThat(report.findings()).filteredOn(f -> !f.code().equals("HYPE_TONE") && List.of("BANNED_PHRASE",
                "UNSUPPORTED_CLAIM", "MISSING_AI_DISCLOSURE", "SENSITIVE_TOPIC").contains(f.code()))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void shouldScoreOnVoiceExamplesHigherThanOffVoiceCopy() {
        int onVoice = checker.check(web(BRAND.examples().get(0))).voiceScore();
        int offVoice = checker.check(web("Leveraging synergistic paradigms, the organization's comprehensive "
                + "merchandising infrastructure facilitates unparalleled consumer engagement!!!")).voiceScore();
        assertThat(onVoice).isGreaterThanOrEqualTo(80);
        assertThat(offVoice).isLessThan(40);
    }

    @Test
    void shouldNeverRaiseTheScoreWhenAFindingIsAdded() {
        String clean = "Rain is in the forecast this weekend. Pack a light rain jacket and an extra pair of socks.";
        String withBanned = "Rain is in the forecast this weekend. Pack a cheap rain jacket and an extra pair of socks.";
        String withTwo = "Rain is in the forecast this weekend. Pack a cheap rain jacket and an extra pair of stuff.";
        int a = checker.check(web(clean)).voiceScore();
        int b = checker.check(web(withBanned)).voiceScore();
        int c = checker.check(web(withTwo)).voiceScore();
        assertThat(a).isGreaterThan(b);
        assertThat(b).isGreaterThan(c);
    }

    @Test
    void shouldExplainTheScore() {
        assertThat(checker.explainScore(web("Pack a cheap rain jacket.")))
                .matches("score \\d+ = 50 \\+ 50 x \\(0\\.7 x style [0-9.]+ \\+ 0\\.3 x wording [0-9.]+\\) - 12 for 1 findings");
    }

    @Test
    void shouldReportGradeLevelRoundedToOneDecimal() {
        CheckReport report = checker.check(web("Our tents are seam-sealed. If a seam leaks, bring it back."));
        assertThat(report.gradeLevel() * 10).isEqualTo(Math.rint(report.gradeLevel() * 10));
        assertThat(report.gradeLevel()).isLessThan(9);
    }

    @Test
    void shouldHandleEmptyBodyAndSparseBrand() {
        VoiceChecker sparse = new VoiceChecker(new BrandVoice("x", null, null, null, null, 0, 0, null, null));
        CheckReport report = sparse.check(new CheckInput(Channel.EMAIL, Origin.AI, null, "", null));
        assertThat(report.findings()).isEmpty();
        assertThat(report.gradeLevel()).isZero();
        assertThat(checker.check(new CheckInput(Channel.CHAT_REPLY, Origin.HUMAN, null, null, null)).findings()).isEmpty();
    }

    @Test
    void shouldGiveSameResultsFromManyThreads() throws Exception {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/labelled-drafts.jsonl");
        List<CheckReport> expected = cases.stream().map(c -> checker.check(c.input())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CheckReport>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> cases.stream().map(c -> checker.check(c.input())).toList()));
            }
            for (Future<List<CheckReport>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
