package dev.tandem.platform.problem;

/** The request is well-formed but the current state does not allow it (a workflow rule, a freeze). */
public class ConflictException extends DomainException {

    private final String title;

    public ConflictException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
