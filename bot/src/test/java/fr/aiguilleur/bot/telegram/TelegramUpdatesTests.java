package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.telegram.coordinators.CoordinatorChats;

import fr.aiguilleur.bot.telegram.coordinators.LeadTaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

class TelegramUpdatesTests {

    static final FakeBotApi API = new FakeBotApi();
    static final TelegramHttp HTTP = new TelegramHttp(API.settings());
    static final String BUSY = "Un instant, s'il vous plaît : réessayez dans une minute.";
    static final long COORDINATORS = -100_900;

    final Switchboard switchboard = mock(Switchboard.class);
    final InactiveChats inactive = new InMemoryInactiveChats();
    UpdateDedup dedup = new InMemoryUpdateDedup();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TelegramUpdates updates = updates();

    @AfterAll
    static void stop() {
        HTTP.close();
        API.close();
    }

    private TelegramUpdates updates() {
        var replies = FakeBotApi.replies(HTTP, inactive);
        var settings = new TelegramSettings(FakeBotApi.TOKEN, API.url(), Long.toString(COORDINATORS), null, null,
                FakeBotApi.FAST);
        var chats = new CoordinatorChats(settings, Optional::empty);
        var leads = new InMemoryLeads();
        var dispatch = new UpdateDispatch(new PersonTurns(switchboard, replies, texts()),
                new LeadTaking(leads, new LeadFollowUp(leads, List.of(), Clock.systemUTC()), chats, replies), new ChatMembership(inactive, chats, replies),
                replies);
        return new TelegramUpdates(id -> dedup.firstSeen(id), inactive, dispatch, meters);
    }

    private static StaticMessageSource texts() {
        var texts = new StaticMessageSource();
        texts.addMessage("switchboard.busy", Locale.FRENCH, BUSY);
        return texts;
    }

    private static Update update(Map<String, Object> json) {
        return Updates.parse(json);
    }

    private static List<Object> textsTo(long chat) {
        return API.messagesTo(Long.toString(chat)).stream().map(message -> message.get("text")).toList();
    }

    private void answers(Mono<List<Message>> answer) {
        when(switchboard.answer(any(), any(), any(), any())).thenReturn(answer);
    }

    @Nested
    class Conversations {

        @Test
        void handsTheInputToTheChatsConversationOpeningItWithTheDeepLinkAndLanguage() {
            var id = new ConversationId("telegram:201");
            when(switchboard.answer(id, Channel.TELEGRAM, new Input.Command("start", "salon"),
                    new Switchboard.Opening("salon", "en"))).thenReturn(Mono.just(List.of(Message.of("Welcome"))));

            updates.consume(List.of(update(Updates.withLanguage(Updates.text(1, 201, "/start salon"), "en-GB"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(201).isEmpty());
            assertThat(textsTo(201)).containsExactly("Welcome");
        }

        @Test
        void handsAPlainMessageWithoutDeepLink() {
            var id = new ConversationId("telegram:202");
            answers(Mono.just(List.of(Message.of("Suite"))));

            updates.consume(List.of(update(Updates.text(1, 202, "bonjour"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(202).isEmpty());
            verify(switchboard).answer(id, Channel.TELEGRAM, new Input.Text("bonjour"),
                    new Switchboard.Opening(null, "fr"));
        }

        @Test
        void asksThePersonToRetryWhenTheConversationCannotBeRead() {
            answers(Mono.error(new IllegalStateException("down")));

            updates.consume(List.of(update(Updates.text(1, 203, "33210"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(203).isEmpty());
            assertThat(textsTo(203)).containsExactly(BUSY);
        }

        @Test
        void answersAnEditKindlyWithoutTouchingTheConversation() {
            updates.consume(List.of(update(Updates.edited(1, 204, "33000"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(204).isEmpty());
            assertThat(textsTo(204)).containsExactly(PersonTurns.EDITED_FR);
            verify(switchboard, never()).answer(any(), any(), any(), any());
        }
    }

    @Nested
    class Delivery {

        @Test
        void handlesARepeatedUpdateOnce() {
            answers(Mono.just(List.of(Message.of("Une fois"))));
            Update once = update(Updates.text(71, 211, "bonjour"));

            updates.consume(List.of(once, once));
            updates.consume(List.of(once));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(textsTo(211)).containsExactly("Une fois");
            verify(switchboard, times(1)).answer(any(), any(), any(), any());
            assertThat(meters.counter("aiguilleur.telegram.updates.received").count()).isEqualTo(3);
            assertThat(meters.counter("aiguilleur.telegram.updates.processed").count()).isEqualTo(1);
            assertThat(meters.counter("aiguilleur.telegram.updates.duplicate").count()).isEqualTo(2);
        }

        @Test
        void handlesTheUpdatesOfOneChatInOrderOneAtATime() {
            var seen = new CopyOnWriteArrayList<String>();
            when(switchboard.answer(any(), any(), eq(new Input.Text("un")), any())).thenReturn(Mono.defer(() -> {
                seen.add("start un");
                return Mono.delay(Duration.ofMillis(300)).doOnNext(tick -> seen.add("end un"))
                        .thenReturn(List.of(Message.of("un")));
            }));
            when(switchboard.answer(any(), any(), eq(new Input.Text("deux")), any())).thenReturn(Mono.defer(() -> {
                seen.add("start deux");
                return Mono.just(List.of(Message.of("deux")));
            }));

            updates.consume(List.of(update(Updates.text(72, 212, "un")), update(Updates.text(73, 212, "deux"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(seen).containsExactly("start un", "end un", "start deux");
            assertThat(textsTo(212)).containsExactly("un", "deux");
        }

        @Test
        void handlesTheUpdateWhenRepeatsCannotBeChecked() {
            dedup = id -> {
                throw new IllegalStateException("Redis down");
            };
            answers(Mono.just(List.of(Message.of("Quand même"))));

            updates.consume(List.of(update(Updates.text(74, 213, "bonjour"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(213).isEmpty());
        }

        @Test
        void letsNothingEscapeToThePoller() {
            when(switchboard.answer(any(), any(), any(), any())).thenThrow(new IllegalStateException("thrown at once"));

            assertThatCode(() -> updates.consume(Arrays.asList(null, update(Updates.text(1, 214, "bonjour")))))
                    .doesNotThrowAnyException();
            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(214).isEmpty());
        }

        @Test
        void takesNoMoreUpdatesOnceClosed() {
            updates.close();

            updates.consume(List.of(update(Updates.text(1, 215, "bonjour"))));

            assertThat(updates.accept(update(Updates.text(2, 215, "bonjour")))).isFalse();
            assertThat(updates.drain(Duration.ofSeconds(1))).isTrue();
            assertThat(textsTo(215)).isEmpty();
        }
    }

    @Nested
    class Membership {

        @Test
        void stopsSendingToAPersonWhoBlockedTheBot() {
            updates.consume(List.of(update(Updates.myChatMember(81, 221, "private", "kicked"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(inactive.isInactive("221")).isTrue();
        }

        @Test
        void sendsAgainToAPersonWhoUnblockedTheBot() {
            inactive.markInactive("222");

            updates.consume(List.of(update(Updates.myChatMember(82, 222, "private", "member"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(inactive.isInactive("222")).isFalse();
        }

        @Test
        void sendsAgainToAPersonWhoWritesAgain() {
            inactive.markInactive("223");
            answers(Mono.just(List.of(Message.of("Re-bonjour"))));

            updates.consume(List.of(update(Updates.text(83, 223, "bonjour"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(223).isEmpty());
            assertThat(inactive.isInactive("223")).isFalse();
        }

        @Test
        void sendsAgainToAPersonWhoTapsAButton() {
            inactive.markInactive("224");
            answers(Mono.just(List.of(Message.of("Suite"))));

            updates.consume(List.of(update(Updates.tap(89, 224, "q1|o1"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> !textsTo(224).isEmpty());
            assertThat(inactive.isInactive("224")).isFalse();
        }

        @Test
        void keepsAPersonInactiveWhenAMessageFromBeforeTheyBlockedComesAgain() {
            answers(Mono.just(List.of(Message.of("Bonjour"))));
            Update before = update(Updates.text(87, 226, "bonjour"));
            updates.consume(List.of(before));
            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();

            updates.consume(List.of(update(Updates.myChatMember(88, 226, "private", "kicked")), before));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(inactive.isInactive("226")).isTrue();
        }

        @Test
        void keepsAGroupThatRemovedTheBotInactiveWhateverIsWrittenThere() {
            inactive.markInactive("-4226");

            updates.consume(List.of(update(Updates.groupText(90, -4_226, "group", "bonjour"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(inactive.isInactive("-4226")).isTrue();
        }

        @Test
        void leavesAGroupItIsAddedTo() {
            updates.consume(List.of(update(Updates.myChatMember(84, -4_224, "group", "member"))));

            await().atMost(Duration.ofSeconds(10)).until(() -> API.calls("leaveChat").stream()
                    .anyMatch(call -> "-4224".equals(String.valueOf(call.get("chat_id")))));
        }

        @Test
        void staysInTheCoordinatorsGroup() {
            updates.consume(List.of(update(Updates.myChatMember(85, COORDINATORS, "supergroup", "administrator"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            assertThat(API.calls("leaveChat")).noneMatch(call ->
                    Long.toString(COORDINATORS).equals(String.valueOf(call.get("chat_id"))));
        }

        @Test
        void ignoresAGroupMessage() {
            updates.consume(List.of(update(Updates.groupText(86, -4_225, "supergroup", "/start"))));

            assertThat(updates.drain(Duration.ofSeconds(10))).isTrue();
            verify(switchboard, never()).answer(any(), any(), any(), any());
            assertThat(textsTo(-4_225)).isEmpty();
        }
    }
}
