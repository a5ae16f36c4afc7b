package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.bot.chat.TurnRecorder;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInFlow;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A tap on a follow-up's button, from Telegram or from its page: the check-in is stored as the
 * answer changes it (a compare-and-set, tried again on a concurrent change, so a double tap or two
 * instances apply it once), then the visit asked for is recorded, before the person is told. When
 * the visit cannot be recorded, the check-in is put back and the person is asked to tap again.
 */
public final class CheckInAnswers {

    private static final int ATTEMPTS = 4;

    private final CheckIns checkIns;
    private final CheckInFlow flow;
    private final VisitAskedLater visits;
    private final TurnRecorder recorder;
    private final Clock clock;

    public CheckInAnswers(CheckIns checkIns, CheckInFlow flow, VisitAskedLater visits, TurnRecorder recorder,
            Clock clock) {
        this.checkIns = checkIns;
        this.flow = flow;
        this.visits = visits;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The check-in of this id, if it is still kept. */
    public Optional<CheckIn> find(String checkInId) {
        return checkIns.find(checkInId);
    }

    /** The question waiting for an answer, if any. */
    public Optional<Message> current(CheckIn checkIn) {
        return flow.current(checkIn);
    }

    /** What is said once nothing is asked any more. */
    public Message closing(CheckIn checkIn) {
        return flow.closing(checkIn);
    }

    /** Applies a tap; the messages to show the person. */
    public List<Message> answer(String checkInId, String optionId, String language) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<CheckIn> stored = checkIns.find(checkInId);
            if (stored.isEmpty()) {
                return List.of(Message.of(Texts.of(language).get("checkin.gone")));
            }
            CheckInFlow.Step step = flow.answer(stored.get(), optionId, clock.instant());
            if (!step.changed(stored.get())) {
                return step.messages();
            }
            if (!checkIns.update(step.checkIn())) {
                continue;
            }
            if (step.visitAsked()) {
                recordVisit(stored.get(), step);
            }
            return step.messages();
        }
        throw new IllegalStateException("the follow-up " + checkInId + " kept changing under this answer");
    }

    private void recordVisit(CheckIn before, CheckInFlow.Step step) {
        try {
            recorder.confirmed(visits.lead(step.checkIn(), step.visitAnswers(), clock.instant()));
        } catch (RuntimeException e) {
            checkIns.update(before.asVersion(step.checkIn().version() + 1));
            throw e;
        }
    }
}
