package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The follow-up's page, for a person reached by e-mail: the question waiting for an answer, each
 * answer one button (a form post, so that a mail scanner opening the link answers nothing), then
 * the next question or the thanks. An unknown or erased check-in gets a kind page, status 404.
 */
@Controller
class CheckInPage {

    static final String PATH = "/suivi/";

    private final CheckInAnswers answers;

    CheckInPage(CheckInAnswers answers) {
        this.answers = answers;
    }

    @GetMapping(PATH + "{id}")
    Mono<String> show(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return blocking(() -> {
            Optional<CheckIn> checkIn = answers.find(id);
            if (checkIn.isEmpty()) {
                return gone(exchange, model);
            }
            List<Message> shown = List.of(answers.current(checkIn.get()).orElseGet(() -> answers.closing(checkIn.get())));
            return page(exchange, model, checkIn.get(), shown);
        });
    }

    @PostMapping(PATH + "{id}")
    Mono<String> answer(@PathVariable String id, ServerWebExchange exchange, Model model) {
        return exchange.getFormData().flatMap(form -> blocking(() -> {
            Optional<CheckIn> checkIn = answers.find(id);
            if (checkIn.isEmpty()) {
                return gone(exchange, model);
            }
            String option = Optional.ofNullable(form.getFirst("option")).orElse("");
            return page(exchange, model, checkIn.get(), answers.answer(id, option, checkIn.get().language()));
        }));
    }

    private static String page(ServerWebExchange exchange, Model model, CheckIn checkIn, List<Message> messages) {
        personal(exchange);
        Texts texts = Texts.of(checkIn.language());
        List<Button> buttons = messages.isEmpty() ? List.of() : messages.get(messages.size() - 1).buttons();
        model.addAttribute("lang", checkIn.language());
        model.addAttribute("title", texts.get("checkin.page.title"));
        model.addAttribute("texts", messages.stream().map(Message::text).map(CheckInPage::unbroken).toList());
        model.addAttribute("buttons", buttons);
        model.addAttribute("action", PATH + checkIn.id());
        return "checkin";
    }

    private static String gone(ServerWebExchange exchange, Model model) {
        personal(exchange);
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        String language = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream().findFirst()
                .map(java.util.Locale::getLanguage).filter(Texts.ENGLISH::equals).orElse(Texts.FRENCH);
        Texts texts = Texts.of(language);
        model.addAttribute("lang", language);
        model.addAttribute("title", texts.get("checkin.page.title"));
        model.addAttribute("texts", List.of(unbroken(texts.get("checkin.page.gone"))));
        model.addAttribute("buttons", List.of());
        model.addAttribute("action", "");
        return "checkin";
    }

    /**
     * French punctuation kept with its word ("rencontrer ?" never leaves the "?" alone on a line of
     * a narrow screen): the space before it becomes a narrow no-break space.
     */
    static String unbroken(String text) {
        return text.replaceAll(" ([?!:;»])", "\u202F$1").replace("« ", "«\u202F");
    }

    /** The page tells what a person answered: kept out of shared caches (and the back-forward cache's disk). */
    private static void personal(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
    }

    private static Mono<String> blocking(java.util.concurrent.Callable<String> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
