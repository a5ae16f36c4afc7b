package fr.aiguilleur.bot.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The indicators page: anonymous figures over every territory, for a period (from/to days, or the
 * last {@code days} days), then the follow-up outcomes of the viewer's territories; and the same
 * figures as a CSV file.
 */
@Controller
class IndicatorsPage {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DashboardUsers users;
    private final Indicators indicators;
    private final FollowUps followUps;
    private final LeadDesk desk;
    private final Labels labels;
    private final Clock clock;

    IndicatorsPage(DashboardUsers users, Indicators indicators, FollowUps followUps, LeadDesk desk, Labels labels,
            Clock clock) {
        this.users = users;
        this.indicators = indicators;
        this.followUps = followUps;
        this.desk = desk;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/dashboard/indicators")
    Mono<String> show(Principal principal, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String days, Model model) {
        Viewer viewer = LeadPages.viewer(users, principal);
        Period period = period(from, to, days);
        return Mono.zip(desk.blocking(() -> indicators.charts(period)),
                desk.blocking(() -> followUps.of(viewer, period))).map(figures -> {
            model.addAttribute("viewer", viewer);
            model.addAttribute("period", period);
            model.addAttribute("periodText", describe(period));
            model.addAttribute("query", query(period));
            model.addAttribute("charts", figures.getT1());
            model.addAttribute("followUps", figures.getT2());
            return "dashboard/indicators";
        });
    }

    @GetMapping("/dashboard/indicators.csv")
    Mono<ResponseEntity<byte[]>> export(Principal principal, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String days) {
        Viewer viewer = LeadPages.viewer(users, principal);
        Period period = period(from, to, days);
        return desk.blocking(() -> write(indicators.charts(period), followUps.of(viewer, period))).map(file -> ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicateurs-" + LocalDate.now(clock.withZone(Labels.ZONE)) + ".csv").build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.getBytes(StandardCharsets.UTF_8)));
    }

    /** One line per bar: chart, label, count, detail; then the follow-up figures in the same columns. */
    private String write(List<Chart> charts, FollowUpView followUp) {
        var out = new StringBuilder(CsvCells.BOM).append(labels.text("dashboard.chart.csv.header"))
                .append(CsvCells.END_OF_LINE);
        for (Chart chart : charts) {
            chart.bars().forEach(bar -> out.append(CsvCells.row(List.of(chart.title(), bar.label(),
                    String.valueOf(bar.value()), bar.detail()))));
        }
        new FollowUpCsv(labels).rows(followUp).forEach(row -> out.append(CsvCells.row(row)));
        return out.toString();
    }

    private Period period(String from, String to, String days) {
        Integer last = number(days);
        if (last != null) {
            LocalDate today = LocalDate.now(clock.withZone(Labels.ZONE));
            return new Period(today.minusDays(last - 1L), today);
        }
        return new Period(day(from), day(to));
    }

    private String describe(Period period) {
        String from = period.from() == null ? null : Labels.day(period.from());
        String to = period.to() == null ? null : Labels.day(period.to());
        String text = from == null && to == null ? labels.text("dashboard.indicators.period.all")
                : to == null ? labels.text("dashboard.indicators.period.from", from)
                : from == null ? labels.text("dashboard.indicators.period.to", to)
                : labels.text("dashboard.indicators.period.between", from, to);
        return labels.text("dashboard.indicators.period", text);
    }

    private static String query(Period period) {
        String from = period.from() == null ? "" : "from=" + period.from();
        String to = period.to() == null ? "" : "to=" + period.to();
        String both = from.isEmpty() || to.isEmpty() ? from + to : from + "&" + to;
        return both.isEmpty() ? "" : "?" + both;
    }

    private static Integer number(String value) {
        try {
            int days = value == null ? 0 : Integer.parseInt(value.strip());
            return days >= 1 && days <= 3660 ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
