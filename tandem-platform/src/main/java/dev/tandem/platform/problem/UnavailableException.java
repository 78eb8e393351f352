package dev.tandem.platform.problem;

/** The service cannot take the request right now (it is shutting down, say); the same request may be retried. */
public class UnavailableException extends DomainException {

    public UnavailableException(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
