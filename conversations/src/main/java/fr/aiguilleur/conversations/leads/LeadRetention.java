package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a lead is kept after the last contact (its creation, a change of status, a note), and
 * how that is said to the person ("3 ans"). By default 3 years: the CNIL's guidance for prospects.
 *
 * @param kept a positive duration
 */
public record LeadRetention(Duration kept) {

    public static final LeadRetention DEFAULT = new LeadRetention(Duration.ofDays(3 * 365));

    private static final long YEAR = 365;
    private static final long MONTH = 30;

    public LeadRetention {
        Objects.requireNonNull(kept, "kept");
        if (kept.isNegative() || kept.isZero()) {
            throw new IllegalArgumentException("the lead retention must be a positive duration");
        }
    }

    /** Whether a lead whose last contact was then has passed its retention at {@code now}. */
    public boolean expired(Lead lead, Instant now) {
        Instant last = lead.lastContact();
        return last != null && last.plus(kept).isBefore(now);
    }

    /** The duration in plain words: years, else months, else days ("3 ans", "18 mois", "1 jour"). */
    public String words(String language) {
        Texts texts = Texts.of(language);
        long days = Math.max(1, kept.toDays());
        if (days % YEAR == 0) {
            return plural(texts, "retention.years", days / YEAR);
        }
        if (days % MONTH == 0) {
            return plural(texts, "retention.months", days / MONTH);
        }
        return plural(texts, "retention.days", days);
    }

    private static String plural(Texts texts, String key, long count) {
        return texts.get(count == 1 ? key + ".one" : key, count);
    }
}
