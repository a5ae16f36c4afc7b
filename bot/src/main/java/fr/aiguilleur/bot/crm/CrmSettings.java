package fr.aiguilleur.bot.crm;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where lead changes are posted for a CRM, and how.
 *
 * @param webhookUrl    the CRM's endpoint; empty means no CRM (nothing is queued nor sent)
 * @param webhookSecret the key of the HMAC-SHA256 signature of each body
 * @param sendEvery     how often the outbox is looked at
 * @param timeout       how long connecting, then waiting for the answer, may take
 * @param firstRetry    the wait after a first failure; it doubles at each failure
 * @param longestRetry  the longest wait between two attempts
 */
@ConfigurationProperties("aiguilleur.crm")
@Validated
public record CrmSettings(
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("30s") @DurationMin(millis = 1, message = "must be a positive duration") Duration sendEvery,
        @DefaultValue("10s") @DurationMin(millis = 1, message = "must be a positive duration") Duration timeout,
        @DefaultValue("30s") @DurationMin(millis = 1, message = "must be a positive duration") Duration firstRetry,
        @DefaultValue("1h") @DurationMin(millis = 1, message = "must be a positive duration") Duration longestRetry) {

    public boolean configured() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    /** Without the secret. */
    @Override
    public String toString() {
        return "CrmSettings[webhookUrl set=" + configured() + ", secret set="
                + (webhookSecret != null && !webhookSecret.isBlank()) + ", sendEvery=" + sendEvery + ", timeout="
                + timeout + ", firstRetry=" + firstRetry + ", longestRetry=" + longestRetry + "]";
    }
}
