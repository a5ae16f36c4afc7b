package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.dialogue.Conversation;
import io.lettuce.core.RedisCommandTimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis gone: every call fails at once with {@link StoreUnavailable} instead of waiting for Redis to
 * come back. The timeouts below only keep a hanging call from blocking the build; what is checked is
 * why each call failed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisOutageTests {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @RegisterExtension
    final RedisExtension own = RedisExtension.ownServer();

    @Test
    void failsQuicklyWhenNothingListens() {
        try (Redis redis = new Redis(RedisExtension.closedPortUrl(), TIMEOUT)) {
            var conversations = new RedisConversations(redis, Duration.ofDays(30));
            assertThatThrownBy(() -> conversations.find(Samples.newConversationId()))
                    .isInstanceOf(StoreUnavailable.class)
                    .hasMessageContaining("find a conversation");

            assertThatThrownBy(() -> conversations.find(Samples.newConversationId()))
                    .as("a second try, the client being warm: refused again, not waiting for Redis")
                    .isInstanceOf(StoreUnavailable.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void failsQuicklyWhenTheServerStopsThenWorksAgainWhenItIsBack() {
        Redis redis = own.open(url -> new Redis(url, TIMEOUT));
        var conversations = new RedisConversations(redis, Duration.ofDays(30));
        Conversation conversation = Samples.conversation(Samples.newConversationId());
        conversations.save(conversation);

        own.stopServer();

        assertThatThrownBy(() -> new RedisLeads(redis).save(Samples.lead(conversation.id(), Samples.NOW)))
                .isInstanceOf(StoreUnavailable.class)
                .cause().satisfiesAnyOf(
                        cause -> assertThat(cause).as("rejected while disconnected")
                                .hasMessageContaining("not connected"),
                        cause -> assertThat(cause).as("sent as the connection dropped, given up after the command timeout")
                                .isInstanceOf(RedisCommandTimeoutException.class)
                                .hasMessageContaining(TIMEOUT.toMillis() + " millisecond"));

        own.startServer();
        await().atMost(Duration.ofSeconds(30)).ignoreException(StoreUnavailable.class)
                .until(() -> conversations.find(conversation.id()).isEmpty());
    }
}
