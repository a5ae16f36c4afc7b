package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedQuestionTests {

    @Nested
    class Postcode {

        @ParameterizedTest(name = "\"{0}\" is asked again")
        @ValueSource(strings = {"3321", "00000", "96100", "Bordeaux", "33 2100"})
        void asksAgainWithAnExample(String typed) {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").type(typed);
            assertThat(dialogue.conversation.step()).isEqualTo("postcode");
            assertThat(dialogue.conversation.answers().answered("postcode")).isFalse();
            assertThat(dialogue.lastMessage().text()).contains("par exemple 33210");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.POSTCODE);
        }

        @Test
        void keepsTheFiveDigits() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").type(" 20 200 ");
            assertThat(dialogue.conversation.answers().get("postcode")).containsExactly("20200");
            assertThat(dialogue.conversation.step()).isEqualTo("device_use");
        }

        @Test
        void asksWithThePostcodeHint() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.POSTCODE);
            assertThat(dialogue.lastMessage().buttons()).isEmpty();
        }
    }

    @Nested
    class Contact {

        private Dialogue atName() {
            return Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("any").tap("done")
                    .tap("phone").tap("none");
        }

        @Test
        void asksTheFirstNameAgainWhenItIsNotOne() {
            var dialogue = atName().type("06 12 34 56 78");
            assertThat(dialogue.conversation.step()).isEqualTo("contact_name");
            assertThat(dialogue.lastMessage().text()).contains("par exemple Marie");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.FIRST_NAME);
            dialogue.type("  Jean-Pierre ");
            assertThat(dialogue.conversation.booking().firstName()).isEqualTo("Jean-Pierre");
        }

        @Test
        void asksThePhoneAgainWhenItIsNotAFrenchNumber() {
            var dialogue = atName().type("Marie").tap("phone");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.PHONE);
            dialogue.type("12 34");
            assertThat(dialogue.conversation.step()).isEqualTo("contact_phone");
            assertThat(dialogue.lastMessage().text()).contains("06 12 34 56 78");
            dialogue.type("0033 6.12.34.56.78");
            assertThat(dialogue.conversation.booking().phone()).isEqualTo("+33612345678");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
        }

        @Test
        void acceptsASharedContactForThePhone() {
            var dialogue = atName().type("Marie").tap("phone").send(new Input.SharedContact("+262692123456"));
            assertThat(dialogue.conversation.booking().phone()).isEqualTo("+262692123456");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
        }

        @Test
        void ignoresASharedContactOutsideThePhoneQuestion() {
            var dialogue = atName().send(new Input.SharedContact("+33612345678"));
            assertThat(dialogue.conversation.step()).isEqualTo("contact_name");
            assertThat(dialogue.conversation.booking().phone()).isNull();
        }

        @Test
        void asksTheEmailAgainWhenItIsNotAnAddress() {
            var dialogue = atName().type("Marie").tap("email");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.EMAIL);
            dialogue.type("marie at exemple");
            assertThat(dialogue.conversation.step()).isEqualTo("contact_email");
            assertThat(dialogue.lastMessage().text()).contains("marie@exemple.fr");
            dialogue.type("Marie@Exemple.FR");
            assertThat(dialogue.conversation.booking().email()).isEqualTo("Marie@exemple.fr");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
        }
    }
}
