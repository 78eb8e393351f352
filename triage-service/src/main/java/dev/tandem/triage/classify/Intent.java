package dev.tandem.triage.classify;

/** What the customer wants; the contract's fixed list. */
public enum Intent {
    ORDER_STATUS, SHIPPING, RETURNS_REFUND, BILLING, ACCOUNT_ACCESS, PRODUCT_QUESTION, PRICING, STORE_INFO,
    CANCELLATION, COMPLAINT, PRAISE, PRIVACY_REQUEST, OTHER
}
