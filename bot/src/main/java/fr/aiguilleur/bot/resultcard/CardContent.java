package fr.aiguilleur.bot.resultcard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What a result card says, in one language: drawn by {@link CardDrawing}, written out by
 * {@link #text()}.
 *
 * @param language  "fr" or "en"
 * @param title    the card's heading
 * @param needs    the four needs (empty for a redirect)
 * @param autonomy the autonomy line, or {@code null} for a redirect
 * @param next     what happens next and why (decision first, then the rules' reasons)
 * @param nextTitle the heading of what happens next
 * @param whyTitle the heading of the needs' reasons
 */
record CardContent(String language, String title, List<Need> needs, String autonomy, List<String> next,
        String nextTitle, String whyTitle) {

    /**
     * One scored need.
     *
     * @param label   the need in plain words
     * @param score   0..100
     * @param level   the level in plain words
     * @param rank    0 low, 1 medium, 2 high (the bar's colour)
     * @param reasons the rules' reasons for its points
     */
    record Need(String label, int score, String level, int rank, List<String> reasons) {
    }

    static CardContent of(Diagnosis diagnosis, String language) {
        Texts texts = Texts.of(language);
        List<Need> needs = new ArrayList<>();
        if (diagnosis.decision() != Decision.REDIRECT && !diagnosis.scores().isEmpty()) {
            for (Axis axis : Axis.values()) {
                List<String> reasons = diagnosis.reasons().stream()
                        .filter(reason -> reason.kind() == Reason.Kind.NEED && reason.axis() == axis)
                        .map(reason -> reason.text(language)).toList();
                needs.add(new Need(texts.get("result.need." + axis.name()), diagnosis.score(axis),
                        texts.get("result.need.level." + diagnosis.level(axis).name()), diagnosis.level(axis).ordinal(), reasons));
            }
        }
        String autonomy = diagnosis.autonomy() == null ? null
                : texts.get("card.autonomy", texts.get("card.autonomy." + diagnosis.autonomy().name()));
        List<String> next = new ArrayList<>();
        String decision = "card.next." + diagnosis.decision().name();
        if (diagnosis.priority() != null && texts.has(decision + "." + diagnosis.priority().name())) {
            decision = decision + "." + diagnosis.priority().name();
        }
        next.add(texts.get(decision));
        diagnosis.reasons().stream().filter(reason -> reason.kind() == Reason.Kind.DECISION)
                .map(reason -> reason.text(language)).distinct().forEach(next::add);
        return new CardContent(language, texts.get("card.title"), List.copyOf(needs), autonomy, List.copyOf(next),
                texts.get("card.next"), texts.get("card.why"));
    }

    /** Every fact of the card as plain text. */
    String text() {
        Texts texts = Texts.of(language);
        var text = new StringBuilder(title);
        for (Need need : needs) {
            text.append("\n• ").append(texts.get("card.need", need.label(), need.score(), need.level()));
        }
        if (autonomy != null) {
            text.append("\n• ").append(autonomy);
        }
        text.append("\n\n").append(nextTitle).append("\n").append(String.join(" ", next));
        if (needs.stream().anyMatch(need -> !need.reasons().isEmpty())) {
            text.append("\n\n").append(whyTitle);
            for (Need need : needs) {
                if (!need.reasons().isEmpty()) {
                    text.append("\n").append(texts.get("card.reasons-of", need.label()));
                    need.reasons().forEach(reason -> text.append("\n  – ").append(reason));
                }
            }
        }
        return text.toString();
    }
}
