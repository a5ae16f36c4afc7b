package fr.aiguilleur.bot.redis;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Redis and how long it keeps what.
 *
 * @param url             a Redis URI ({@code redis://host:6379/0}); empty means in-memory stores
 * @param commandTimeout  how long a command may take before the store gives up
 * @param conversationTtl how long a conversation is kept after its last change
 * @param diagnosisTtl    how long an anonymised diagnosis is kept
 */
@ConfigurationProperties("aiguilleur.redis")
@Validated
public record RedisSettings(
        String url,
        @DefaultValue("2s") @DurationMin(millis = 1, message = "must be a positive duration") Duration commandTimeout,
        @DefaultValue("30d") @DurationMin(millis = 1, message = "must be a positive duration") Duration conversationTtl,
        @DefaultValue("400d") @DurationMin(millis = 1, message = "must be a positive duration") Duration diagnosisTtl) {

    /** Without the URL, which may hold a password. */
    @Override
    public String toString() {
        return "RedisSettings[url set=" + (url != null && !url.isBlank()) + ", commandTimeout=" + commandTimeout
                + ", conversationTtl=" + conversationTtl + ", diagnosisTtl=" + diagnosisTtl + "]";
    }
}
