package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.booking.Coordinator;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.texts.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What coordinators do with leads: read the ones they may see, move one along the workflow, add a
 * note. Changes name the viewer as their author. Store calls block: {@link #blocking} moves them
 * off the event loop.
 */
final class LeadDesk {

    private final LeadAccess access;
    private final Diagnoses diagnoses;
    private final Conversations conversations;
    private final CoordinatorsSource coordinators;
    private final Labels labels;
    private final Clock clock;
    private final CheckIns checkIns;

    LeadDesk(LeadAccess access, Diagnoses diagnoses, Conversations conversations, CoordinatorsSource coordinators,
            Labels labels, Clock clock, CheckIns checkIns) {
        this.checkIns = checkIns;
        this.access = access;
        this.diagnoses = diagnoses;
        this.conversations = conversations;
        this.coordinators = coordinators;
        this.labels = labels;
        this.clock = clock;
    }

    <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    List<Lead> visible(Viewer viewer) {
        return access.visible(viewer);
    }

    Optional<LeadFile> file(Viewer viewer, String id) {
        var brief = new VisitBrief(labels);
        return access.find(viewer, id).map(lead -> new LeadFile(lead, follower(lead), brief.points(lead.diagnosis()),
                brief.answers(answersOf(lead))));
    }

    /** Moves the lead. @throws fr.aiguilleur.conversations.leads.LeadTransitionRefused when the workflow forbids it */
    Optional<Lead> move(Viewer viewer, String id, LeadStatus to) {
        return change(viewer, id, lead -> lead.moveTo(to, viewer.username(), clock.instant()));
    }

    /** Adds a note. @throws IllegalArgumentException with a French message for an empty or too long note */
    Optional<Lead> note(Viewer viewer, String id, String text) {
        return change(viewer, id, lead -> lead.withNote(viewer.username(), text, clock.instant()));
    }

    private Optional<Lead> change(Viewer viewer, String id, UnaryOperator<Lead> change) {
        Optional<Lead> changed = access.find(viewer, id).map(change);
        changed.ifPresent(access::save);
        return changed;
    }

    /**
     * Erases the person of a lead: every lead of the conversation, its anonymised diagnosis, the
     * follow-ups they agreed to and the conversation itself when it is still kept.
     * Admins only; returns whether there was one to erase.
     */
    boolean erase(Viewer viewer, String id) {
        if (!viewer.admin()) {
            return false;
        }
        Optional<Lead> lead = access.find(viewer, id);
        lead.ifPresent(found -> {
            access.eraseFor(found.conversationId());
            diagnoses.eraseFor(found.conversationId());
            checkIns.eraseFor(found.conversationId());
            conversations.delete(found.conversationId());
        });
        return lead.isPresent();
    }

    /** Fills the detail page's model; returns its template. */
    String show(Model model, Viewer viewer, LeadFile file) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("labels", labels);
        model.addAttribute("file", file);
        model.addAttribute("lead", file.lead());
        model.addAttribute("cardText", file.lead().diagnosis() == null ? ""
                : fr.aiguilleur.bot.resultcard.ResultCard.textOf(file.lead().diagnosis(), Texts.FRENCH));
        model.addAttribute("axes", List.of(Axis.values()));
        model.addAttribute("places", LeadPlace.of(file.lead().diagnosis(), labels, clock.instant()));
        return "dashboard/lead";
    }

    /** The name of the coordinator who follows the lead. */
    String follower(Lead lead) {
        String id = access.followerOf(lead);
        return coordinators.get().find(id).map(Coordinator::name).orElse(id);
    }

    /** The list's query again, for the export link. */
    String queryOf(Map<String, String> query) {
        return query.entrySet().stream()
                .filter(entry -> !entry.getValue().isBlank())
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private Map<String, List<String>> answersOf(Lead lead) {
        String conversation = lead.conversationId().value();
        return diagnoses.all().stream().filter(stored -> stored.conversationId().equals(conversation))
                .reduce((first, second) -> second).map(StoredDiagnosis::answers).orElse(Map.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
