package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class WebConversationsTests {

    @Test
    void prefixesServerMadeIdsWithTheChannel() {
        String key = UUID.randomUUID().toString();

        assertThat(WebConversations.parse(key).value()).isEqualTo("web:" + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "telegram:123", "../etc/passwd",
            "8F3C2A10-1B2C-4D5E-8F90-A1B2C3D4E5F6", "8f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6-extra"})
    void treatsAnythingElseAsAnUnknownConversation(String key) {
        assertThatThrownBy(() -> WebConversations.parse(key)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
