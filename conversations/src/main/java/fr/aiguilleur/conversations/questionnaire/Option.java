package fr.aiguilleur.conversations.questionnaire;

import java.util.Map;
import java.util.Objects;

/**
 * One answer a person can tap.
 *
 * @param id            fixed id, spoken by scenarios, rules and stored answers
 * @param label         the button's text by language ({@code fr} always present)
 * @param exclusive     on a multi-choice, choosing it clears the others (and the reverse)
 * @param endsQuestions choosing it ends the diagnostic questions: the result comes next
 * @param onlyOn        the channel ("telegram", "web") it is offered on, {@code null} for all
 */
public record Option(String id, Map<String, String> label, boolean exclusive, boolean endsQuestions, String onlyOn) {

    public Option {
        Objects.requireNonNull(id, "id");
        label = Map.copyOf(label);
    }

    /** The label in this language, or in French when there is none. */
    public String label(String language) {
        return label.getOrDefault(language, label.get("fr"));
    }

    /** Whether the option is offered on this channel ("web", "telegram"). */
    public boolean offeredOn(String channel) {
        return onlyOn == null || onlyOn.equalsIgnoreCase(channel);
    }
}
