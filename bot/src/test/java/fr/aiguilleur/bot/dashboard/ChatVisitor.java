package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A person booking a visit through the web chat's JSON API, as the chat page does: taps the buttons
 * the server sent and types where a typed answer is expected, from a table of answers.
 */
final class ChatVisitor {

    private static final Map<String, String> TYPED = Map.of(
            "POSTCODE", "postcode", "FIRST_NAME", "contact_name", "PHONE", "contact_phone", "EMAIL", "contact_email");
    private static final int MAX_STEPS = 80;

    private final WebTestClient client;
    private String key;
    private Message current;

    record Message(String text, List<Button> buttons, String hint) {
    }

    record Button(String label, String questionId, String optionId, String check) {
    }

    record Opened(String conversationId, List<Message> messages) {
    }

    record Reply(List<Message> messages, boolean erased) {
    }

    ChatVisitor(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Opens a conversation and answers until a question has no answer in the table. */
    void converses(Map<String, Object> answers) {
        Opened opened = client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk().expectBody(Opened.class).returnResult().getResponseBody();
        key = opened.conversationId();
        receive(opened.messages());
        for (int step = 0; step < MAX_STEPS; step++) {
            String question = question();
            if (question == null || !answers.containsKey(question)) {
                return;
            }
            answer(question, answers.get(question));
        }
        fail("more than %d questions asked", MAX_STEPS);
    }

    private String question() {
        if (current == null) {
            return null;
        }
        return current.buttons().isEmpty() ? TYPED.get(current.hint()) : current.buttons().get(0).questionId();
    }

    private void answer(String question, Object value) {
        if (value instanceof List<?> options) {
            options.forEach(option -> tap(option.toString()));
            tap("done");
        } else if (current.buttons().isEmpty()) {
            send(Map.of("text", value.toString()));
        } else {
            tap(value.toString());
        }
    }

    private void tap(String optionId) {
        Button button = current.buttons().stream().filter(candidate -> candidate.optionId().equals(optionId))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + optionId + " in " + current));
        send(Map.of("choice", Map.of("questionId", button.questionId(), "optionId", button.optionId(),
                "check", button.check())));
    }

    private void send(Map<String, Object> body) {
        Reply reply = client.post().uri("/api/chat/{key}/messages", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk().expectBody(Reply.class).returnResult()
                .getResponseBody();
        receive(reply.messages());
    }

    private void receive(List<Message> messages) {
        for (Message message : messages) {
            if (!message.buttons().isEmpty() || TYPED.containsKey(message.hint())) {
                current = message;
            }
        }
    }
}
