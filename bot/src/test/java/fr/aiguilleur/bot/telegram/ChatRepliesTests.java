package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.InputHint;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class ChatRepliesTests {

    static final FakeBotApi API = new FakeBotApi();
    static final TelegramHttp HTTP = new TelegramHttp(API.settings());

    final InactiveChats inactive = new InMemoryInactiveChats();
    final ChatReplies replies = FakeBotApi.replies(HTTP, inactive);

    @AfterAll
    static void stop() {
        HTTP.close();
        API.close();
    }

    private static List<String> texts(String chat) {
        return API.messagesTo(chat).stream().map(message -> (String) message.get("text")).toList();
    }

    @Nested
    class Order {

        @Test
        void sendsTheMessagesInOrder() {
            boolean sent = replies.send("101", "fr", List.of(Message.of("Un"), Message.of("Deux"), Message.of("Trois")));

            assertThat(sent).isTrue();
            assertThat(texts("101")).containsExactly("Un", "Deux", "Trois");
        }

        @Test
        void waitsAndRetriesWhenTelegramSaysTooManyRequests() {
            API.tooManyRequestsOnce("102", 1);

            boolean sent = replies.send("102", "fr", List.of(Message.of("Bonjour")));

            assertThat(sent).isTrue();
            assertThat(texts("102")).containsExactly("Bonjour", "Bonjour");
        }

        @Test
        void stopsWhenThePersonBlockedTheBot() {
            API.blockedBy("103");

            boolean sent = replies.send("103", "fr", List.of(Message.of("Un"), Message.of("Deux")));

            assertThat(sent).isFalse();
            assertThat(texts("103")).containsExactly("Un");
        }
    }

    @Nested
    class BlockedPeople {

        @Test
        void marksAPersonWhoBlockedTheBotInactive() {
            API.blockedBy("111");

            replies.send("111", "fr", List.of(Message.of("Bonjour")));

            assertThat(inactive.isInactive("111")).isTrue();
        }

        @Test
        void readsTelegramSayingTheUserIsBlockedAsBlocked() {
            API.badRequestFor("112", "Bad Request: USER_IS_BLOCKED");

            replies.send("112", "fr", List.of(Message.of("Bonjour")));

            assertThat(inactive.isInactive("112")).isTrue();
        }

        @Test
        void sendsNoNotificationToAChatThatBlockedTheBot() {
            API.blockedBy("113");
            replies.send("113", "fr", List.of(Message.of("Bonjour")));

            boolean sent = replies.sendUnprompted("113", List.of(new SendMessage("113", "Rappel")));

            assertThat(sent).isFalse();
            assertThat(texts("113")).containsExactly("Bonjour");
        }

        @Test
        void remindsAPersonOnTelegramUnlessTheyBlockedTheBot() {
            var notifier = new TelegramPersonNotifier(replies);
            API.blockedBy("115");
            replies.send("115", "fr", List.of(Message.of("Bonjour")));

            boolean blockedReached = notifier.send(new ConversationId("telegram:115"), "fr", List.of(Message.of("Rappel")));
            boolean otherReached = notifier.send(new ConversationId("telegram:116"), "fr", List.of(Message.of("Rappel")));

            assertThat(blockedReached).isFalse();
            assertThat(texts("115")).containsExactly("Bonjour");
            assertThat(otherReached).isTrue();
            assertThat(texts("116")).containsExactly("Rappel");
        }

        @Test
        void sendsNotificationsToOtherChats() {
            boolean sent = replies.sendUnprompted("114", List.of(new SendMessage("114", "Rappel")));

            assertThat(sent).isTrue();
            assertThat(texts("114")).containsExactly("Rappel");
        }
    }

    @Nested
    class Length {

        @Test
        void sendsATenThousandCharacterMessageInPiecesTelegramAccepts() {
            String text = ("Une phrase de résultat assez longue pour remplir le message, encore et encore. ").repeat(130)
                    .substring(0, 10_000);

            replies.send("121", "fr", List.of(Message.of(text)));

            List<String> sent = texts("121");
            assertThat(sent).hasSize(3).allSatisfy(piece -> assertThat(piece).hasSizeLessThanOrEqualTo(4096));
            assertThat(String.join(" ", sent)).isEqualTo(text.strip());
        }
    }

    @Nested
    class ShareNumberKeyboard {

        @Test
        void takesItAwayWithTheNextPlainMessageOnly() {
            replies.send("104", "fr", List.of(new Message("Votre numéro ?", List.of(), InputHint.PHONE)));
            replies.send("104", "fr", List.of(new Message("C'est bon ?", List.of(new Button("Oui", "confirm", "yes",
                    "v1.30")), InputHint.CHOICE), Message.of("Merci !"), Message.of("À bientôt.")));

            List<Map<String, Object>> sent = API.messagesTo("104");

            assertThat(sent).extracting(ChatRepliesTests::keyboardKind)
                    .containsExactly("keyboard", "inline_keyboard", "remove_keyboard", "none");
        }
    }

    @Test
    void answersATap() {
        replies.answerTap("tap-77");

        assertThat(API.answeredTaps()).contains("tap-77");
    }

    @SuppressWarnings("unchecked")
    private static String keyboardKind(Map<String, Object> message) {
        var markup = (Map<String, Object>) message.get("reply_markup");
        if (markup == null) {
            return "none";
        }
        return markup.keySet().stream().filter(key -> List.of("keyboard", "inline_keyboard", "remove_keyboard")
                .contains(key)).findFirst().orElse("other");
    }
}
