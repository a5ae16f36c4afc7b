package fr.aiguilleur.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Taps on the buttons that the coordinators' features put under their messages: the transport
 * hands them over without knowing what they do.
 */
public interface CoordinatorTaps {

    /** Whether this callback data belongs to a coordinators' button (well formed or not). */
    boolean handles(String callbackData);

    /** Acts on the tap and answers it. Blocking: called on a worker thread. */
    void take(CallbackQuery tap);
}
