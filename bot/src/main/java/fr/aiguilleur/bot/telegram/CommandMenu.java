package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/** The menu of commands Telegram shows beside the text field, in French (also the default) and English. */
final class CommandMenu extends BackgroundStart {

    static final List<BotCommand> FRENCH = List.of(
            new BotCommand("start", "Commencer ou recommencer le questionnaire"),
            new BotCommand("retour", "Revenir à la question d'avant"),
            new BotCommand("aide", "Ce que je sais faire"),
            new BotCommand("langue", "Passer en anglais (English)"),
            new BotCommand("annuler", "Annuler ou déplacer votre rendez-vous"),
            new BotCommand("oubli", "Effacer toutes vos réponses"));
    static final List<BotCommand> ENGLISH = List.of(
            new BotCommand("start", "Start or start over"),
            new BotCommand("retour", "Go back to the previous question"),
            new BotCommand("aide", "What I can do"),
            new BotCommand("langue", "Switch to French (français)"),
            new BotCommand("annuler", "Cancel or move your appointment"),
            new BotCommand("oubli", "Erase all your answers"));

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

    private final ChatReplies replies;

    CommandMenu(ChatReplies replies, Duration longestPause) {
        super(longestPause);
        this.replies = replies;
    }

    @Override
    void run() {
        set(FRENCH, null);
        set(FRENCH, "fr");
        set(ENGLISH, "en");
    }

    private void set(List<BotCommand> commands, String language) {
        var menu = SetMyCommands.builder().commands(commands)
                .scope(BotCommandScopeAllPrivateChats.builder().build()).languageCode(language).build();
        if (replies.call(menu) != BotCalls.Outcome.DONE) {
            throw new IllegalStateException("setMyCommands refused");
        }
    }

    @Override
    Logger log() {
        return LOG;
    }

    @Override
    String what() {
        return "command menu";
    }
}
