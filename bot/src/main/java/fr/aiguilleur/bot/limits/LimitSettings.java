package fr.aiguilleur.bot.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The abuse limits (see docs/operations.md, "Limits", for how the defaults were sized).
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the service:
 *                       only a request from one of them has its client taken from {@code X-Forwarded-For}
 */
@ConfigurationProperties("aiguilleur.limits")
public record LimitSettings(
        @DefaultValue List<String> trustedProxies,
        @DefaultValue({"120", "10m"}) Rate conversationsPerAddress,
        @DefaultValue({"600", "10m"}) Rate conversationsOverall,
        @DefaultValue({"60", "1m"}) Rate messagesPerConversation,
        @DefaultValue({"60", "1m"}) Rate diagnosticsPerAddress,
        @DefaultValue({"5", "15m"}) Rate loginFailuresPerAccount,
        @DefaultValue({"20", "15m"}) Rate loginFailuresPerAddress) {

    Rate rate(Limit limit) {
        return switch (limit) {
            case CONVERSATIONS_PER_ADDRESS -> conversationsPerAddress;
            case CONVERSATIONS_OVERALL -> conversationsOverall;
            case MESSAGES_PER_CONVERSATION -> messagesPerConversation;
            case DIAGNOSTICS_PER_ADDRESS -> diagnosticsPerAddress;
            case LOGIN_FAILURES_PER_ACCOUNT -> loginFailuresPerAccount;
            case LOGIN_FAILURES_PER_ADDRESS -> loginFailuresPerAddress;
        };
    }

    /** The longest window: how long an unused bucket is worth keeping in memory. */
    Duration longest() {
        Duration longest = Duration.ofMinutes(1);
        for (Limit limit : Limit.values()) {
            Duration per = rate(limit).per();
            longest = per.compareTo(longest) > 0 ? per : longest;
        }
        return longest;
    }
}
