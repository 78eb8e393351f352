package dev.tandem.content.voice;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The eval thresholds on our own labelled drafts, the held-out drafts (written blind, never tuned on) and the shared sample: every code P and R ≥ 0.9, FA ≤ 10 %. */
class VoiceQualityTest {

    /** The shared sample beside the checkout (CI clones the repository next to {@code shared/}). */
    static final Path SHARED_SAMPLE = Path.of("../../shared/eval/content-sample.jsonl");

    private final VoiceChecker checker = new VoiceChecker(LabelledSet.brand());

    @Test
    void shouldMeetThresholdsOnLabelledDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/labelled-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("labelled-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(10));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnSecondHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout2-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout2-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(12));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnThirdHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout3-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout3-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(120);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(8));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnFourthHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout4-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout4-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(12));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnFifthHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout5-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout5-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(130);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() * 3 / 10);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(10));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnSixthHeldOutDrafts() {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/heldout6-drafts.jsonl");
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table("heldout6-drafts.jsonl"));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count()).isGreaterThanOrEqualTo(cases.size() / 4);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(code + " examples").isGreaterThanOrEqualTo(8));
        assertThresholds(score);
    }

    @Test
    void shouldMeetThresholdsOnSharedSample() throws IOException {
        assumeTrue(Files.exists(SHARED_SAMPLE), "shared sample not present");
        LabelledSet.Score score = LabelledSet.score(checker,
                LabelledSet.read(Files.readString(SHARED_SAMPLE, StandardCharsets.UTF_8)));
        System.out.println(score.table(SHARED_SAMPLE.toString()));
        assertThresholds(score);
    }

    private static void assertThresholds(LabelledSet.Score score) {
        score.perCode().forEach((code, pr) -> {
            assertThat(pr[0]).as(code + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(pr[1]).as(code + " recall").isGreaterThanOrEqualTo(0.9);
        });
        assertThat(score.falseAlarmRate()).as("false alarms on clean drafts").isLessThanOrEqualTo(0.10);
    }
}
