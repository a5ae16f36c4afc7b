package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebhookSecretTests {

    @Nested
    class Generated {

        @Test
        void drawsALongSecretOfTheCharactersTelegramAllows() {
            WebhookSecret secret = WebhookSecret.of("");

            assertThat(secret.generated()).isTrue();
            assertThat(secret.value()).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        }

        @Test
        void drawsADifferentSecretEachTime() {
            assertThat(WebhookSecret.of(null).value()).isNotEqualTo(WebhookSecret.of(null).value());
        }

        @Test
        void neverShowsItself() {
            WebhookSecret secret = WebhookSecret.of(null);

            assertThat(secret.toString()).doesNotContain(secret.value());
        }
    }

    @Nested
    class Configured {

        @Test
        void keepsTheConfiguredSecret() {
            assertThat(WebhookSecret.of("s3cret_-X").value()).isEqualTo("s3cret_-X");
        }

        @Test
        void refusesCharactersTelegramWouldRefuse() {
            assertThatThrownBy(() -> WebhookSecret.of("pas de secret!")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET").hasMessageNotContaining("pas de secret");
        }

        @Test
        void refusesASecretLongerThan256Characters() {
            assertThatThrownBy(() -> WebhookSecret.of("a".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Matching {

        final WebhookSecret secret = WebhookSecret.of("s3cret");

        @Test
        void acceptsTheSecret() {
            assertThat(secret.matches("s3cret")).isTrue();
        }

        @Test
        void refusesAnotherSecretOrNone() {
            assertThat(secret.matches("s3creT")).isFalse();
            assertThat(secret.matches("s3cret ")).isFalse();
            assertThat(secret.matches("")).isFalse();
            assertThat(secret.matches(null)).isFalse();
        }
    }
}
