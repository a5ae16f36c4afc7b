package fr.aiguilleur.bot.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A person on the web chat API, tapping the buttons the server sent and typing where asked. */
public final class ChatVisitor {

    record Button(String label, String questionId, String optionId, String check) {
    }

    record Message(String text, List<Button> buttons, String hint) {
    }

    record Opened(String conversationId, List<Message> messages) {
    }

    record Reply(List<Message> messages, boolean erased) {
    }

    private final WebTestClient client;
    private final String key;
    private Message current;
    private final List<String> said = new java.util.ArrayList<>();

    public ChatVisitor(WebTestClient client) {
        this(client, null);
    }

    /** A conversation opened in a language ("fr", "en"), as the page does for a browser in that language. */
    public ChatVisitor(WebTestClient client, String language) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        String opening = language == null ? "{}" : "{\"language\":\"" + language + "\"}";
        Opened opened = this.client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(opening)
                .exchange().expectStatus().isOk().expectBody(Opened.class).returnResult().getResponseBody();
        key = opened.conversationId();
        receive(opened.messages());
    }

    public String key() {
        return key;
    }

    private static final Map<String, String> TYPED = Map.of("POSTCODE", "postcode", "FIRST_NAME", "contact_name",
            "PHONE", "contact_phone", "EMAIL", "contact_email");

    /** The id of the question being asked. */
    public String question() {
        return current.buttons().isEmpty() ? TYPED.get(current.hint()) : current.buttons().get(0).questionId();
    }

    public List<String> options() {
        return current.buttons().stream().map(Button::optionId).toList();
    }

    public ChatVisitor taps(String questionId, String optionId) {
        assertThat(question()).isEqualTo(questionId);
        Button button = current.buttons().stream().filter(b -> b.optionId().equals(optionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + optionId + " in " + current));
        return send(Map.of("choice", Map.of("questionId", button.questionId(), "optionId", button.optionId(),
                "check", button.check())));
    }

    public ChatVisitor types(String text) {
        return send(Map.of("text", text));
    }

    /** Answers the questions asked while their ids are in the answers (a list: several taps, then "done"). */
    public ChatVisitor answers(Map<String, Object> answers) {
        for (int step = 0; step < 60 && answers.containsKey(question()); step++) {
            Object value = answers.get(question());
            if (value instanceof List<?> options) {
                String question = question();
                options.forEach(option -> taps(question, option.toString()));
                taps(question, "done");
            } else if (current.buttons().isEmpty()) {
                types(value.toString());
            } else {
                taps(question(), value.toString());
            }
        }
        return this;
    }

    private ChatVisitor send(Map<String, Object> body) {
        Reply reply = client.post().uri("/api/chat/{key}/messages", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk().expectBody(Reply.class).returnResult()
                .getResponseBody();
        receive(reply.messages());
        return this;
    }

    /** Every text the service sent so far, in order. */
    public List<String> said() {
        return List.copyOf(said);
    }

    private void receive(List<Message> messages) {
        for (Message message : messages) {
            said.add(message.text());
            if (!message.buttons().isEmpty() || !"NONE".equals(message.hint())) {
                current = message;
            }
        }
    }
}
