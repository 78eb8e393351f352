package dev.tandem.platform.problem;

import java.util.List;

/** Input that passed bean validation but breaks a domain rule; lists the offending fields. */
public class InvalidInputException extends DomainException {

    private final List<Violation> violations;

    public InvalidInputException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
