package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import java.util.Optional;

/** The answer given earlier to a single-choice question, marked when the person comes back to it. */
final class EarlierAnswer {

    private EarlierAnswer() {
    }

    static Optional<String> of(Question question, State state) {
        if (question.isDiagnostic()) {
            return state.answers.single(question.id());
        }
        BookingDraft booking = state.booking;
        if (booking == null || booking.confirmed()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (question.id()) {
            case FixedIds.VISIT_FORMAT -> booking.visitFormat();
            case FixedIds.CONTACT_CHANNEL -> booking.contactChannel();
            case FixedIds.SLOT -> booking.slot() == null ? null : booking.slot().id();
            default -> null;
        });
    }
}
