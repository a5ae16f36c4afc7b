package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.followup.AttachedFile;
import fr.aiguilleur.bot.followup.AttachmentFiles;
import fr.aiguilleur.conversations.dialogue.Attachment;
import fr.aiguilleur.conversations.dialogue.Conversation;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The files of a web conversation, made from what is stored: the result card, the visit's invite,
 * the person's data. A conversation without one (no result yet, no visit booked) answers 404.
 */
@RestController
@RequestMapping("/api/chat/{key}")
class ChatFiles {

    private final Switchboard switchboard;
    private final AttachmentFiles files;

    ChatFiles(Switchboard switchboard, AttachmentFiles files) {
        this.switchboard = switchboard;
        this.files = files;
    }

    @GetMapping("/card.png")
    Mono<ResponseEntity<byte[]>> card(@PathVariable String key) {
        return file(key, conversation -> Optional.ofNullable(conversation.diagnosis())
                .map(diagnosis -> new Attachment.ResultCard(diagnosis, conversation.language())), false);
    }

    @GetMapping("/invite.ics")
    Mono<ResponseEntity<byte[]>> invite(@PathVariable String key) {
        return file(key, conversation -> Optional.ofNullable(conversation.booking())
                .filter(booking -> booking.confirmed() && booking.slot() != null)
                .map(booking -> new Attachment.Invite(booking.leadId(), booking.slot(), booking.visitFormat(),
                        conversation.language(), conversation.answers().single("postcode").orElse(null))), true);
    }

    @GetMapping("/data.json")
    Mono<ResponseEntity<byte[]>> data(@PathVariable String key) {
        return file(key, conversation -> Optional.of(new Attachment.PersonalData(conversation.id(),
                conversation.language())), true);
    }

    private Mono<ResponseEntity<byte[]>> file(String key,
            java.util.function.Function<Conversation, Optional<Attachment>> attachment, boolean download) {
        var id = WebConversations.parse(key);
        return switchboard.find(id)
                .map(stored -> stored.flatMap(attachment).flatMap(files::of)
                        .map(file -> response(file, download))
                        .orElseThrow(WebConversations::unknown));
    }

    private static ResponseEntity<byte[]> response(AttachedFile file, boolean download) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.mediaType() + (file.picture() ? "" : ";charset=UTF-8")));
        headers.setContentDisposition((download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.name()).build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(file.bytes());
    }
}
