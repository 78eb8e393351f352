package dev.tandem.platform.problem;

/** The thing asked for does not exist (or the caller may not know it does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
