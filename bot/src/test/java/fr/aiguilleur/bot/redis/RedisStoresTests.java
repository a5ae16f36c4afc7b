package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service with {@code aiguilleur.redis.url} set: the Redis stores replace the in-memory ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "aiguilleur.telegram.token=",
        "aiguilleur.config-dir=target/no-operator-config"})
@DirtiesContext
class RedisStoresTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("aiguilleur.redis.url", REDIS::url);
    }

    @Autowired
    Conversations conversations;

    @Autowired
    Leads leads;

    @Autowired
    Diagnoses diagnoses;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Switchboard switchboard;

    @Test
    void replacesTheInMemoryStores() {
        assertThat(conversations).isInstanceOf(RedisConversationIndex.class);
        assertThat(leads).isInstanceOf(RedisLeads.class);
        assertThat(diagnoses).isInstanceOf(RedisDiagnoses.class);
        assertThat(checkIns).isInstanceOf(RedisCheckIns.class);
    }

    @Test
    void keepsTheConversationsOfTheSwitchboardInRedis() {
        ConversationId id = Samples.newConversationId();
        switchboard.open(id, Channel.TELEGRAM, "salon-2026", "fr").block(Duration.ofSeconds(10));
        switchboard.receive(id, Channel.TELEGRAM, new Input.Text("bonjour")).block(Duration.ofSeconds(10));

        Redis elsewhere = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
        var stored = new RedisConversations(elsewhere, Duration.ofDays(30)).find(id).orElseThrow();
        assertThat(stored.source()).isEqualTo("salon-2026");
        assertThat(stored.version()).isEqualTo(1);
    }
}
