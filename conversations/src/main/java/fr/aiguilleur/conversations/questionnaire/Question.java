package fr.aiguilleur.conversations.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the questionnaire: its fixed id, its texts by language, and how it is answered.
 *
 * @param id         fixed id (questionnaire-v1.md)
 * @param stage      where it sits in the conversation
 * @param kind       how it is answered
 * @param validation for a typed question, what the text must be; {@code null} otherwise
 * @param text       the question by language ({@code fr} always present)
 * @param details    optional longer explanation by language (consent's "En savoir plus")
 * @param reask      optional re-ask sentence when an answer does not fit, by language
 * @param options    the tappable answers (for {@link Kind#SLOTS}, those shown after the slots)
 * @param skipIf     when the question is not asked, {@code null} when always asked
 */
public record Question(
        String id,
        Stage stage,
        Kind kind,
        Validation validation,
        Map<String, String> text,
        Map<String, String> details,
        Map<String, String> reask,
        List<Option> options,
        SkipCondition skipIf) {

    /** Where a question sits in the conversation. */
    public enum Stage {
        /** The welcome and consent, before anything is kept. */
        CONSENT,
        /** The questions the rules read (role … obstacles). */
        DIAGNOSTIC,
        /** Offers shown with the result (visit_offer, ask_visit). */
        RESULT,
        /** The steps of booking a visit. */
        BOOKING
    }

    /** How a question is answered. */
    public enum Kind {
        SINGLE,
        /** Several taps, then the {@code done} option. */
        MULTI,
        /** Typed text checked by a {@link Validation}. */
        TYPED,
        /** A single choice among free visit slots, plus the listed options. */
        SLOTS
    }

    /** What a typed answer must be. */
    public enum Validation {
        POSTCODE,
        FIRST_NAME,
        PHONE,
        EMAIL;

        /** The answer as it is kept (postcode digits, trimmed name, E.164 phone, address), if valid. */
        public Optional<String> accept(String typed) {
            return switch (this) {
                case POSTCODE -> Postcodes.valid(typed);
                case FIRST_NAME -> FirstNames.valid(typed);
                case PHONE -> PhoneNumbers.e164(typed);
                case EMAIL -> EmailAddresses.valid(typed);
            };
        }
    }

    /** The option that ends a multi-choice. */
    public static final String DONE = "done";

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        text = Map.copyOf(text);
        details = details == null ? Map.of() : Map.copyOf(details);
        reask = reask == null ? Map.of() : Map.copyOf(reask);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The question in this language, or in French when there is none. */
    public String text(String language) {
        return text.getOrDefault(language, text.get("fr"));
    }

    /** The longer explanation in this language, or in French; empty when there is none. */
    public Optional<String> details(String language) {
        return Optional.ofNullable(details.getOrDefault(language, details.get("fr")));
    }

    /** The re-ask sentence in this language, or in French; empty when there is none. */
    public Optional<String> reask(String language) {
        return Optional.ofNullable(reask.getOrDefault(language, reask.get("fr")));
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    /** The option ids a person may choose (without {@code done}). */
    public List<String> choices() {
        return options.stream().map(Option::id).filter(id -> !DONE.equals(id)).toList();
    }

    public boolean isDiagnostic() {
        return stage == Stage.DIAGNOSTIC;
    }

    public boolean isMulti() {
        return kind == Kind.MULTI;
    }

    public boolean isTyped() {
        return kind == Kind.TYPED;
    }
}
