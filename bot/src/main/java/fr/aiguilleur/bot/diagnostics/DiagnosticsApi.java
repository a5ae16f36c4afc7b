package fr.aiguilleur.bot.diagnostics;

import fr.aiguilleur.bot.limits.Limit;
import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.bot.limits.TrustedProxies;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.AnswerCheck;
import fr.aiguilleur.conversations.questionnaire.AnswerProblem;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/diagnostics}: runs the rules on a set of answers and answers the full result,
 * for rule authors and tools. Stores nothing and needs no contact details.
 */
@RestController
class DiagnosticsApi {

    private final Questionnaires questionnaires;
    private final Diagnostician diagnostician;
    private final RateLimits limits;
    private final TrustedProxies proxies;

    DiagnosticsApi(Questionnaires questionnaires, Diagnostician diagnostician, RateLimits limits,
            TrustedProxies proxies) {
        this.questionnaires = questionnaires;
        this.diagnostician = diagnostician;
        this.limits = limits;
        this.proxies = proxies;
    }

    /** Within the limit of diagnostics per client address. */
    @PostMapping("/api/diagnostics")
    Mono<ResponseEntity<?>> diagnose(@RequestBody DiagnosticRequest request, ServerHttpRequest http) {
        String client = proxies.clientOf(http);
        // The rules may still be building just after start: wait for them off the event loop.
        return Mono.<ResponseEntity<?>>fromCallable(() -> {
            limits.takeNow(Limit.DIAGNOSTICS_PER_ADDRESS, client, null);
            return answer(request);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private ResponseEntity<?> answer(DiagnosticRequest request) {
        if (request.answers() == null) {
            return ResponseEntity.badRequest().body(new Problems(List.of(new AnswerProblem("answers",
                    Texts.of(Texts.FRENCH).get("api.diagnostics.no-answers"),
                    List.of()))));
        }
        Questionnaire questionnaire = questionnaires.current();
        AnswerCheck check = questionnaire.check(request.answers());
        if (!check.ok()) {
            return ResponseEntity.badRequest().body(new Problems(check.problems()));
        }
        Diagnosis diagnosis = diagnostician.diagnose(check.answers());
        return ResponseEntity.ok(DiagnosisView.of(diagnosis, questionnaire.version()));
    }

    /** The body: question id to option id, list of option ids, or typed text. */
    record DiagnosticRequest(Map<String, Object> answers) {
    }

    /** The answer to answers that do not fit the questionnaire. */
    record Problems(List<AnswerProblem> problems) {
    }
}
