package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.questionnaire.FixedIds;
import java.util.List;

/**
 * At the recap, one tap changes one item (moment, format, first name, contact); the flow comes
 * straight back to the recap once that item is answered ({@link BookingFlow#readyToConfirm}).
 */
final class RecapEdits {

    /** The pseudo-question of the recap's change buttons. */
    static final String ID = "change";

    /** The items, and the question each one asks again. */
    private static final List<String> ITEMS = List.of("moment", "format", "name", "contact");

    private RecapEdits() {
    }

    static List<Button> buttons(State state) {
        var texts = fr.aiguilleur.conversations.texts.Texts.of(state.language);
        return ITEMS.stream().map(item -> new Button(texts.get("recap.change." + item), ID, item, state.check()))
                .toList();
    }

    static boolean answers(Input.Choice choice) {
        return ID.equals(choice.questionId());
    }

    static void handle(Exchange exchange, Input.Choice choice) {
        State state = exchange.state;
        if (!FixedIds.CONFIRM.equals(state.step) || !state.check().equals(choice.check()) || state.booking == null
                || !ITEMS.contains(choice.optionId())) {
            exchange.showCurrent(state.ended() ? null : exchange.text("stale"));
            return;
        }
        state.history.add(FixedIds.CONFIRM);
        exchange.ask(switch (choice.optionId()) {
            case "moment" -> FixedIds.AVAILABILITY;
            case "format" -> FixedIds.VISIT_FORMAT;
            case "name" -> FixedIds.CONTACT_NAME;
            default -> FixedIds.CONTACT_CHANNEL;
        });
    }
}
