package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestRedis;
import fr.aiguilleur.conversations.dialogue.Conversation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedisOutageTests {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void failsQuicklyWhenNothingListens() {
        try (Redis redis = new Redis(TestRedis.closedPortUrl(), TIMEOUT)) {
            var conversations = new RedisConversations(redis, Duration.ofDays(30));
            assertThatThrownBy(() -> conversations.find(Samples.newConversationId()))
                    .isInstanceOf(StoreUnavailable.class)
                    .hasMessageContaining("find a conversation");
            Instant start = Instant.now();

            assertThatThrownBy(() -> conversations.find(Samples.newConversationId()))
                    .isInstanceOf(StoreUnavailable.class);
            assertThat(Duration.between(start, Instant.now())).as("a second try, the client being warm")
                    .isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void failsQuicklyWhenTheServerStopsThenWorksAgainWhenItIsBack() throws Exception {
        var server = TestRedis.Server.start();
        try (Redis redis = new Redis(server.url(), TIMEOUT)) {
            var conversations = new RedisConversations(redis, Duration.ofDays(30));
            Conversation conversation = Samples.conversation(Samples.newConversationId());
            conversations.save(conversation);

            server.stop();
            Instant start = Instant.now();

            assertThatThrownBy(() -> new RedisLeads(redis).save(Samples.lead(conversation.id(), Samples.NOW)))
                    .isInstanceOf(StoreUnavailable.class);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));

            server.process().start();
            await().atMost(Duration.ofSeconds(30)).ignoreException(StoreUnavailable.class)
                    .until(() -> conversations.find(conversation.id()).isEmpty());
        } finally {
            server.stop();
        }
    }
}
