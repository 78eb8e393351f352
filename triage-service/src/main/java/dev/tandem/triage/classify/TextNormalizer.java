package dev.tandem.triage.classify;

/**
 * Lower-cases and folds accents and typographic quotes one character for one character, so an offset in
 * the normalized text is the same offset in the customer's original text (evidence is cut from the original).
 */
final class TextNormalizer {

    private static final String FROM = "àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿšžłœæ’‘´`“”«»–—";
    private static final String TO = "aaaaaaacccеeeeeeiiiiinnoooooooouuuuuyyszloa'''\"\"\"\"\"--";

    private TextNormalizer() {
    }

    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            int k = FROM.indexOf(c);
            out[i] = k >= 0 ? TO.charAt(k) : c;
        }
        return new String(out);
    }
}
