package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import java.util.List;

/**
 * Shows a diagnosis: what we understood, with the result card (needs, autonomy, what happens next
 * and why, drawn by the channel), then the services (or, for a redirect, a kind explanation and better-suited places).
 */
final class ResultReport {

    /** For a visit, the services shown "while you wait" are at most this many. */
    static final int SERVICES_BEFORE_VISIT = 2;

    private static final List<String> UNDERSTOOD = List.of("role", "sector", "headcount", "postcode");

    private final ServiceList services;

    ResultReport(ServiceList services) {
        this.services = services;
    }

    void show(Exchange exchange, Diagnosis diagnosis) {
        if (diagnosis.decision() == Decision.REDIRECT) {
            String why = exchange.state.answers.has("role", "individual") ? "result.redirect.individual"
                    : "result.redirect.large";
            exchange.say(exchange.text(why) + "\n\n" + services.render(exchange, diagnosis.services(), 4));
            showPlaces(exchange, diagnosis);
            return;
        }
        exchange.send(Message.with(understood(exchange),
                new Attachment.ResultCard(diagnosis, exchange.state.language)));
        boolean visit = diagnosis.decision() == Decision.BOOK_VISIT;
        String header = exchange.text(visit ? "result.services.meanwhile" : "result.services");
        String list = services.render(exchange, diagnosis.services(), visit ? SERVICES_BEFORE_VISIT : 4);
        if (!list.isEmpty()) {
            exchange.say(header + "\n" + list);
        }
        showPlaces(exchange, diagnosis);
    }

    /** The places near the person the rules chose, as one message (none without places). */
    private static void showPlaces(Exchange exchange, Diagnosis diagnosis) {
        String places = PlaceLines.render(exchange, diagnosis.places());
        if (!places.isEmpty()) {
            exchange.say(places);
        }
    }

    /** Shows every service of the diagnosis (after a visit was declined). */
    void showServices(Exchange exchange, Diagnosis diagnosis) {
        String list = services.render(exchange, diagnosis.services(), 4);
        exchange.say(list.isEmpty() ? exchange.text("result.services.none")
                : exchange.text("result.services") + "\n" + list);
        showPlaces(exchange, diagnosis);
    }

    private String understood(Exchange exchange) {
        var text = new StringBuilder(exchange.text("result.understood"));
        for (String id : UNDERSTOOD) {
            var question = exchange.questionnaire.question(id);
            var answer = exchange.state.answers.single(id);
            if (question.isPresent() && answer.isPresent()) {
                String shown = question.get().option(answer.get())
                        .map(option -> option.label(exchange.state.language)).orElse(answer.get());
                text.append("\n• ").append(exchange.text("result.understood." + id, shown));
            }
        }
        return text.toString();
    }
}
