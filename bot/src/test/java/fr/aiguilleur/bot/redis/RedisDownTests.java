package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service when Redis cannot be reached: it starts, and asks people to retry instead of failing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aiguilleur.telegram.token=",
        "aiguilleur.redis.command-timeout=500ms",
        "aiguilleur.config-dir=target/no-operator-config"})
@DirtiesContext
class RedisDownTests {

    static final String CLOSED = RedisExtension.closedPortUrl();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("aiguilleur.redis.url", () -> CLOSED);
    }

    @Autowired
    Switchboard switchboard;

    @Test
    void asksThePersonToRetryWithinSeconds() {
        List<Message> answer = switchboard.receive(Samples.newConversationId(), Channel.TELEGRAM,
                new Input.Text("33210")).block(Duration.ofSeconds(5));

        assertThat(answer).extracting(Message::text).containsExactly("Un instant, s'il vous plaît : réessayez dans une minute.");
    }
}
