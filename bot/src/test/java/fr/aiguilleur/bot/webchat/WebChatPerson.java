package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A person using the chat page, as the page does it: opens a conversation, taps the buttons the
 * server sent and types where a typed answer is expected. Keeps every message received.
 */
final class WebChatPerson {

    private static final Map<String, String> TYPED_QUESTIONS = Map.of(
            "POSTCODE", "postcode", "FIRST_NAME", "contact_name", "PHONE", "contact_phone", "EMAIL", "contact_email");
    private static final int MAX_STEPS = 80;

    private final WebTestClient client;
    private final List<Message> received = new ArrayList<>();
    private String key;
    private Message current;

    /** A message as the API shows it. */
    record Message(String text, List<Button> buttons, String hint, Attachment attachment) {

        /** What the person reads: the text, then the text alternative shown with a picture. */
        String read() {
            return attachment == null || attachment.text() == null ? text : text + "\n" + attachment.text();
        }
    }

    record Attachment(String kind, String text) {
    }

    record Button(String label, String questionId, String optionId, String check) {
    }

    record Opened(String conversationId, List<Message> messages) {
    }

    record Reply(List<Message> messages, boolean erased) {
    }

    WebChatPerson(WebTestClient client) {
        this.client = client;
    }

    WebChatPerson opens() {
        Opened opened = client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk().expectBody(Opened.class).returnResult().getResponseBody();
        key = opened.conversationId();
        receive(opened.messages());
        return this;
    }

    String key() {
        return key;
    }

    List<Message> received() {
        return received;
    }

    /** The texts received so far, one after the other. */
    String transcript() {
        return String.join("\n---\n", received.stream().map(Message::read).toList());
    }

    /** The question the last message with buttons or a typed hint asks, or null when none. */
    String question() {
        if (current == null) {
            return null;
        }
        return current.buttons().isEmpty() ? TYPED_QUESTIONS.get(current.hint()) : current.buttons().get(0).questionId();
    }

    Reply taps(String questionId, String optionId) {
        assertThat(question()).as("question being asked, after:\n%s", transcript()).isEqualTo(questionId);
        Button button = current.buttons().stream().filter(candidate -> candidate.optionId().equals(optionId))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + optionId + " for " + questionId
                        + " in " + current.buttons()));
        return send(Map.of("choice", Map.of("questionId", button.questionId(), "optionId", button.optionId(),
                "check", button.check())));
    }

    Reply types(String text) {
        return send(Map.of("text", text));
    }

    Reply commands(String command) {
        return send(Map.of("command", command));
    }

    /** Answers every question asked whose id is in the answers, until a question that is not. */
    WebChatPerson answers(Map<String, Object> answers) {
        for (int step = 0; step < MAX_STEPS; step++) {
            String question = question();
            if (question == null || !answers.containsKey(question)) {
                return this;
            }
            answer(question, answers.get(question));
            if (question.equals(question())) {
                fail("the question %s was asked again after the answer %s:%n%s", question, answers.get(question),
                        transcript());
            }
        }
        return fail("more than %d questions asked:%n%s", MAX_STEPS, transcript());
    }

    private void answer(String question, Object value) {
        if (value instanceof List<?> options) {
            options.forEach(option -> taps(question, option.toString()));
            taps(question, "done");
        } else if (current.buttons().isEmpty()) {
            types(value.toString());
        } else {
            taps(question, value.toString());
        }
    }

    private Reply send(Map<String, Object> body) {
        Reply reply = client.post().uri("/api/chat/{key}/messages", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk().expectBody(Reply.class).returnResult()
                .getResponseBody();
        receive(reply.messages());
        return reply;
    }

    private void receive(List<Message> messages) {
        received.addAll(messages);
        for (Message message : messages) {
            if (!message.buttons().isEmpty() || TYPED_QUESTIONS.containsKey(message.hint())) {
                current = message;
            }
        }
    }
}
