package dev.tandem.content.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HOLLOW_PERSONALIZATION: boilerplate that pretends to know the customer ("valued customer", "we truly value
 * you"), and name or place merge fields or "just for you" around copy that uses nothing real about them. A
 * place field ({{city}}) is as generic as a name. A merge field that carries context (an order number, a store,
 * a product) or copy about their own order, rental or question makes the personalisation real. Some phrases
 * ("you'll love") are only stock in broadcast copy: in a live chat reply they are advice about what the
 * customer asked, unless a name merge field dresses the reply up.
 */
final class PersonalizationRule implements VoiceRule {

    private final Set<String> nameFields;
    private final Set<String> placeFields;
    private final Pattern mergeField;
    private final List<Rx> always;
    private final List<Rx> withoutContext;
    private final List<Rx> broadcastOnly;
    private final Rx realContext;

    PersonalizationRule(Lexicon lexicon) {
        Map<String, Object> section = lexicon.section("personalization");
        nameFields = TextStats.lower(Lexicon.list(section, "nameFields"));
        placeFields = TextStats.lower(Lexicon.list(section, "placeFields"));
        mergeField = Pattern.compile(Lexicon.string(section, "mergeField"));
        always = Lexicon.<String>list(section, "hollowAlways").stream().map(p -> Lexicon.rx("\\b(?:" + p + ")")).toList();
        withoutContext = Lexicon.<String>list(section, "hollowWithoutContext").stream()
                .map(p -> Lexicon.rx("\\b(?:" + p + ")\\b")).toList();
        broadcastOnly = Lexicon.<String>list(section, "hollowInBroadcast").stream()
                .map(p -> Lexicon.rx("\\b(?:" + p + ")\\b")).toList();
        realContext = Lexicon.rx(Lexicon.string(section, "realContext"));
    }

    @Override
    public void check(Draft draft, List<Finding> out) {
        String body = draft.text();
        List<int[]> nameSpans = new ArrayList<>();
        boolean context = false;
        Matcher f = mergeField.matcher(body);
        while (f.find()) {
            String field = fieldName(f);
            if (nameFields.contains(field) || placeFields.contains(field)) {
                nameSpans.add(new int[] {f.start(), f.end()});
            } else {
                context = true;
            }
        }
        context |= realContext.find(draft);
        List<int[]> hits = new ArrayList<>();
        for (Rx p : always) {
            collect(p, draft, hits);
        }
        if (!context) {
            for (Rx p : withoutContext) {
                collect(p, draft, hits);
            }
            boolean liveReply = draft.input().channel() == Channel.CHAT_REPLY && nameSpans.isEmpty();
            for (Rx p : liveReply ? List.<Rx>of() : broadcastOnly) {
                collect(p, draft, hits);
            }
            if (!nameSpans.isEmpty()) {
                hits.add(nameSpans.get(0));
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        int lastEnd = -1;
        for (int[] h : hits) {
            if (h[0] < lastEnd) {
                continue;
            }
            lastEnd = h[1];
            boolean field = body.charAt(h[0]) == '{' || body.charAt(h[0]) == '%' || body.charAt(h[0]) == '*'
                    || body.charAt(h[0]) == '[';
            String match = body.substring(h[0], h[1]);
            String message = field
                    ? "Merge field " + match + " dresses up copy that uses nothing real about the customer."
                    : "\"" + match + "\" is stock personalisation; say something specific to this customer or leave it out.";
            out.add(draft.finding("HOLLOW_PERSONALIZATION", Severity.WARNING, message, h[0], h[1],
                    field ? "Use a field with real context (their order, store or product)" : null,
                    field ? "personalization.merge-field" : "personalization.boilerplate"));
        }
    }

    private static String fieldName(Matcher f) {
        for (int g = 1; g <= f.groupCount(); g++) {
            if (f.group(g) != null) {
                return f.group(g).toLowerCase(Locale.ROOT).replace(' ', '_');
            }
        }
        return "";
    }

    private static void collect(Rx p, Draft draft, List<int[]> hits) {
        Matcher m = p.matcher(draft);
        while (m != null && m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
    }
}
