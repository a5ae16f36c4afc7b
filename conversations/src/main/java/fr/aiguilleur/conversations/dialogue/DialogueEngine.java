package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The channel-neutral dialogue: turns one input of a person into the next state, the messages to
 * send and the events that happened. A pure function of its inputs and collaborators (no clock,
 * no randomness: lead ids are derived from the conversation).
 */
public final class DialogueEngine {

    private final Questionnaires questionnaires;
    private final Replies replies;
    private final BookedVisit booked;
    private final LeadRetention retention;
    private final History history;
    private final boolean followUpsByEmail;

    public DialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner) {
        this(questionnaires, diagnostician, services, planner, new LeadConfirmation(), LeadRetention.DEFAULT, true);
    }

    /** As the public constructor, telling people at booking how long their lead is kept. */
    public DialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner, LeadRetention retention) {
        this(questionnaires, diagnostician, services, planner, retention, true);
    }

    /**
     * As above; {@code followUpsByEmail} false when no e-mail can be sent: the follow-up weeks later
     * is then not offered to people who can be reached by e-mail only (the web chat's).
     */
    public DialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner, LeadRetention retention, boolean followUpsByEmail) {
        this(questionnaires, diagnostician, services, planner, new LeadConfirmation(), retention, followUpsByEmail);
    }

    /** As the public constructor, with the source of lead ids (tests). */
    public DialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner, Supplier<String> leadIds) {
        this(questionnaires, diagnostician, services, planner, new LeadConfirmation(leadIds), LeadRetention.DEFAULT,
                true);
    }

    private DialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner, LeadConfirmation confirmation, LeadRetention retention, boolean followUpsByEmail) {
        this.followUpsByEmail = followUpsByEmail;
        this.retention = Objects.requireNonNull(retention, "retention");
        this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
        var report = new ResultReport(new ServiceList(Objects.requireNonNull(services, "services")));
        var slots = new Slots(Objects.requireNonNull(planner, "planner"));
        this.booked = new BookedVisit(slots);
        this.history = new History(report);
        var booking = new BookingFlow(report, slots, confirmation, booked);
        this.replies = new Replies(new Progress(Objects.requireNonNull(diagnostician, "diagnostician"), report, booking));
    }

    /** Opens a new conversation (version 0): the welcome and the consent question. */
    public Turn open(ConversationId id, Channel channel, String source, String language, Instant now) {
        return opening(id, channel, source, language, now, -1, null);
    }

    /** Handles one input of the person; the conversation comes back one version further. */
    public Turn handle(Conversation conversation, Input input, Instant now) {
        var questionnaire = questionnaires.find(conversation.questionnaireVersion());
        if (questionnaire.isEmpty()) {
            return reopen(conversation, now, Texts.of(conversation.language()).get("questionnaire.gone"));
        }
        Exchange exchange = new Exchange(questionnaire.get(), new State(conversation), now, retention,
                followUpsByEmail);
        dispatch(exchange, Inputs.read(input));
        if (exchange.erased) {
            var events = new ArrayList<>(exchange.events());
            events.add(new DialogueEvent.ConversationErased(conversation.id()));
            return new Turn(null, exchange.messages(), events);
        }
        if (exchange.restarted) {
            return opening(conversation.id(), conversation.channel(), exchange.state.source, exchange.state.language,
                    now, conversation.version(), null);
        }
        return exchange.turn();
    }

    /**
     * The conversation so far, rebuilt from what is stored (no transcript is kept): the answered
     * questions with their answers, the result, the booking, then the question being asked.
     */
    public List<HistoryLine> history(Conversation conversation) {
        return questionnaires.find(conversation.questionnaireVersion())
                .map(questionnaire -> history.of(questionnaire, conversation, retention))
                .orElse(List.of());
    }

    private void dispatch(Exchange exchange, Input input) {
        if (!Confirmations.answers(input)) {
            exchange.state.pending = null;
        }
        if (input instanceof Input.Command command) {
            Commands.handle(exchange, command);
        } else if (input instanceof Input.Choice choice) {
            if (Confirmations.answers(choice)) {
                Confirmations.handle(exchange, choice);
            } else if (BackButton.answers(choice)) {
                BackButton.handle(exchange, choice);
            } else if (RecapEdits.answers(choice)) {
                RecapEdits.handle(exchange, choice);
            } else if (FollowUpOffer.answers(choice)) {
                FollowUpOffer.handle(exchange, choice);
            } else if (BookedVisit.answers(choice)) {
                booked.handle(exchange, choice);
            } else {
                replies.choice(exchange, choice);
            }
        } else if (input instanceof Input.Text text) {
            replies.text(exchange, text.text());
        } else if (input instanceof Input.SharedContact contact) {
            replies.sharedContact(exchange, contact.phoneNumber());
        } else {
            replies.unsupported(exchange);
        }
    }

    /** A new conversation in place of this one (same id, next version), on the current questionnaire. */
    private Turn reopen(Conversation old, Instant now, String preface) {
        return opening(old.id(), old.channel(), old.source(), old.language(), now, old.version(), preface);
    }

    private Turn opening(ConversationId id, Channel channel, String source, String language, Instant now,
            long previousVersion, String preface) {
        Questionnaire questionnaire = questionnaires.current();
        String known = Texts.ENGLISH.equals(language) ? Texts.ENGLISH : Texts.FRENCH;
        var fresh = Conversation.open(id, channel, known, questionnaire.version(), questionnaire.consent().id(),
                source, now);
        var state = new State(fresh, previousVersion);
        Message welcome = QuestionView.render(questionnaire.consent(), state, preface);
        state.updatedAt = now;
        return new Turn(state.conversation(), List.of(welcome), List.of());
    }
}
