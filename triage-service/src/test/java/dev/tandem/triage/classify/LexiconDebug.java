package dev.tandem.triage.classify;

/** Prints which lexicon rules hit a text: {@code LexiconDebug <lang> <text>}. A tool for editing the data files. */
public final class LexiconDebug {

    private LexiconDebug() {
    }

    public static void main(String[] args) {
        RulesClassifier classifier = RulesClassifier.fromClasspath();
        MessageText m = new MessageText(null, args[1], args[0]);
        System.out.println(classifier.classify(m));
        classifier.hits(m).forEach((k, v) -> System.out.println("  " + k + " <- \"" + v + "\""));
    }
}
