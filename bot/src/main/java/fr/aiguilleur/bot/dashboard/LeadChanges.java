package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.LeadTransitionRefused;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The forms of a lead's page: change its status, add a note. A change the workflow refuses, or a
 * note that cannot be kept, shows the page again with a plain-French message.
 */
@Controller
class LeadChanges {

    private final DashboardUsers users;
    private final LeadDesk desk;

    LeadChanges(DashboardUsers users, LeadDesk desk) {
        this.users = users;
        this.desk = desk;
    }

    @PostMapping("/dashboard/leads/{id}/status")
    Mono<String> move(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        return exchange.getFormData().flatMap(form -> desk.blocking(() -> {
            Optional<LeadStatus> to = status(form);
            if (to.isEmpty()) {
                return refused(viewer, id, exchange, model, "Choisissez l'un des statuts proposés.");
            }
            try {
                return done(desk.move(viewer, id, to.get()), "status");
            } catch (LeadTransitionRefused refusal) {
                return refused(viewer, id, exchange, model, refusal.getMessage());
            }
        }));
    }

    @PostMapping("/dashboard/leads/{id}/notes")
    Mono<String> note(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        return exchange.getFormData().flatMap(form -> desk.blocking(() -> {
            try {
                return done(desk.note(viewer, id, form.getFirst("text")), "note");
            } catch (IllegalArgumentException refusal) {
                return refused(viewer, id, exchange, model, refusal.getMessage());
            }
        }));
    }

    private static String done(Optional<Lead> changed, String what) {
        Lead lead = changed.orElseThrow(LeadPages::notFound);
        return "redirect:/dashboard/leads/" + lead.id() + "?saved=" + what;
    }

    private String refused(Viewer viewer, String id, ServerWebExchange exchange, Model model, String message) {
        LeadFile file = desk.file(viewer, id).orElseThrow(LeadPages::notFound);
        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
        model.addAttribute("problem", message);
        return desk.show(model, viewer, file);
    }

    private static Optional<LeadStatus> status(MultiValueMap<String, String> form) {
        String value = form.getFirst("status");
        try {
            return Optional.ofNullable(value).map(v -> LeadStatus.valueOf(v.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
