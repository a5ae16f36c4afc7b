package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.Input;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a button sends back when tapped: {@code c|<check>|<question id>|<option id>}, readable in
 * logs and within Telegram's 64 bytes. Anything else that comes back was not made by us.
 */
public record CallbackData(String check, String questionId, String optionId) {

    public static final int MAX_BYTES = 64;

    /** A tap no button of ours could have sent: its empty check matches no question, so it reads as stale. */
    static final Input.Choice FORGED = new Input.Choice("", "", "");

    private static final String TAG = "c";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.:+=-]+");
    private static final Pattern WHOLE = Pattern.compile("c\\|([^|]+)\\|([^|]+)\\|([^|]+)");

    static CallbackData of(Button button) {
        return new CallbackData(button.check(), button.questionId(), button.optionId());
    }

    /** The callback data of a button. @throws IllegalArgumentException when it cannot be sent as is */
    String encode() {
        for (String part : new String[] {check, questionId, optionId}) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("a button part is empty or holds other than [A-Za-z0-9_.:+=-]: "
                        + questionId + "/" + optionId);
            }
        }
        String data = String.join("|", TAG, check, questionId, optionId);
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }

    /** Reads callback data strictly; empty for anything not made by {@link #encode()}. */
    static Optional<CallbackData> parse(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        var matcher = WHOLE.matcher(data);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var parsed = new CallbackData(matcher.group(1), matcher.group(2), matcher.group(3));
        boolean wellFormed = PART.matcher(parsed.check).matches() && PART.matcher(parsed.questionId).matches()
                && PART.matcher(parsed.optionId).matches();
        return wellFormed ? Optional.of(parsed) : Optional.empty();
    }

    /** The dialogue input of a tap on this data; {@link #FORGED} for data not made by us. */
    static Input.Choice choiceOf(String data) {
        return parse(data).map(CallbackData::choice).orElse(FORGED);
    }

    Input.Choice choice() {
        return new Input.Choice(questionId, optionId, check);
    }
}
