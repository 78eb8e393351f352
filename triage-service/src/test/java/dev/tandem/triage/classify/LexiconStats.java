package dev.tandem.triage.classify;

/** Prints how many lexicon patterns have a start filter (a tool for keeping the classifier fast). */
public final class LexiconStats {

    private LexiconStats() {
    }

    public static void main(String[] args) {
        Lexicon lexicon = new LexiconLoader(LexiconStats.class.getClassLoader(), "classify").load();
        lexicon.languages().forEach((code, rules) -> {
            int total = 0;
            int unfiltered = 0;
            for (var group : java.util.List.of(rules.masks(), rules.signals(), rules.intents(), rules.sentiment(), rules.urgency(), rules.multiAsk())) {
                for (LexRule r : group) {
                    for (LexRule.Alternative a : r.alternatives()) {
                        total++;
                        if (a.pairBits() == null) {
                            unfiltered++;
                            if (args.length > 0) {
                                System.out.println("  " + r.id() + ": " + a.pattern().pattern());
                            }
                        }
                    }
                }
            }
            System.out.println(code + ": " + total + " patterns, " + unfiltered + " without a start filter");
        });
    }
}
