package fr.aiguilleur.bot.bench;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one person answers, question by question, from consent to a confirmed visit by phone: a
 * shop owner with a small team (so every question is asked), two boxes ticked on each
 * multi-choice. The next input is read off the buttons the engine last sent, as a person taps them;
 * the walk keeps no state of its own, so one walk serves every conversation.
 */
final class PersonWalk {

    /** Question id to option ids (several for a multi-choice, then "done") or typed text. */
    static final Map<String, List<String>> SHOP_OWNER = shopOwner();

    /** The largest answers the questionnaire allows: every box ticked, a long e-mail address. */
    static final Map<String, List<String>> EVERYTHING = everything();

    private final Map<String, List<String>> answers;

    PersonWalk(Map<String, List<String>> answers) {
        this.answers = answers;
    }

    /** The input for the conversation's current question, or empty when the path ends here. */
    Optional<Input> next(Conversation conversation, List<Message> lastMessages) {
        String step = conversation.step();
        List<String> given = answers.get(step);
        if (given == null || conversation.ended()) {
            return Optional.empty();
        }
        Optional<Button> first = button(lastMessages, step, given.get(0))
                .or(() -> "*".equals(given.get(0)) ? button(lastMessages, step, "none") : Optional.empty());
        if (first.isEmpty()) {
            return Optional.of(new Input.Text(given.get(0)));
        }
        if (given.size() == 1) {
            return first.map(PersonWalk::tap);
        }
        String option = given.stream().filter(tick -> !conversation.selection().contains(tick)).findFirst()
                .orElse("done");
        return button(lastMessages, step, option).map(PersonWalk::tap);
    }

    /**
     * The button of this option; "*" on the slot question is the first slot offered, whatever its
     * id (slot ids come from the coordinators' calendars), or "none" once every slot is booked.
     */
    private static Optional<Button> button(List<Message> messages, String step, String option) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            for (Button button : messages.get(i).buttons()) {
                boolean anySlot = "slot".equals(step) && "*".equals(option) && !"none".equals(button.optionId());
                if (step.equals(button.questionId()) && (anySlot || option.equals(button.optionId()))) {
                    return Optional.of(button);
                }
            }
        }
        return Optional.empty();
    }

    private static Input tap(Button button) {
        return new Input.Choice(button.questionId(), button.optionId(), button.check());
    }

    private static Map<String, List<String>> everything() {
        var answers = new LinkedHashMap<>(shopOwner());
        answers.put("presence", List.of("site", "maps", "social"));
        answers.put("obstacles", List.of("time", "cost", "where_start", "security_fear", "not_useful"));
        answers.put("availability", List.of("early", "lunch", "evening", "weekend"));
        answers.put("contact_name", List.of("Marie-Bénédicte"));
        answers.put("contact_channel", List.of("email"));
        answers.put("contact_email", List.of("marie-benedicte.delacroix-fontaine@boulangerie-exemple.fr"));
        return Map.copyOf(answers);
    }

    private static Map<String, List<String>> shopOwner() {
        var answers = new LinkedHashMap<String, List<String>>();
        answers.put("consent", List.of("yes"));
        answers.put("role", List.of("owner"));
        answers.put("sector", List.of("retail"));
        answers.put("headcount", List.of("micro"));
        answers.put("postcode", List.of("33210"));
        answers.put("device_use", List.of("phone"));
        answers.put("autonomy", List.of("with_help"));
        answers.put("admin_online", List.of("self_hard"));
        answers.put("admin_blocked", List.of("yes"));
        answers.put("invoicing", List.of("paper"));
        answers.put("presence", List.of("maps", "social"));
        answers.put("presence_updated", List.of("no"));
        answers.put("customers_online", List.of("sometimes"));
        answers.put("tools", List.of("paper"));
        answers.put("backup", List.of("unknown"));
        answers.put("team_skills", List.of("partly"));
        answers.put("goal", List.of("admin_time"));
        answers.put("digital_plan", List.of("none"));
        answers.put("obstacles", List.of("time", "where_start"));
        answers.put("visit_offer", List.of("accept"));
        answers.put("ask_visit", List.of("request"));
        answers.put("availability", List.of("early", "evening"));
        answers.put("visit_format", List.of("onsite"));
        answers.put("slot", List.of("*"));
        answers.put("contact_name", List.of("Élodie"));
        answers.put("contact_channel", List.of("phone"));
        answers.put("contact_phone", List.of("06 12 34 56 78"));
        answers.put("confirm", List.of("yes"));
        return Map.copyOf(answers);
    }
}
