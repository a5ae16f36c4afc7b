package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;

import fr.aiguilleur.conversations.dialogue.InMemoryConversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryConversationsTests {

    private static final ConversationId ID = new ConversationId("web:1");
    private final InMemoryConversations conversations = new InMemoryConversations();

    private static Conversation at(long version) {
        Conversation open = Conversation.open(ID, Channel.WEB, "fr", "v1", "consent", null, Instant.EPOCH);
        return new Conversation(open.id(), open.channel(), open.language(), open.questionnaireVersion(), open.step(),
                open.stepCount(), open.answers(), open.selection(), open.history(), open.consentAt(), open.startedAt(),
                open.updatedAt(), open.nudgedAt(), open.source(), open.diagnosis(), open.booking(), open.pending(), version);
    }

    @Test
    void savesANewConversationAndFindsIt() {
        conversations.save(at(0));
        assertThat(conversations.find(ID)).contains(at(0));
    }

    @Test
    void savesTheNextVersion() {
        conversations.save(at(0));
        conversations.save(at(1));
        assertThat(conversations.find(ID)).map(Conversation::version).contains(1L);
    }

    @Test
    void refusesAVersionThatSkipsOrRepeats() {
        conversations.save(at(0));
        conversations.save(at(1));
        assertThatThrownBy(() -> conversations.save(at(1))).isInstanceOf(ConcurrentUpdate.class)
                .hasMessageContaining("web:1");
        assertThatThrownBy(() -> conversations.save(at(3))).isInstanceOf(ConcurrentUpdate.class);
        assertThat(conversations.find(ID)).map(Conversation::version).contains(1L);
    }

    @Test
    void replacesAConversationWhateverItsVersionAndRefusesTheOldOnesNextTurn() {
        conversations.save(at(0));
        conversations.save(at(1));
        conversations.save(at(2));

        conversations.replace(at(0));

        assertThat(conversations.find(ID)).contains(at(0));
        assertThatThrownBy(() -> conversations.save(at(3))).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void letsOnlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        conversations.save(at(0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                writers.add(() -> {
                    try {
                        conversations.save(at(1));
                        return true;
                    } catch (ConcurrentUpdate e) {
                        return false;
                    }
                });
            }
            long won = 0;
            for (Future<Boolean> result : pool.invokeAll(writers)) {
                won += result.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgetsADeletedConversation() {
        conversations.save(at(0));
        conversations.delete(ID);
        assertThat(conversations.find(ID)).isEmpty();
        conversations.save(at(5));
        assertThat(conversations.find(ID)).isPresent();
    }

    @Test
    void listsTheConversationsLastActiveInAPeriod() {
        Instant day = Instant.parse("2026-05-04T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            conversations.save(Conversation.open(new ConversationId("web:" + i), Channel.WEB, "fr", "v1", "consent",
                    null, day.plusSeconds(3600L * i)));
        }
        assertThat(conversations.lastActiveBetween(day, day.plusSeconds(3600 * 2)))
                .extracting(ConversationId::value).containsExactlyInAnyOrder("web:0", "web:1");
        assertThat(conversations.lastActiveBetween(Instant.EPOCH, day)).isEmpty();
    }
}
