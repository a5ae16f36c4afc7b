package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.bot.chat.OutsideAnswers;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckInFlow;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up's buttons tapped on Telegram: answered here, whatever became of the conversation
 * (it is usually long erased). A tap on another person's check-in (a forged button) reads as gone.
 */
final class CheckInTaps implements OutsideAnswers {

    private final CheckInAnswers answers;

    CheckInTaps(CheckInAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Optional<List<Message>> answer(ConversationId id, Input input) {
        if (!(input instanceof Input.Choice choice) || !CheckInFlow.BUTTONS.equals(choice.questionId())) {
            return Optional.empty();
        }
        var checkIn = answers.find(choice.check()).filter(found -> found.conversationId().equals(id));
        if (checkIn.isEmpty()) {
            return Optional.of(List.of(Message.of(Texts.of(Texts.FRENCH).get("checkin.gone"))));
        }
        return Optional.of(answers.answer(choice.check(), choice.optionId(), checkIn.get().language()));
    }
}
