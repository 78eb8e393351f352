package dev.tandem.content.voice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The eval thresholds on our own labelled drafts, the held-out drafts (written blind, scored before any tuning against them) and the shared sample: every code P and R ≥ 0.9, FA ≤ 10 %. */
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

    /**
     * Blind sets, written before any tuning against them: file, minimum size, minimum clean share in
     * percent, minimum examples of each code.
     */
    static Stream<Arguments> heldOutSets() {
        return Stream.of(
                Arguments.of("heldout-drafts.jsonl", 120, 30, 10),
                Arguments.of("heldout2-drafts.jsonl", 150, 30, 12),
                Arguments.of("heldout3-drafts.jsonl", 120, 30, 8),
                Arguments.of("heldout4-drafts.jsonl", 150, 30, 12),
                Arguments.of("heldout5-drafts.jsonl", 130, 30, 10),
                Arguments.of("heldout6-drafts.jsonl", 100, 25, 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutSets")
    void shouldMeetThresholdsOnHeldOutDrafts(String file, int minimumSize, int minimumCleanPercent, int minimumPerCode) {
        List<LabelledSet.Case> cases = LabelledSet.resource("/voice/" + file);
        LabelledSet.Score score = LabelledSet.score(checker, cases);
        System.out.println(score.table(file));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(minimumSize);
        assertThat(cases.stream().filter(c -> c.expect().isEmpty()).count())
                .isGreaterThanOrEqualTo(cases.size() * minimumCleanPercent / 100);
        LabelledSet.CODES.forEach(code -> assertThat(cases.stream().filter(c -> c.expect().contains(code)).count())
                .as(file + " " + code + " examples").isGreaterThanOrEqualTo(minimumPerCode));
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
