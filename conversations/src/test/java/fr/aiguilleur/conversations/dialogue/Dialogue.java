package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drives the engine like a person would, keeping the conversation and what the engine answered. */
final class Dialogue {

    static final Instant START = Instant.parse("2026-05-04T08:00:00Z");
    static final Questionnaires QUESTIONNAIRES = Questionnaires.packaged();
    static final ServiceCatalogue SERVICES = ServiceCatalogue.packaged();

    /** Answers of the baker persona (personas.yaml), in question order. */
    static final Map<String, Object> BAKER = baker();

    final DialogueEngine engine;
    final FixedDiagnostician diagnostician;
    final FakePlanner planner;
    final List<DialogueEvent> events = new ArrayList<>();
    Conversation conversation;
    Turn last;
    Instant now = START;

    Dialogue(Diagnosis diagnosis, FakePlanner planner) {
        this(diagnosis, planner, Channel.WEB);
    }

    Dialogue(Diagnosis diagnosis, FakePlanner planner, Channel channel) {
        this(diagnosis, planner, planner, channel);
    }

    /** A dialogue with any planner ({@code fake} is null when it is not a {@link FakePlanner}). */
    Dialogue(Diagnosis diagnosis, VisitPlanner real, FakePlanner fake, Channel channel) {
        this(diagnosis, real, fake, channel, "lead-1");
    }

    /** As above, the lead confirmed being {@code leadId} (another person than the usual "lead-1"). */
    Dialogue(Diagnosis diagnosis, VisitPlanner real, FakePlanner fake, Channel channel, String leadId) {
        this.diagnostician = new FixedDiagnostician(diagnosis);
        this.planner = fake;
        this.engine = new DialogueEngine(QUESTIONNAIRES, diagnostician, SERVICES, real, () -> leadId);
        remember(engine.open(new ConversationId(channel.name().toLowerCase() + ":1"), channel, "flyer", "fr", now));
    }

    /** A dialogue with an engine of the test's own (its planner is not a {@link FakePlanner}'s to inspect). */
    Dialogue(DialogueEngine engine, Channel channel) {
        this.diagnostician = null;
        this.planner = null;
        this.engine = engine;
        remember(engine.open(new ConversationId(channel.name().toLowerCase() + ":1"), channel, "flyer", "fr", now));
    }

    static Dialogue bookingVisit() {
        return new Dialogue(FixedDiagnostician.bookVisit(), FakePlanner.withSlots(5));
    }

    Dialogue send(Input input) {
        now = now.plus(Duration.ofSeconds(10));
        Turn turn = engine.handle(conversation, input, now);
        assertThat(turn.conversation() == null || turn.conversation().version() == conversation.version() + 1)
                .as("each turn moves the version one step").isTrue();
        remember(turn);
        return this;
    }

    /** Taps the button of this option on the last message that has one. */
    Dialogue tap(String optionId) {
        return send(button(optionId).map(b -> new Input.Choice(b.questionId(), b.optionId(), b.check()))
                .orElseThrow(() -> new AssertionError("no button " + optionId + " in " + lastMessage())));
    }

    /** Taps the back control of the last message. */
    Dialogue back() {
        Button back = lastMessage().back();
        assertThat(back).as("a back control on " + lastMessage().text()).isNotNull();
        return send(new Input.Choice(back.questionId(), back.optionId(), back.check()));
    }

    Dialogue type(String text) {
        return send(new Input.Text(text));
    }

    Dialogue command(String name) {
        return send(new Input.Command(name, null));
    }

    /** Gives the baker's answers from consent up to (not including) this question. */
    Dialogue answerUntil(String stopAt) {
        if (conversation.consentAt() == null) {
            tap("yes");
        }
        for (int turn = 0; turn < 100 && !conversation.step().equals(stopAt) && BAKER.containsKey(conversation.step());
                turn++) {
            answer(BAKER.get(conversation.step()));
        }
        assertThat(conversation.step()).isEqualTo(stopAt);
        return this;
    }

    Dialogue answer(Object value) {
        if (value instanceof List<?> options) {
            options.forEach(option -> tap((String) option));
            return tap("done");
        }
        String text = (String) value;
        return button(text).isPresent() ? tap(text) : type(text);
    }

    Message lastMessage() {
        return last.messages().get(last.messages().size() - 1);
    }

    /** The messages of the last turn. */
    List<Message> messages() {
        return last.messages();
    }

    String allText() {
        return String.join("\n---\n", last.messages().stream().map(Message::text).toList());
    }

    List<String> optionIds() {
        return lastMessage().buttons().stream().map(Button::optionId).toList();
    }

    java.util.Optional<Button> button(String optionId) {
        for (int i = last.messages().size() - 1; i >= 0; i--) {
            var found = last.messages().get(i).buttons().stream().filter(b -> b.optionId().equals(optionId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    <E extends DialogueEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void remember(Turn turn) {
        last = turn;
        events.addAll(turn.events());
        if (turn.conversation() != null) {
            conversation = turn.conversation();
        }
    }

    private static Map<String, Object> baker() {
        var answers = new java.util.LinkedHashMap<String, Object>();
        answers.put("role", "owner");
        answers.put("sector", "retail");
        answers.put("headcount", "solo");
        answers.put("postcode", "33210");
        answers.put("device_use", "phone");
        answers.put("autonomy", "with_help");
        answers.put("admin_online", "self_hard");
        answers.put("admin_blocked", "yes");
        answers.put("invoicing", "paper");
        answers.put("presence", List.of("nowhere"));
        answers.put("customers_online", "sometimes");
        answers.put("tools", "paper");
        answers.put("backup", "unknown");
        answers.put("goal", "admin_time");
        answers.put("digital_plan", "none");
        answers.put("obstacles", List.of("time", "where_start"));
        return answers;
    }
}
