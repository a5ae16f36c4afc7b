package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CallbackDataTests {

    @Nested
    class Encoding {

        @Test
        void carriesQuestionAndOptionVerbatimWithTheCheck() {
            String data = CallbackData.of(new Button("C'est parti", "consent", "yes", "v1.1")).encode();

            assertThat(data).isEqualTo("c|v1.1|consent|yes");
        }

        @Test
        void readsBackWhatItWrote() {
            var button = new Button("Un ordinateur", "device_use", "computer", "v1.12");

            assertThat(CallbackData.choiceOf(CallbackData.of(button).encode()))
                    .isEqualTo(new Input.Choice("device_use", "computer", "v1.12"));
        }

        @Test
        void fitsEveryButtonOfThePackagedQuestionnaireIn64Bytes() {
            Questionnaire questionnaire = Questionnaire.packaged();
            String check = questionnaire.version() + ".99999";
            for (var question : questionnaire.questions()) {
                for (Option option : question.options()) {
                    String data = new CallbackData(check, question.id(), option.id()).encode();
                    assertThat(data.getBytes(StandardCharsets.UTF_8)).as(data).hasSizeLessThanOrEqualTo(64);
                }
            }
        }

        @Test
        void refusesToWriteMoreThan64Bytes() {
            var button = new Button("Long", "question_" + "x".repeat(30), "option_" + "y".repeat(30), "v1.1");

            assertThatThrownBy(() -> CallbackData.of(button).encode()).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesASeparatorInsideAPart() {
            var button = new Button("Piège", "role", "owner|admin", "v1.1");

            assertThatThrownBy(() -> CallbackData.of(button).encode()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Reading {

        @Test
        void refusesDataOver64Bytes() {
            String data = "c|v1.1|role|" + "o".repeat(60);

            assertThat(CallbackData.parse(data)).isEmpty();
        }

        @Test
        void refusesNothing() {
            assertThat(CallbackData.parse(null)).isEmpty();
            assertThat(CallbackData.parse("")).isEmpty();
        }

        @Test
        void refusesForgedOrMalformedData() {
            assertThat(CallbackData.parse("c|v1.1|role|owner|")).isEmpty();
            assertThat(CallbackData.parse("c|v1.1|role|")).isEmpty();
            assertThat(CallbackData.parse("C|v1.1|role|owner")).isEmpty();
            assertThat(CallbackData.parse("c|v1.1|role|own\ner")).isEmpty();
            assertThat(CallbackData.parse("c|v1.1|role|ownér")).isEmpty();
            assertThat(CallbackData.parse(" c|v1.1|role|owner")).isEmpty();
        }

        @Test
        void treatsForgedDataAsAStaleTap() {
            assertThat(CallbackData.choiceOf("{\"q\":\"role\"}")).isEqualTo(CallbackData.FORGED);
            assertThat(CallbackData.FORGED.check()).isEmpty();
        }
    }
}
