package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Input;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateReaderTests {

    private static final long CHAT = 123456;

    private final UpdateReader reader = new UpdateReader();

    private Optional<Incoming> read(Map<String, Object> update) {
        return reader.read(Updates.parse(update));
    }

    private Input inputOf(Map<String, Object> update) {
        return read(update).orElseThrow().input();
    }

    @Nested
    class Texts {

        @Test
        void readsTypedTextOfAPrivateChat() {
            Incoming incoming = read(Updates.text(1, CHAT, "33210")).orElseThrow();

            assertThat(incoming.input()).isEqualTo(new Input.Text("33210"));
            assertThat(incoming.conversationId()).isEqualTo(new ConversationId("telegram:123456"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', nullValues = "null", value = {
            "/start;start;null",
            "/start salon-2026_B;start;salon-2026_B",
            "/start@AiguilleurBot salon;start;salon",
            "/retour;retour;null",
            "/aide;aide;null",
            "/oubli;oubli;null",
            "/langue en;langue;en",
            "/langue FR;langue;fr",
            "/RETOUR;retour;null",
        })
        void readsTheCommandsWithoutRelyingOnEntities(String text, String name, String argument) {
            assertThat(inputOf(Updates.text(1, CHAT, text))).isEqualTo(new Input.Command(name, argument));
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            "/start bad payload with spaces",
            "/start é-accent",
            "/start 12345678901234567890123456789012345678901234567890123456789012345",
            "/start <script>",
        })
        void dropsADeepLinkPayloadThatIsNotValid(String text) {
            assertThat(inputOf(Updates.text(1, CHAT, text))).isEqualTo(new Input.Command("start", null));
        }

        @Test
        void keepsAPayloadOfSixtyFourCharacters() {
            String payload = "a".repeat(64);

            assertThat(read(Updates.text(1, CHAT, "/start " + payload)).orElseThrow().startPayload()).isEqualTo(payload);
        }

        @Test
        void passesAnUnknownCommandAsText() {
            assertThat(inputOf(Updates.text(1, CHAT, "/bonjour"))).isEqualTo(new Input.Text("/bonjour"));
        }
    }

    @Nested
    class Taps {

        @Test
        void readsATapAsTheChoiceOfTheButton() {
            assertThat(inputOf(Updates.tap(1, CHAT, "c|v1.4|role|owner")))
                    .isEqualTo(new Input.Choice("role", "owner", "v1.4"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            "x|v1.4|role|owner",
            "c|v1.4|role",
            "c|v1.4|role|owner|extra",
            "c||role|owner",
            "c|v1.4|rôle|owner",
            "c|v1 4|role|owner",
            "anything",
        })
        void readsDataNotMadeByUsAsAStaleTap(String data) {
            assertThat(inputOf(Updates.tap(1, CHAT, data))).isEqualTo(CallbackData.FORGED);
        }
    }

    @Nested
    class OtherMessages {

        @Test
        void readsTheSendersOwnContactAsASharedNumber() {
            assertThat(inputOf(Updates.contact(1, CHAT, CHAT, "+33612345678")))
                    .isEqualTo(new Input.SharedContact("+33612345678"));
        }

        @Test
        void refusesSomebodyElsesContact() {
            assertThat(inputOf(Updates.contact(1, CHAT, 999, "+33698765432"))).isEqualTo(new Input.Unsupported("contact"));
        }

        @Test
        void namesWhatItCannotRead() {
            assertThat(inputOf(Updates.photo(1, CHAT))).isEqualTo(new Input.Unsupported("photo"));
            assertThat(inputOf(Updates.sticker(2, CHAT))).isEqualTo(new Input.Unsupported("sticker"));
            assertThat(inputOf(Updates.voice(3, CHAT))).isEqualTo(new Input.Unsupported("voice"));
            assertThat(inputOf(Updates.location(4, CHAT))).isEqualTo(new Input.Unsupported("location"));
        }
    }

    @Nested
    class Ignored {

        @ParameterizedTest
        @CsvSource({"group", "supergroup", "channel"})
        void ignoresMessagesOutsideAPrivateChat(String type) {
            assertThat(read(Updates.groupText(1, -100200300, type, "/start"))).isEmpty();
        }

        @Test
        void ignoresChannelPosts() {
            var message = Updates.groupText(1, -100200300, "channel", "hello").get("message");

            assertThat(read(Map.of("update_id", 1, "channel_post", message))).isEmpty();
        }

        @Test
        void ignoresEditedMessages() {
            assertThat(read(Updates.edited(1, CHAT, "33000"))).isEmpty();
        }

        @Test
        void ignoresOtherBots() {
            assertThat(read(Updates.fromBot(Updates.text(1, CHAT, "hello")))).isEmpty();
        }
    }

    @Nested
    class Language {

        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {"en,en", "en-GB,en", "EN-us,en", "fr,fr", "de,fr", "null,fr"})
        void speaksEnglishOnlyToPeopleWhoseTelegramIsInEnglish(String code, String language) {
            assertThat(read(Updates.withLanguage(Updates.text(1, CHAT, "hi"), code)).orElseThrow().language())
                    .isEqualTo(language);
        }
    }
}
