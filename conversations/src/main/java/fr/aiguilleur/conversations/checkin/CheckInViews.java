package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.InputHint;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A check-in's question as the person reads it, in their language: its sentence (the services by
 * name, or the questionnaire's own question for the need), one button per answer and "Non merci,
 * ne plus me demander" last.
 */
final class CheckInViews {

    private final Questionnaires questionnaires;
    private final ServiceCatalogue services;

    CheckInViews(Questionnaires questionnaires, ServiceCatalogue services) {
        this.questionnaires = questionnaires;
        this.services = services;
    }

    /** The question as asked. */
    Message of(CheckIn checkIn, CheckInQuestion asked) {
        return of(checkIn, asked, null);
    }

    /** The question, after a preface ({@code null} for none). */
    Message of(CheckIn checkIn, CheckInQuestion asked, String preface) {
        Texts texts = Texts.of(checkIn.language());
        var buttons = new ArrayList<Button>();
        String text = switch (asked) {
            case WENT -> checkIn.leadId() != null ? texts.get("checkin.went.visit")
                    : texts.get("checkin.went.services", serviceNames(checkIn, texts));
            case HELPED -> texts.get("checkin.helped");
            case NEED -> texts.get("checkin.need", needQuestion(checkIn).map(q -> q.text(checkIn.language())).orElse(""));
            case MORE -> texts.get("checkin.more");
        };
        if (asked == CheckInQuestion.NEED) {
            needQuestion(checkIn).ifPresent(question -> question.options().forEach(option -> buttons.add(
                    button(checkIn, option.label(checkIn.language()), asked, option.id()))));
        } else {
            asked.options().forEach(option -> buttons.add(button(checkIn,
                    texts.get("checkin." + asked.name().toLowerCase(Locale.ROOT) + "." + option), asked, option)));
        }
        buttons.add(new Button(texts.get("checkin.stop"), CheckInFlow.BUTTONS, CheckInFlow.STOP, checkIn.id()));
        String shown = preface == null ? text : preface + "\n\n" + text;
        return new Message(shown, buttons, InputHint.CHOICE);
    }

    private static Button button(CheckIn checkIn, String label, CheckInQuestion asked, String option) {
        return new Button(label, CheckInFlow.BUTTONS, asked.code() + ":" + option, checkIn.id());
    }

    /** The questionnaire's question asked again, if one was chosen and still exists. */
    Optional<Question> needQuestion(CheckIn checkIn) {
        return checkIn.needQuestion() == null ? Optional.empty()
                : questionnaires.current().question(checkIn.needQuestion());
    }

    /** "France Num et Pix", from the catalogue; a plain phrase when none is known any more. */
    private String serviceNames(CheckIn checkIn, Texts texts) {
        List<String> names = checkIn.services().stream().map(services::find).flatMap(Optional::stream)
                .map(Service::name).limit(3).toList();
        if (names.isEmpty()) {
            return texts.get("checkin.services.none");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + texts.get("checkin.services.and")
                + names.get(names.size() - 1);
    }
}
