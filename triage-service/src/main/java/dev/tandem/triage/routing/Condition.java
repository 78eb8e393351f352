package dev.tandem.triage.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A rule's {@code when}: every clause must hold (an empty condition always holds). */
final class Condition {

    /** One compiled clause, e.g. "signal is one of SAFETY, SELF_HARM". */
    interface Clause extends Function<Facts, Check> {
    }

    /** The outcome: matched or not, the checks that held and those that did not. */
    record Result(boolean matched, List<Check> passed, List<Check> failed) {

        String reason() {
            List<Check> shown = matched ? passed : failed;
            if (shown.isEmpty()) {
                return matched ? "always applies" : "no match";
            }
            StringBuilder sb = new StringBuilder();
            for (Check c : shown) {
                sb.append(sb.isEmpty() ? "" : "; ").append(c.why());
            }
            return sb.toString();
        }
    }

    private final List<Clause> clauses;

    Condition(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    Result evaluate(Facts facts) {
        List<Check> passed = new ArrayList<>(clauses.size());
        List<Check> failed = new ArrayList<>(2);
        for (Clause clause : clauses) {
            Check c = clause.apply(facts);
            (c.ok() ? passed : failed).add(c);
        }
        return new Result(failed.isEmpty(), passed, failed);
    }

    /** Holds when at least one of the alternatives matches. */
    static Clause anyOf(List<Condition> alternatives) {
        return facts -> {
            String firstGap = null;
            String firstCode = null;
            for (Condition alt : alternatives) {
                Result r = alt.evaluate(facts);
                if (r.matched()) {
                    return Check.pass(r.reason());
                }
                if (firstGap == null) {
                    firstGap = r.reason();
                    firstCode = r.failed().isEmpty() ? null : r.failed().get(0).failCode();
                }
            }
            return Check.fail("none of " + alternatives.size() + " alternatives (" + firstGap + ")", firstCode);
        };
    }

    /** Holds when the inner condition does not match. */
    static Clause not(Condition inner) {
        return facts -> {
            Result r = inner.evaluate(facts);
            return r.matched() ? Check.fail("excluded: " + r.reason(), null) : Check.pass("not (" + r.reason() + ")");
        };
    }
}
