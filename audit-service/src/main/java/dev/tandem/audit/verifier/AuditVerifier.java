package dev.tandem.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Offline verifier for audit exports. Exit 0 = valid, 1 = invalid (one-line reason), 2 = usage or unreadable input.
 * <pre>
 * java -cp audit-service.jar dev.tandem.audit.verifier.AuditVerifier \
 *     --export entries.jsonl [--checkpoint checkpoint.txt] --key '&lt;name&gt;+&lt;hash&gt;+&lt;key&gt;'
 * </pre>
 */
public final class AuditVerifier {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: AuditVerifier --export <entries.jsonl> "
            + "[--checkpoint <signed-checkpoint.txt>] (--key <verifier key> | --key-file <file>)";

    private AuditVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = parse(args);
        if (options == null || !options.containsKey("--export")
                || options.containsKey("--key") == options.containsKey("--key-file")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String key;
        String checkpoint = null;
        try {
            key = options.containsKey("--key") ? options.get("--key")
                    : Files.readString(Path.of(options.get("--key-file")), StandardCharsets.UTF_8).trim();
            if (options.containsKey("--checkpoint")) {
                checkpoint = Files.readString(Path.of(options.get("--checkpoint")), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
            return USAGE;
        }
        ExportVerifier verifier;
        try {
            verifier = new ExportVerifier(key);
        } catch (IllegalArgumentException e) {
            err.println("bad verifier key: " + e.getMessage());
            return USAGE;
        }
        VerificationResult result;
        try (BufferedReader export = Files.newBufferedReader(Path.of(options.get("--export")),
                StandardCharsets.UTF_8)) {
            result = verifier.verify(export, checkpoint);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("cannot read export: " + e.getMessage());
            return USAGE;
        }
        out.println(describe(result));
        return result.valid() ? VALID : INVALID;
    }

    private static String describe(VerificationResult r) {
        if (!r.valid()) {
            return "INVALID: " + r.reason();
        }
        return "VALID: " + r.entries() + " entries; checkpoint " + r.checkpoint().origin() + " size "
                + r.checkpoint().treeSize() + " root " + HexFormat.of().formatHex(r.checkpoint().rootHash())
                + (r.checkpoint().time() == null ? "" : " time " + r.checkpoint().time())
                + (r.reason() == null ? "" : "; " + r.reason());
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            boolean known = name.equals("--export") || name.equals("--checkpoint") || name.equals("--key")
                    || name.equals("--key-file");
            if (!known || i + 1 >= args.length || options.put(name, args[i + 1]) != null) {
                return null;
            }
        }
        return options;
    }
}
