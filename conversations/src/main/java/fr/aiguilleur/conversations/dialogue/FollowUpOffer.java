package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.texts.Texts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * "Puis-je revenir vers vous dans quelques semaines ?", asked once at the end of a conversation to
 * a person who can be reached then: on Telegram, or by e-mail when that is the contact they gave.
 * On Telegram it comes with the result (referral to services) or after a confirmed visit the rules
 * proposed; on the web chat, only after a visit booked with an e-mail address, when the service
 * sends e-mail. The buttons carry
 * the pseudo-question id "followup" and, as their check, the check-in id, so a tap after
 * /start (another conversation) is stale.
 */
final class FollowUpOffer {

    static final String QUESTION = "followup";

    private FollowUpOffer() {
    }

    static boolean answers(Input.Choice choice) {
        return QUESTION.equals(choice.questionId());
    }

    /** At the result: offered now on Telegram, where the person can be reached whatever comes next. */
    static void atResult(Exchange exchange) {
        if (exchange.state.channel == Channel.TELEGRAM) {
            offer(exchange);
        }
    }

    /**
     * After a confirmed visit (the booking still has its contact details): offered unless it was
     * already, at the result; on the web chat only with an e-mail address.
     */
    static void afterBooking(Exchange exchange, BookingDraft booking) {
        boolean offeredAtResult = booking.requestedByPerson() && exchange.state.channel == Channel.TELEGRAM;
        boolean reachable = exchange.state.channel == Channel.TELEGRAM
                || exchange.followUpsByEmail && FixedIds.EMAIL.equals(booking.contactChannel())
                        && booking.email() != null;
        if (!offeredAtResult && reachable) {
            offer(exchange);
        }
    }

    static void handle(Exchange exchange, Input.Choice choice) {
        State state = exchange.state;
        String checkInId = checkInId(state);
        if (!checkInId.equals(choice.check()) || state.diagnosis == null) {
            exchange.say(exchange.text("checkin.optin.stale"));
            return;
        }
        if (FixedIds.YES.equals(choice.optionId())) {
            String leadId = state.booking != null && state.booking.confirmed() ? state.booking.leadId() : null;
            exchange.event(new DialogueEvent.FollowUpAccepted(checkInId, state.id, state.channel, state.language,
                    state.answers, state.diagnosis, leadId, exchange.now));
            acknowledge(exchange, "checkin.optin.accepted");
        } else {
            exchange.event(new DialogueEvent.FollowUpDeclined(checkInId, state.id));
            acknowledge(exchange, "checkin.optin.declined");
        }
    }

    /**
     * Noted; with a booked visit, its "Annuler" and "Changer de créneau" again: the web chat shows
     * the buttons of the last message only, and the offer came after them.
     */
    private static void acknowledge(Exchange exchange, String key) {
        BookingDraft booking = exchange.state.booking;
        List<Button> buttons = booking != null && booking.confirmed()
                ? BookedVisit.buttons(Texts.of(exchange.state.language), booking.leadId(), booking.slot() != null)
                : List.of();
        exchange.send(new Message(exchange.text(key), buttons, buttons.isEmpty() ? InputHint.NONE : InputHint.CHOICE));
    }

    private static void offer(Exchange exchange) {
        String check = checkInId(exchange.state);
        exchange.send(new Message(exchange.text("checkin.optin"), List.of(
                new Button(exchange.text("checkin.optin.yes"), QUESTION, FixedIds.YES, check),
                new Button(exchange.text("checkin.optin.no"), QUESTION, FixedIds.NO, check)), InputHint.CHOICE));
    }

    /** One check-in per conversation: derived from its id and start, as lead ids are. */
    static String checkInId(State state) {
        String name = "checkin:" + state.id.value() + ":" + state.startedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
