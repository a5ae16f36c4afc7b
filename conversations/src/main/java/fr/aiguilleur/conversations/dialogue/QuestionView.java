package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shows a question as a message: its text, its buttons (chosen ones marked) and the input hint. */
final class QuestionView {

    private static final String CHOSEN = "✓ ";

    private QuestionView() {
    }

    /** The question, with {@code preface} (a re-ask sentence, a recap) above it when not null. */
    static Message render(Question question, State state, String preface) {
        var text = new StringBuilder();
        if (preface != null) {
            text.append(preface).append("\n\n");
        }
        text.append(question.text(state.language));
        if (question.isMulti()) {
            text.append('\n').append(Texts.of(state.language).get("multi.hint"));
        }
        return withText(question, state, text.toString());
    }

    /** The question's buttons under another text (consent's "En savoir plus"). */
    static Message withText(Question question, State state, String text) {
        return new Message(text, buttons(question, state), hint(question));
    }

    private static List<Button> buttons(Question question, State state) {
        var buttons = new ArrayList<Button>();
        String channel = state.channel.name().toLowerCase(Locale.ROOT);
        if (question.kind() == Question.Kind.SLOTS && state.booking != null) {
            for (VisitSlot slot : state.booking.offeredSlots()) {
                buttons.add(new Button(slot.label(), question.id(), slot.id(), state.check()));
            }
        }
        boolean recap = FixedIds.CONFIRM.equals(question.id()) && state.booking != null;
        for (Option option : question.options()) {
            if (option.offeredOn(channel) && !(recap && FixedIds.EDIT.equals(option.id()))) {
                buttons.add(new Button(label(question, option, state), question.id(), option.id(), state.check()));
            }
        }
        if (recap) {
            buttons.addAll(RecapEdits.buttons(state));
        }
        return buttons;
    }

    private static String label(Question question, Option option, State state) {
        String label = option.label(state.language);
        boolean chosen = question.isMulti() ? state.selection.contains(option.id())
                : EarlierAnswer.of(question, state).filter(option.id()::equals).isPresent();
        return chosen ? CHOSEN + label : label;
    }

    static InputHint hint(Question question) {
        return switch (question.kind()) {
            case SINGLE, SLOTS -> InputHint.CHOICE;
            case MULTI -> InputHint.MULTI_CHOICE;
            case TYPED -> switch (question.validation()) {
                case POSTCODE -> InputHint.POSTCODE;
                case FIRST_NAME -> InputHint.FIRST_NAME;
                case PHONE -> InputHint.PHONE;
                case EMAIL -> InputHint.EMAIL;
            };
        };
    }
}
