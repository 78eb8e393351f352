package dev.tandem.platform.problem;

/**
 * Base of the exceptions that services throw for a rule the caller broke. They say what went wrong in
 * domain terms; {@link ProblemMapper} alone decides the HTTP status.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** A short, stable, human-readable summary of the kind of problem, for the problem's title. */
    public abstract String title();
}
