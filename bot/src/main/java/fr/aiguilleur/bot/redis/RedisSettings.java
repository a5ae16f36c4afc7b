package fr.aiguilleur.bot.redis;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Redis and how long it keeps what.
 *
 * @param url             a Redis URI ({@code redis://host:6379/0}, or {@code redis-sentinel://host:26379/0#master}
 *                        for the master named by Sentinel); empty means in-memory stores
 * @param clusterNodes    comma-separated {@code host:port} of Redis Cluster nodes; when set, the cluster is used
 * @param commandTimeout  how long a command may take before the store gives up
 * @param conversationTtl how long a conversation is kept after its last change
 * @param diagnosisTtl    how long an anonymised diagnosis is kept
 */
@ConfigurationProperties("aiguilleur.redis")
@Validated
public record RedisSettings(
        String url,
        String clusterNodes,
        @DefaultValue("2s") @DurationMin(millis = 1, message = "must be a positive duration") Duration commandTimeout,
        @DefaultValue("30d") @DurationMin(millis = 1, message = "must be a positive duration") Duration conversationTtl,
        @DefaultValue("400d") @DurationMin(millis = 1, message = "must be a positive duration") Duration diagnosisTtl) {

    /** Whether the stores are a Redis Cluster's. */
    public boolean isCluster() {
        return clusterNodes != null && !clusterNodes.isBlank();
    }

    /** Without the URL, which may hold a password. */
    @Override
    public String toString() {
        return "RedisSettings[url set=" + (url != null && !url.isBlank()) + ", cluster=" + isCluster()
                + ", commandTimeout=" + commandTimeout
                + ", conversationTtl=" + conversationTtl + ", diagnosisTtl=" + diagnosisTtl + "]";
    }
}
