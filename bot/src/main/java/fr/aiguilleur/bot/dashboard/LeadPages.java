package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The lead list with its filters, and one lead's whole file. */
@Controller
class LeadPages {

    private final DashboardUsers users;
    private final LeadDesk desk;
    private final Labels labels;

    LeadPages(DashboardUsers users, LeadDesk desk, Labels labels) {
        this.users = users;
        this.desk = desk;
        this.labels = labels;
    }

    @GetMapping({"/dashboard", "/dashboard/"})
    String home() {
        return "redirect:/dashboard/leads";
    }

    @GetMapping("/dashboard/leads")
    Mono<String> list(Principal principal, @RequestParam Map<String, String> query, ServerWebExchange exchange,
            Model model) {
        Viewer viewer = viewer(users, principal);
        LeadFilter filter = LeadFilter.of(query);
        return Notices.take(exchange).flatMap(notice -> desk.blocking(() -> desk.visible(viewer)).map(all -> {
            notice.ifPresent(key -> model.addAttribute("notice", key));
            List<Lead> shown = all.stream().filter(filter::matches).toList();
            model.addAttribute("leads", shown);
            model.addAttribute("total", all.size());
            model.addAttribute("departements", all.stream().map(Lead::departement)
                    .filter(d -> d != null).distinct().sorted().toList());
            model.addAttribute("filter", filter);
            model.addAttribute("exportQuery", desk.queryOf(query));
            addChoices(model, viewer);
            return "dashboard/leads";
        }));
    }

    @GetMapping("/dashboard/leads/{id}")
    Mono<String> detail(Principal principal, @PathVariable String id, ServerWebExchange exchange, Model model) {
        Viewer viewer = viewer(users, principal);
        return Notices.take(exchange).flatMap(notice -> desk.blocking(() -> desk.file(viewer, id)).map(file -> {
            notice.ifPresent(key -> model.addAttribute("notice", key));
            return desk.show(model, viewer, file.orElseThrow(LeadPages::notFound));
        }));
    }

    private void addChoices(Model model, Viewer viewer) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("labels", labels);
        model.addAttribute("statuses", List.of(LeadStatus.values()));
        model.addAttribute("priorities", List.of(Priority.values()));
        model.addAttribute("axes", List.of(Axis.values()));
    }

    /** The viewer signed in; a login removed from the file since sees nothing. */
    static Viewer viewer(DashboardUsers users, Principal principal) {
        return users.viewer(principal.getName()).orElseThrow(LeadPages::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
