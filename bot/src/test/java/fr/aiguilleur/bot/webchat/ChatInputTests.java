package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.conversations.dialogue.Input;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ChatInputTests {

    @Nested
    class Accepted {

        @Test
        void readsTypedText() {
            assertThat(new ChatInput("33210", null, null, null).toInput()).isEqualTo(new Input.Text("33210"));
        }

        @Test
        void readsTappedButtonAsTheEngineMadeIt() {
            var tap = new ChatInput.Tap("role", "owner", "v1:3");

            assertThat(new ChatInput(null, tap, null, null).toInput())
                    .isEqualTo(new Input.Choice("role", "owner", "v1:3"));
        }

        @Test
        void readsMenuCommandWithItsArgument() {
            assertThat(new ChatInput(null, null, "langue", "en").toInput())
                    .isEqualTo(new Input.Command("langue", "en"));
        }

        @Test
        void acceptsTextOfExactlyTheLimit() {
            String longest = "a".repeat(ChatInput.MAX_TEXT);

            assertThat(new ChatInput(longest, null, null, null).toInput()).isEqualTo(new Input.Text(longest));
        }
    }

    @Nested
    class Refused {

        @Test
        void refusesTextLongerThanTheLimitKindly() {
            var input = new ChatInput("a".repeat(ChatInput.MAX_TEXT + 1), null, null, null);

            assertThatThrownBy(input::toInput).isInstanceOfSatisfying(Refusal.class, refusal -> {
                assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refusal.getMessage()).contains("trop long").contains("1000");
            });
        }

        @Test
        void refusesBlankText() {
            assertThatThrownBy(new ChatInput("   ", null, null, null)::toInput).isInstanceOf(Refusal.class);
        }

        @Test
        void refusesTwoThingsAtOnce() {
            var input = new ChatInput("bonjour", null, "aide", null);

            assertThatThrownBy(input::toInput).isInstanceOf(Refusal.class).hasMessageContaining("une seule chose");
        }

        @Test
        void refusesNothingAtAll() {
            assertThatThrownBy(new ChatInput(null, null, null, null)::toInput).isInstanceOf(Refusal.class);
        }

        @Test
        void refusesUnknownCommandNamingTheKnownOnes() {
            var input = new ChatInput(null, null, "shutdown", null);

            assertThatThrownBy(input::toInput).isInstanceOf(Refusal.class).hasMessageContaining("retour");
        }

        @Test
        void refusesTapWithoutOption() {
            var input = new ChatInput(null, new ChatInput.Tap("role", null, "v1:3"), null, null);

            assertThatThrownBy(input::toInput).isInstanceOf(Refusal.class);
        }

        @Test
        void refusesTapWithOversizedIds() {
            var input = new ChatInput(null, new ChatInput.Tap("role", "x".repeat(65), "v1:3"), null, null);

            assertThatThrownBy(input::toInput).isInstanceOf(Refusal.class);
        }
    }
}
