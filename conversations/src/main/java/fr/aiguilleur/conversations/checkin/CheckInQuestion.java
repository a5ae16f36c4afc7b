package fr.aiguilleur.conversations.checkin;

import java.util.List;

/**
 * The four questions of a check-in, in the order they are asked, with their one-tap options (the
 * need question takes its options from the questionnaire). A button's option reads
 * {@code <code>:<option>} ({@code w:yes}), short enough for Telegram's 64 bytes.
 */
public enum CheckInQuestion {
    /** Did you contact the service / see the coordinator? */
    WENT("w", List.of(CheckIn.YES, CheckIn.NOT_YET, CheckIn.NO)),
    /** Did it help? Asked only to those who went. */
    HELPED("h", List.of(CheckIn.YES, CheckIn.A_LITTLE, CheckIn.NO)),
    /** Where are you now on your main need: the questionnaire's question that weighed most, again. */
    NEED("n", List.of()),
    /** Can we do more: the visit offer. */
    MORE("m", List.of(CheckIn.YES, CheckIn.NO));

    private final String code;
    private final List<String> options;

    CheckInQuestion(String code, List<String> options) {
        this.code = code;
        this.options = options;
    }

    public String code() {
        return code;
    }

    /** The fixed options; empty for {@link #NEED}, whose options are the questionnaire's. */
    public List<String> options() {
        return options;
    }

    /** The question a button's code names, if any. */
    public static java.util.Optional<CheckInQuestion> ofCode(String code) {
        for (CheckInQuestion question : values()) {
            if (question.code.equals(code)) {
                return java.util.Optional.of(question);
            }
        }
        return java.util.Optional.empty();
    }
}
