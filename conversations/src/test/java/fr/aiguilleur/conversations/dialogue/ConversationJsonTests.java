package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class ConversationJsonTests {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void survivesAJsonRoundTripInTheMiddleOfABooking() throws Exception {
        var dialogue = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early").tap("done")
                .tap("phone").tap("s1").type("Marie").command("oubli");
        Conversation conversation = dialogue.conversation;

        Conversation read = JSON.readValue(JSON.writeValueAsString(conversation), Conversation.class);

        assertThat(read).isEqualTo(conversation);
        assertThat(read.booking().slot().start()).isEqualTo(conversation.booking().slot().start());
        assertThat(read.diagnosis().scores()).isEqualTo(conversation.diagnosis().scores());
    }

    @Test
    void goesOnTheSameWayAfterARoundTrip() throws Exception {
        var dialogue = Dialogue.bookingVisit().answerUntil("presence").tap("site");
        dialogue.conversation = JSON.readValue(JSON.writeValueAsString(dialogue.conversation), Conversation.class);
        dialogue.tap("done");
        assertThat(dialogue.conversation.answers().get("presence")).containsExactly("site");
    }
}
