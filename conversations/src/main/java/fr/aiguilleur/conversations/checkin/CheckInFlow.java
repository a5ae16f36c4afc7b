package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The questions of a check-in and what each tap changes: did you go, did it help, where are you now
 * on your main need (scored again by the rules), can we do more. Every question carries a "Non
 * merci" button that stops everything. Pure: the caller stores the check-in it returns, then sends
 * its messages.
 */
public final class CheckInFlow {

    /**
     * The question id of every check-in button (short: with the check-in id as check and the longest
     * option ids, the callback data stays within Telegram's 64 bytes); their check is the check-in id.
     */
    public static final String BUTTONS = "ci";
    /** The option of the "Non merci" button. */
    public static final String STOP = "stop";

    private final CheckInViews views;
    private final Diagnostician diagnostician;
    private final int callBackWorkingDays;

    public CheckInFlow(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            int callBackWorkingDays) {
        this.views = new CheckInViews(questionnaires, services);
        this.diagnostician = diagnostician;
        this.callBackWorkingDays = callBackWorkingDays;
    }

    /**
     * What a tap did: the check-in as it now is (the same version when nothing changed) and what to
     * tell the person.
     *
     * @param visitAnswers when the person just asked for a visit (a lead is due), their answers as they
     *                     now stand; {@code null} otherwise
     */
    public record Step(CheckIn checkIn, List<Message> messages, Answers visitAnswers) {

        public boolean changed(CheckIn before) {
            return checkIn.version() != before.version();
        }

        public boolean visitAsked() {
            return visitAnswers != null;
        }
    }

    /** The question waiting for an answer, as a message with its buttons; empty when none is. */
    public Optional<Message> current(CheckIn checkIn) {
        if (checkIn.asking() == null || checkIn.status() != CheckInStatus.ASKING) {
            return Optional.empty();
        }
        return Optional.of(views.of(checkIn, checkIn.asking()));
    }

    /** What is said once nothing is asked any more: "Non merci" taken, or the follow-up over. */
    public Message closing(CheckIn checkIn) {
        Texts texts = Texts.of(checkIn.language());
        return Message.of(checkIn.status() == CheckInStatus.STOPPED ? texts.get("checkin.stopped")
                : texts.get("checkin.over"));
    }

    /** The first message: what the person was pointed to, and whether they went. */
    public Message opening(CheckIn checkIn) {
        return views.of(checkIn, CheckInQuestion.WENT);
    }

    /** Handles a tap on one of the check-in's buttons. */
    public Step answer(CheckIn checkIn, String optionId, Instant now) {
        Texts texts = Texts.of(checkIn.language());
        if (checkIn.status().isFinal()) {
            return new Step(checkIn, List.of(closing(checkIn)), null);
        }
        if (checkIn.status() != CheckInStatus.ASKING) {
            return new Step(checkIn, List.of(Message.of(texts.get("checkin.gone"))), null);
        }
        if (STOP.equals(optionId)) {
            return new Step(checkIn.ended(CheckInStatus.STOPPED, now), List.of(Message.of(texts.get("checkin.stopped"))),
                    null);
        }
        Optional<Tap> tap = Tap.read(optionId).filter(read -> read.question() == checkIn.asking())
                .filter(read -> valid(checkIn, read));
        if (tap.isEmpty()) {
            return new Step(checkIn, List.of(views.of(checkIn, checkIn.asking(), texts.get("stale"))), null);
        }
        return applied(checkIn, tap.get(), now);
    }

    private Step applied(CheckIn checkIn, Tap tap, Instant now) {
        CheckIn next = switch (tap.question()) {
            case WENT -> checkIn.wentAnswered(tap.option(),
                    CheckIn.YES.equals(tap.option()) ? CheckInQuestion.HELPED : afterHelped(checkIn), now);
            case HELPED -> checkIn.helpedAnswered(tap.option(), afterHelped(checkIn), now);
            case NEED -> rescored(checkIn, tap.option(), now);
            case MORE -> checkIn.finished(CheckIn.YES.equals(tap.option()), now);
        };
        if (next.asking() != null) {
            return new Step(next, List.of(views.of(next, next.asking())), null);
        }
        boolean visit = Boolean.TRUE.equals(next.wantsVisit());
        Texts texts = Texts.of(checkIn.language());
        String thanks = visit ? texts.get("checkin.thanks.visit", callBackWorkingDays) : texts.get("checkin.thanks");
        return new Step(next, List.of(Message.of(thanks)), visit ? new Answers(checkIn.answers()) : null);
    }

    private static CheckInQuestion afterHelped(CheckIn checkIn) {
        return checkIn.needQuestion() != null ? CheckInQuestion.NEED : CheckInQuestion.MORE;
    }

    /**
     * The need answered again: both the first answers and the new ones scored by today's rules, so
     * that a change of the rules in between is not taken for the person's progress.
     */
    private CheckIn rescored(CheckIn checkIn, String option, Instant now) {
        Answers first = new Answers(checkIn.answers());
        Answers later = first.with(checkIn.needQuestion(), List.of(option));
        return checkIn.needAnswered(later.byQuestion(), diagnostician.diagnose(first).scores(),
                diagnostician.diagnose(later).scores(), now);
    }

    private boolean valid(CheckIn checkIn, Tap tap) {
        if (tap.question() != CheckInQuestion.NEED) {
            return tap.question().options().contains(tap.option());
        }
        return views.needQuestion(checkIn).flatMap(question -> question.option(tap.option())).isPresent();
    }

    /** A tapped option: its question and the option within it. */
    private record Tap(CheckInQuestion question, String option) {

        static Optional<Tap> read(String optionId) {
            int colon = optionId == null ? -1 : optionId.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return CheckInQuestion.ofCode(optionId.substring(0, colon))
                    .map(question -> new Tap(question, optionId.substring(colon + 1)));
        }
    }
}
