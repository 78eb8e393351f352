package dev.tandem.platform.security;

/** The contract's roles, as they appear in a token's {@code groups} claim. */
public final class Roles {
    public static final String INTAKE = "intake";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUTHOR = "author";
    public static final String REVIEWER = "reviewer";
    public static final String BRAND_ADMIN = "brand-admin";
    public static final String AUDITOR = "auditor";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
