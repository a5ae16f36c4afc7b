package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Question;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what the person sent for the current question (a tap, typed text, a shared contact): a
 * fitting answer goes on to {@link Progress}; anything else gets a kind re-ask.
 */
final class Replies {

    /** The pseudo-question of the "Reprendre" button sent after a silence. */
    static final String RESUME = "resume";

    private final Progress progress;

    Replies(Progress progress) {
        this.progress = progress;
    }

    void choice(Exchange exchange, Input.Choice choice) {
        State state = exchange.state;
        if (RESUME.equals(choice.questionId()) || state.ended()) {
            exchange.showCurrent(null);
            return;
        }
        Question question = exchange.current();
        if (!question.id().equals(choice.questionId()) || !state.check().equals(choice.check())
                || choice.optionId() == null || !offered(question, state, choice.optionId())) {
            exchange.showCurrent(exchange.text("stale"));
            return;
        }
        if (question.isMulti()) {
            MultiChoice.tap(exchange, question, choice.optionId(), progress);
        } else {
            progress.answered(exchange, question, List.of(choice.optionId()));
        }
    }

    void text(Exchange exchange, String text) {
        if (exchange.state.ended()) {
            exchange.showCurrent(null);
            return;
        }
        Question question = exchange.current();
        if (question.isTyped()) {
            typed(exchange, question, text);
            return;
        }
        Optional<String> option = matchingOption(question, exchange.state, text);
        if (option.isEmpty()) {
            String generic = exchange.text(question.isMulti() ? "reask.multi" : "reask.choice");
            exchange.showCurrent(question.reask(exchange.state.language).orElse(generic));
        } else if (question.isMulti()) {
            MultiChoice.tap(exchange, question, option.get(), progress);
        } else {
            progress.answered(exchange, question, List.of(option.get()));
        }
    }

    void sharedContact(Exchange exchange, String phoneNumber) {
        if (FixedIds.CONTACT_PHONE.equals(exchange.state.step)) {
            typed(exchange, exchange.current(), phoneNumber);
        } else {
            exchange.showCurrent(exchange.text("reask.unexpected-contact"));
        }
    }

    void unsupported(Exchange exchange) {
        exchange.showCurrent(exchange.text("reask.unsupported"));
    }

    private void typed(Exchange exchange, Question question, String text) {
        Optional<String> accepted = question.validation().accept(text);
        if (accepted.isPresent()) {
            progress.answered(exchange, question, List.of(accepted.get()));
        } else {
            String reask = question.reask(exchange.state.language).orElse(exchange.text("reask.typed"));
            exchange.send(new Message(reask, List.of(), QuestionView.hint(question)));
        }
    }

    /** Whether the option is one the question offers now, on this channel. */
    private static boolean offered(Question question, State state, String optionId) {
        if (question.kind() == Question.Kind.SLOTS && state.booking != null
                && state.booking.offeredSlots().stream().map(VisitSlot::id).anyMatch(optionId::equals)) {
            return true;
        }
        return question.option(optionId)
                .filter(option -> option.offeredOn(state.channel.name().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** The option whose id or label (in either language) is what the person typed. */
    private static Optional<String> matchingOption(Question question, State state, String text) {
        String typed = normalise(text);
        return question.options().stream()
                .filter(option -> option.offeredOn(state.channel.name().toLowerCase(Locale.ROOT)))
                .filter(option -> typed.equals(option.id()) || option.label().values().stream()
                        .map(Replies::normalise).anyMatch(typed::equals))
                .map(Option::id)
                .findFirst();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[.!?\\s]+$", "");
    }
}
