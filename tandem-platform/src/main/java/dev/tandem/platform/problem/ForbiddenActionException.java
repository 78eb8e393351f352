package dev.tandem.platform.problem;

/** The caller has the role but a rule forbids this particular action (e.g. approving one's own draft). */
public class ForbiddenActionException extends DomainException {

    private final String title;

    public ForbiddenActionException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
