package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.LeadTransitionRefused;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The forms of a lead's page: change its status, add a note, erase the person (admins). A change
 * the workflow refuses, or a note that cannot be kept, shows the page again with a plain-French
 * message; a change made leads back to the page with a one-time notice.
 */
@Controller
class LeadChanges {

    private static final Logger AUDIT = LoggerFactory.getLogger("fr.aiguilleur.audit");

    private final DashboardUsers users;
    private final LeadDesk desk;
    private final Labels labels;

    LeadChanges(DashboardUsers users, LeadDesk desk, Labels labels) {
        this.users = users;
        this.desk = desk;
        this.labels = labels;
    }

    @PostMapping("/dashboard/leads/{id}/status")
    Mono<String> move(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        return exchange.getFormData().flatMap(form -> desk.blocking(() -> {
            Optional<LeadStatus> to = status(form);
            if (to.isEmpty()) {
                return refused(viewer, id, exchange, model, labels.text("dashboard.lead.status.refused"));
            }
            try {
                return done(desk.move(viewer, id, to.get()));
            } catch (LeadTransitionRefused refusal) {
                return refused(viewer, id, exchange, model, refusal.getMessage());
            }
        })).flatMap(view -> noticed(exchange, view, "dashboard.lead.saved.status"));
    }

    @PostMapping("/dashboard/leads/{id}/notes")
    Mono<String> note(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        return exchange.getFormData().flatMap(form -> desk.blocking(() -> {
            try {
                return done(desk.note(viewer, id, form.getFirst("text")));
            } catch (IllegalArgumentException refusal) {
                return refused(viewer, id, exchange, model, refusal.getMessage());
            }
        })).flatMap(view -> noticed(exchange, view, "dashboard.lead.saved.note"));
    }

    /** Erases the person of the lead, once the admin ticked the confirmation; an audit line names no one. */
    @PostMapping("/dashboard/leads/{id}/erase")
    Mono<String> erase(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        if (!viewer.admin()) {
            return Mono.error(LeadPages.notFound());
        }
        return exchange.getFormData().flatMap(form -> desk.blocking(() -> {
            if (!"yes".equals(form.getFirst("confirm"))) {
                return refused(viewer, id, exchange, model, labels.text("dashboard.lead.erase.unconfirmed"));
            }
            if (!desk.erase(viewer, id)) {
                throw LeadPages.notFound();
            }
            AUDIT.info("lead {} erased by dashboard user {}", id, viewer.username());
            return "redirect:/dashboard/leads";
        })).flatMap(view -> noticed(exchange, view, "dashboard.leads.erased"));
    }

    private static Mono<String> noticed(ServerWebExchange exchange, String view, String notice) {
        return view.startsWith("redirect:") ? Notices.keep(exchange, notice).thenReturn(view) : Mono.just(view);
    }

    private static String done(Optional<Lead> changed) {
        Lead lead = changed.orElseThrow(LeadPages::notFound);
        return "redirect:/dashboard/leads/" + lead.id();
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
