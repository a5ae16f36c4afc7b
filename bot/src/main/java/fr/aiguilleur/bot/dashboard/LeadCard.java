package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.resultcard.ResultCard;
import fr.aiguilleur.conversations.texts.Texts;
import java.security.Principal;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/** The result card of a lead (the picture the person was shown), in French, for the lead's page. */
@Controller
class LeadCard {

    private final DashboardUsers users;
    private final LeadDesk desk;

    LeadCard(DashboardUsers users, LeadDesk desk) {
        this.users = users;
        this.desk = desk;
    }

    @GetMapping("/dashboard/leads/{id}/card.png")
    Mono<ResponseEntity<byte[]>> card(Principal principal, @PathVariable String id) {
        Viewer viewer = LeadPages.viewer(users, principal);
        return desk.blocking(() -> desk.file(viewer, id).filter(file -> file.lead().diagnosis() != null)
                        .orElseThrow(LeadPages::notFound))
                .map(file -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .body(ResultCard.of(file.lead().diagnosis(), Texts.FRENCH).png()));
    }
}
