package dev.tandem.content.voice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints every finding, grade and score for a JSONL file of drafts: {@code java ... LabelledSetReport FILE [ID]}. */
public final class LabelledSetReport {

    private LabelledSetReport() {
    }

    public static void main(String[] args) throws Exception {
        VoiceChecker checker = new VoiceChecker(LabelledSet.brand());
        for (LabelledSet.Case c : LabelledSet.read(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))) {
            if (args.length > 1 && !c.id().matches(args[1])) {
                continue;
            }
            CheckReport r = checker.check(c.input());
            System.out.printf("%s grade=%.1f score=%d expect=%s%n", c.id(), r.gradeLevel(), r.voiceScore(), c.expect());
            for (Finding f : r.findings()) {
                System.out.printf("   %s %s %s [%d,%d) \"%s\" -> %s%n", f.code(), f.severity(), f.ruleId(), f.start(), f.end(),
                        (f.match().length() > 80 ? f.match().substring(0, 80) + "..." : f.match()).replace("\n", "\\n"), f.suggestion());
            }
        }
    }
}
