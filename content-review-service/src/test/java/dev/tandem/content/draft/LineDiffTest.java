package dev.tandem.content.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.content.draft.LineDiff.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static List<String> render(String before, String after) {
        return LineDiff.diff(before, after).stream()
                .map(l -> (l.op() == Op.ADDED ? "+" : l.op() == Op.REMOVED ? "-" : " ") + l.text()).toList();
    }

    @Test
    void shouldMarkChangedLineAsRemovedThenAdded() {
        assertThat(render("a\nb\nc", "a\nB\nc")).containsExactly(" a", "-b", "+B", " c");
    }

    @Test
    void shouldTreatFirstRevisionAsAllAdded() {
        assertThat(render("", "one\ntwo")).containsExactly("+one", "+two");
    }

    @Test
    void shouldKeepLongestCommonLines() {
        assertThat(render("x\na\nb\ny", "a\nz\nb")).containsExactly("-x", " a", "+z", " b", "-y");
    }

    @Test
    void shouldNumberLinesOnBothSides() {
        List<LineDiff.Line> diff = LineDiff.diff("a\nb", "a\nc\nb");
        assertThat(diff.get(1).newLine()).isEqualTo(2);
        assertThat(diff.get(1).oldLine()).isNull();
        assertThat(diff.get(2).oldLine()).isEqualTo(2);
        assertThat(diff.get(2).newLine()).isEqualTo(3);
    }

    @Test
    void shouldHandleWindowsLineEndings() {
        assertThat(render("a\r\nb", "a\nb")).containsExactly(" a", " b");
    }
}
