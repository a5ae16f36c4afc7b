package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.InputHint;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class MessageRenderingTests {

    private final MessageRendering rendering = new MessageRendering();

    private static Button button(String label, String option) {
        return new Button(label, "q", option, "v1.3");
    }

    @Nested
    class Buttons {

        @Test
        void putsShortLabelsTwoPerRow() {
            var message = new Message("Ces pages sont-elles à jour ?", List.of(button("Oui", "yes"),
                    button("Pas vraiment", "no"), button("Je ne sais pas", "unknown")), InputHint.CHOICE);

            var rows = inline(rendering.render("42", message, "fr", false).get(0)).getKeyboard();

            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).extracting(InlineKeyboardButton::getText).containsExactly("Oui", "Pas vraiment");
            assertThat(rows.get(1)).extracting(InlineKeyboardButton::getCallbackData).containsExactly("c|v1.3|q|unknown");
        }

        @Test
        void putsLongLabelsOnePerRow() {
            var message = new Message("Vous êtes…", List.of(button("Chef d'entreprise ou à mon compte", "owner"),
                    button("Je crée mon entreprise", "creator"), button("Oui", "yes")), InputHint.CHOICE);

            var rows = inline(rendering.render("42", message, "fr", false).get(0)).getKeyboard();

            assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(1));
        }

        @Test
        void sendsPlainTextWithoutParseMode() {
            var sent = rendering.render("42", Message.of("<b>Élodie & co</b>"), "fr", false).get(0);

            assertThat(sent.getText()).isEqualTo("<b>Élodie & co</b>");
            assertThat(sent.getParseMode()).isNull();
        }
    }

    @Nested
    class ShareNumber {

        @Test
        void offersToShareTheNumberOnce() {
            var message = new Message("Votre numéro ?", List.of(), InputHint.PHONE);

            var keyboard = (ReplyKeyboardMarkup) rendering.render("42", message, "fr", false).get(0).getReplyMarkup();

            assertThat(keyboard.getOneTimeKeyboard()).isTrue();
            var button = keyboard.getKeyboard().get(0).get(0);
            assertThat(button.getText()).isEqualTo("Partager mon numéro");
            assertThat(button.getRequestContact()).isTrue();
        }

        @Test
        void offersItInEnglishToo() {
            var message = new Message("Your number?", List.of(), InputHint.PHONE);

            var keyboard = (ReplyKeyboardMarkup) rendering.render("42", message, "en", false).get(0).getReplyMarkup();

            assertThat(keyboard.getKeyboard().get(0).get(0).getText()).isEqualTo("Share my number");
        }

        @Test
        void offersItInASecondMessageWhenTheQuestionHasButtons() {
            var message = new Message("Votre numéro ?", List.of(button("Revenir", "back")), InputHint.PHONE);

            var sent = rendering.render("42", message, "fr", false);

            assertThat(sent).hasSize(2);
            assertThat(sent.get(0).getReplyMarkup()).isInstanceOf(InlineKeyboardMarkup.class);
            assertThat(sent.get(1).getReplyMarkup()).isInstanceOf(ReplyKeyboardMarkup.class);
        }

        @Test
        void takesTheKeyboardAwayWithAPlainMessage() {
            var sent = rendering.render("42", Message.of("Merci."), "fr", true).get(0);

            assertThat(sent.getReplyMarkup()).isInstanceOf(ReplyKeyboardRemove.class);
        }

        @Test
        void cannotTakeItAwayFromAMessageWithButtons() {
            var message = new Message("C'est bon ?", List.of(button("Oui", "yes")), InputHint.CHOICE);

            assertThat(rendering.render("42", message, "fr", true).get(0).getReplyMarkup())
                    .isInstanceOf(InlineKeyboardMarkup.class);
        }
    }

    @Nested
    class Length {

        @Test
        void cutsALongTextAndPutsTheButtonsUnderTheLastPiece() {
            String paragraph = "• Une ligne de résultat assez longue pour remplir le message.\n";
            var message = new Message(paragraph.repeat(150), List.of(button("Oui", "yes")), InputHint.CHOICE);

            var sent = rendering.render("42", message, "fr", false);

            assertThat(sent).hasSizeGreaterThan(1);
            assertThat(sent).allSatisfy(piece -> assertThat(piece.getText()).hasSizeLessThanOrEqualTo(4096));
            assertThat(sent.get(0).getReplyMarkup()).isNull();
            assertThat(sent.get(sent.size() - 1).getReplyMarkup()).isInstanceOf(InlineKeyboardMarkup.class);
            assertThat(String.join("\n", sent.stream().map(SendMessage::getText).toList()))
                    .isEqualTo(paragraph.repeat(150).strip());
        }

        @Test
        void sendsNothingForABlankMessage() {
            assertThat(rendering.render("42", Message.of("  "), "fr", false)).isEmpty();
        }
    }

    private static InlineKeyboardMarkup inline(SendMessage sent) {
        return (InlineKeyboardMarkup) sent.getReplyMarkup();
    }
}
