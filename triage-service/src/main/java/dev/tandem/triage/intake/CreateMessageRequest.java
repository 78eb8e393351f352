package dev.tandem.triage.intake;

import dev.tandem.triage.routing.DealStage;
import dev.tandem.triage.routing.Tier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/messages}. {@code externalId} is the caller's idempotency key per channel. Customer
 * facts that are left out take neutral defaults (STANDARD, 0 months, 0 value, NONE, not opted out).
 */
record CreateMessageRequest(
        @NotBlank @Size(max = 200) String externalId,
        @Size(max = 36) String conversationId,
        @NotNull Channel channel,
        @NotNull @Valid Customer customer,
        @Size(max = 1000) String subject,
        @NotBlank @Size(max = 50_000) String body) {

    record Customer(
            @NotBlank @Size(max = 200) String id,
            Tier tier,
            @Min(0) @Max(1200) Integer tenureMonths,
            @DecimalMin("0") Double lifetimeValue,
            DealStage dealStage,
            Boolean aiOptOut,
            @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en") String language,
            @Size(max = 20) String region) {

        Tier tierOrDefault() {
            return tier == null ? Tier.STANDARD : tier;
        }

        int tenureOrDefault() {
            return tenureMonths == null ? 0 : tenureMonths;
        }

        double lifetimeValueOrDefault() {
            return lifetimeValue == null ? 0 : lifetimeValue;
        }

        DealStage dealStageOrDefault() {
            return dealStage == null ? DealStage.NONE : dealStage;
        }

        boolean aiOptOutOrDefault() {
            return aiOptOut != null && aiOptOut;
        }
    }
}
