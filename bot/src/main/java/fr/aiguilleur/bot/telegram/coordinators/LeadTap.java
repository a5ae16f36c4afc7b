package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.CallbackData;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the "Je prends" button under a lead sends back when a coordinator taps it:
 * {@code lead|take|<lead id>}, within Telegram's 64 bytes.
 */
record LeadTap(String leadId) {

    private static final String PREFIX = "lead|take|";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,54}");

    /** The button's data for this lead, or empty when the id cannot be carried as is. */
    static Optional<String> dataFor(String leadId) {
        if (leadId == null || !ID.matcher(leadId).matches()) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + leadId);
    }

    /** Whether this callback data is meant for a lead (well formed or not), not for a question. */
    static boolean isMeantForALead(String data) {
        return data != null && data.startsWith("lead|");
    }

    /** Reads the data strictly; empty for anything {@link #dataFor} could not have written. */
    static Optional<LeadTap> parse(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > CallbackData.MAX_BYTES
                || !data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = data.substring(PREFIX.length());
        return ID.matcher(id).matches() ? Optional.of(new LeadTap(id)) : Optional.empty();
    }
}
