package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.TestRedis;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyRenamesTests {

    @Test
    void movesTheKeysOfAnOlderVersionToTheirHashSlotNamesKeepingTheirExpiryAndTheyReadAsBefore() {
        String lead = "lead-" + UUID.randomUUID();
        String delivery = "delivery-" + UUID.randomUUID();
        var client = RedisClient.create(TestRedis.url());
        try (var connection = client.connect(); var redis = new Redis(TestRedis.url(), Duration.ofSeconds(2))) {
            var raw = connection.sync();
            raw.set("aiguilleur:lead:" + lead, "{\"kept\":true}");
            raw.set("aiguilleur:crm:delivered:" + delivery, "1", io.lettuce.core.SetArgs.Builder.px(600_000));
            raw.del(KeyRenames.DONE);

            int renamed = new KeyRenames(redis).run();

            assertThat(renamed).isGreaterThanOrEqualTo(2);
            assertThat(raw.exists("aiguilleur:lead:" + lead)).isZero();
            assertThat(raw.get("{aiguilleur:leads}:lead:" + lead)).isEqualTo("{\"kept\":true}");
            assertThat(raw.pttl(RedisOutbox.DELIVERED + delivery)).isPositive();
            assertThat(new KeyRenames(redis).run()).as("done once").isZero();
        } finally {
            client.shutdown();
        }
    }
}
