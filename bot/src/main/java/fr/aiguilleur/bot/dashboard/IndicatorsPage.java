package fr.aiguilleur.bot.dashboard;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The indicators page: anonymous figures over every territory, for a period. */
@Controller
class IndicatorsPage {

    private final DashboardUsers users;
    private final Indicators indicators;
    private final LeadDesk desk;

    IndicatorsPage(DashboardUsers users, Indicators indicators, LeadDesk desk) {
        this.users = users;
        this.indicators = indicators;
        this.desk = desk;
    }

    @GetMapping("/dashboard/indicators")
    Mono<String> show(Principal principal, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        Period period = new Period(day(from), day(to));
        return desk.blocking(() -> indicators.charts(period)).map(charts -> {
            model.addAttribute("viewer", viewer);
            model.addAttribute("period", period);
            model.addAttribute("charts", charts);
            model.addAttribute("full", Chart.FULL);
            return "dashboard/indicators";
        });
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
