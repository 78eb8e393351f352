package dev.tandem.content.voice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Labelled drafts (the eval JSONL shape) and the eval script's scoring: per-code precision/recall, false alarms. */
final class LabelledSet {

    static final List<String> CODES = List.of("BANNED_PHRASE", "TERMINOLOGY", "UNSUPPORTED_CLAIM",
            "HOLLOW_PERSONALIZATION", "MISSING_AI_DISCLOSURE", "READABILITY", "HYPE_TONE", "PRESSURE_TACTIC",
            "INCLUSIVE_LANGUAGE", "SENSITIVE_TOPIC");

    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record Case(String id, CheckInput input, Set<String> expect, String why) {
    }

    record Score(Map<String, double[]> perCode, int clean, int falseAlarms, int exact, int total, List<String> failures) {

        double worst() {
            return perCode.values().stream().flatMapToDouble(pr -> java.util.Arrays.stream(pr)).min().orElse(1);
        }

        double falseAlarmRate() {
            return clean == 0 ? 0 : (double) falseAlarms / clean;
        }

        String table(String name) {
            StringBuilder sb = new StringBuilder(String.format("%s%n%-24s %9s %7s%n", name, "code", "precision", "recall"));
            perCode.forEach((code, pr) -> sb.append(String.format("%-24s %9.2f %7.2f%n", code, pr[0], pr[1])));
            sb.append(String.format("drafts %d  exact %d/%d  false alarms on clean drafts %d/%d%n", total, exact, total,
                    falseAlarms, clean));
            failures.forEach(f -> sb.append("  ").append(f).append('\n'));
            return sb.toString();
        }
    }

    private LabelledSet() {
    }

    static BrandVoice brand() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("/voice/brand-profile.json")) {
            return JSON.readValue(in, BrandVoice.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> read(String jsonl) {
        List<Case> cases = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                List<String> fields = new ArrayList<>();
                n.path("personalizationFields").forEach(f -> fields.add(f.asText()));
                Set<String> expect = new TreeSet<>();
                n.path("expect").forEach(e -> expect.add(e.asText()));
                cases.add(new Case(n.path("id").asText(), new CheckInput(Channel.valueOf(n.path("channel").asText()),
                        Origin.valueOf(n.path("origin").asText()), n.path("title").asText(null), n.path("body").asText(),
                        fields), expect, n.path("why").asText("")));
            } catch (IOException e) {
                throw new IllegalArgumentException("bad line: " + line, e);
            }
        }
        return cases;
    }

    static List<Case> resource(String path) {
        try (InputStream in = LabelledSet.class.getResourceAsStream(path)) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Score score(VoiceChecker checker, List<Case> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        CODES.forEach(c -> counts.put(c, new int[3]));
        int clean = 0;
        int falseAlarms = 0;
        int exact = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            CheckReport r = checker.check(c.input());
            Set<String> got = r.findings().stream().map(Finding::code).filter(CODES::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String code : CODES) {
                int[] k = counts.get(code);
                k[0] += got.contains(code) && c.expect().contains(code) ? 1 : 0;
                k[1] += got.contains(code) && !c.expect().contains(code) ? 1 : 0;
                k[2] += !got.contains(code) && c.expect().contains(code) ? 1 : 0;
            }
            if (c.expect().isEmpty()) {
                clean++;
                falseAlarms += got.isEmpty() ? 0 : 1;
            }
            if (got.equals(c.expect())) {
                exact++;
            } else {
                Set<String> missed = new TreeSet<>(c.expect());
                missed.removeAll(got);
                Set<String> extra = new TreeSet<>(got);
                extra.removeAll(c.expect());
                failures.add(c.id() + " missed=" + missed + " extra=" + extra + " "
                        + r.findings().stream().filter(f -> extra.contains(f.code()))
                        .map(f -> f.code() + ":\"" + f.match() + "\"").toList());
            }
        }
        Map<String, double[]> perCode = new LinkedHashMap<>();
        counts.forEach((code, k) -> perCode.put(code, new double[] {
                k[0] + k[1] == 0 ? (k[2] == 0 ? 1 : 0) : (double) k[0] / (k[0] + k[1]),
                k[0] + k[2] == 0 ? 1 : (double) k[0] / (k[0] + k[2])}));
        return new Score(perCode, clean, falseAlarms, exact, cases.size(), failures);
    }
}
