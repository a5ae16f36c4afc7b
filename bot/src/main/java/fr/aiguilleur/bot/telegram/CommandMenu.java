package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/** The menu of commands Telegram shows beside the text field, in French (also the default) and English. */
final class CommandMenu extends BackgroundStart {

    private static final List<String> COMMANDS = List.of("start", "retour", "aide", "langue", "annuler", "mesdonnees", "oubli");
    static final List<BotCommand> FRENCH = menu(Texts.FRENCH);
    static final List<BotCommand> ENGLISH = menu(Texts.ENGLISH);

    private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

    private final ChatReplies replies;

    CommandMenu(ChatReplies replies, Duration longestPause) {
        super(longestPause);
        this.replies = replies;
    }

    /** The commands with their descriptions ({@code telegram.menu.<command>}) in a language. */
    private static List<BotCommand> menu(String language) {
        Texts texts = Texts.of(language);
        return COMMANDS.stream().map(command -> new BotCommand(command, texts.get("telegram.menu." + command))).toList();
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
