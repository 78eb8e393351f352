package dev.tandem.platform.problem;

/** One invalid field of a request: {@code field} is a JSON path such as {@code customer.tier}. */
public record Violation(String field, String message) {
}
