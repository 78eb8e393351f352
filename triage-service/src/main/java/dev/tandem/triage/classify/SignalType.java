package dev.tandem.triage.classify;

/**
 * Risk and routing signals the classifier can detect in the text itself. Customer facts (tier, tenure,
 * deal stage, opt-out) are not signals: the routing policy reads them directly.
 */
public enum SignalType {
    /** Physical danger: fire, burns, injury, shattering, gas, electric shock, choking, allergy reaction. */
    SAFETY,
    /** Self-harm or suicide hints. */
    SELF_HARM,
    /** Account takeover, fraud, unknown charges, data breach. */
    SECURITY_BREACH,
    /** Lawyers, court, letter before action, regulators (Trading Standards, ombudsman, BBB), legal threats. */
    LEGAL,
    /** Going public: press, TV, social media campaign, reviews everywhere. */
    MEDIA,
    /** An explicit request for a person (not negated: "no need for a manager" is not one). */
    HUMAN_REQUESTED,
    /** Bereavement, serious illness, financial hardship, disability, other vulnerability. */
    SENSITIVE_CIRCUMSTANCE,
    /** Data-protection requests: access, deletion, portability, GDPR/CCPA. */
    PRIVACY_REQUEST,
    /** Strong negative emotion: anger, fury, shouting, "fed up", "NOTHING". */
    ANGER,
    /** The problem happened before or keeps happening: "again", "third time", "still". */
    REPEATED_FAILURE,
    /** The customer intends to leave: cancel the account/subscription, switch to a competitor, close. */
    CHURN,
    /** Asking to change commercial terms: discounts, waivers, contract conditions, sign-off. */
    TERMS_QUESTION,
    /** Several separate asks in one message. */
    MULTIPLE_ASKS,
    /** Something went wrong for the customer: damaged, wrong, missing, late or faulty item, refund not received. */
    BAD_EXPERIENCE,
    /** Sarcastic praise about a problem ("great, another delayed parcel"). */
    SARCASM
}
