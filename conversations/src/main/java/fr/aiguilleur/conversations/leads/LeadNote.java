package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.Objects;

/**
 * A note a coordinator wrote on a lead ("rappelé, rendez-vous pris pour jeudi").
 *
 * @param author the coordinator's id or login
 * @param at     when it was written
 * @param text   at most {@link #MAX_LENGTH} characters, not blank
 */
public record LeadNote(String author, Instant at, String text) {

    /** The longest note kept. */
    public static final int MAX_LENGTH = 2000;

    public LeadNote {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Texts.of(Texts.FRENCH).get("lead.note.empty"));
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(Texts.of(Texts.FRENCH).get("lead.note.too-long", MAX_LENGTH, text.length()));
        }
    }
}
