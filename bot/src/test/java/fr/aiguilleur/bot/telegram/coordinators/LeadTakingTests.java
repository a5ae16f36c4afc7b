package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.TelegramSettings;

import fr.aiguilleur.bot.telegram.ChatReplies;

import fr.aiguilleur.bot.telegram.InMemoryInactiveChats;

import fr.aiguilleur.bot.telegram.TelegramHttp;

import fr.aiguilleur.bot.telegram.Updates;

import fr.aiguilleur.bot.telegram.FakeBotApi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

class LeadTakingTests {

    static final FakeBotApi API = new FakeBotApi();
    static final TelegramHttp HTTP = new TelegramHttp(API.settings());
    static final long COORDINATORS = -100_777;
    static final AtomicInteger UPDATES = new AtomicInteger(1000);

    final InMemoryLeads leads = new InMemoryLeads();
    final Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
    final ChatReplies replies = FakeBotApi.replies(HTTP, new InMemoryInactiveChats());
    final LeadTaking taking = new LeadTaking(leads, new LeadFollowUp(leads, List.of(), Clock.systemUTC()),
            new CoordinatorChats(new TelegramSettings(FakeBotApi.TOKEN, API.url(), Long.toString(COORDINATORS), null,
                    null, FakeBotApi.FAST), Optional::empty), replies);

    LeadTakingTests() {
        leads.save(lead);
    }

    @AfterAll
    static void stop() {
        HTTP.close();
        API.close();
    }

    private String tap(long chat, String type, String data) {
        int id = UPDATES.incrementAndGet();
        CallbackQuery tap = Updates.parse(Updates.tapIn(id, chat, type, 31, "Camille", data,
                "Nouvelle demande de visite\n\nRéférence : " + lead.id())).getCallbackQuery();
        taking.take(tap);
        return tap.getId();
    }

    private static Optional<String> noteOf(String tapId) {
        return API.calls("answercallbackquery").stream().filter(call -> tapId.equals(call.get("callback_query_id")))
                .map(call -> (String) call.get("text")).findFirst();
    }

    private List<Map<String, Object>> edits() {
        return API.calls("editmessagetext").stream()
                .filter(call -> String.valueOf(call.get("text")).contains(lead.id())).toList();
    }

    @Test
    void givesTheLeadToTheCoordinatorWhoTakesIt() {
        String tapId = tap(COORDINATORS, "supergroup", "lead|take|" + lead.id());

        Lead taken = leads.find(lead.id()).orElseThrow();
        assertThat(taken.status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(taken.assignedTo()).as("the lead's own coordinator, the tapper being unknown in a shared chat")
                .isEqualTo(lead.coordinatorId());
        assertThat(taken.history()).isNotEmpty();
        assertThat(noteOf(tapId)).contains(LeadTaking.TAKEN_NOTE);
    }

    @Test
    void showsWhoTookItUnderTheSummaryAndTakesTheButtonAway() {
        tap(COORDINATORS, "supergroup", "lead|take|" + lead.id());

        assertThat(edits()).singleElement().satisfies(edit -> {
            assertThat((String) edit.get("text")).startsWith("Nouvelle demande de visite").endsWith("✅ Pris par Camille");
            assertThat(edit).doesNotContainKey("reply_markup");
        });
    }

    @Test
    void keepsTheLeadWithWhoeverTookItFirst() {
        tap(COORDINATORS, "supergroup", "lead|take|" + lead.id());

        String second = tap(COORDINATORS, "supergroup", "lead|take|" + lead.id());

        assertThat(noteOf(second)).contains(LeadTaking.ALREADY_TAKEN);
        assertThat(edits()).hasSize(1);
    }

    @Test
    void refusesATapFromAChatThatIsNotTheCoordinators() {
        String tapId = tap(31, "private", "lead|take|" + lead.id());

        assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.NEW);
        assertThat(noteOf(tapId)).contains(LeadTaking.NOT_YOURS);
    }

    @Test
    void refusesForgedData() {
        String tapId = tap(COORDINATORS, "supergroup", "lead|take|" + lead.id() + "|x");

        assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.NEW);
        assertThat(noteOf(tapId)).contains(LeadTaking.NOT_YOURS);
    }

    @Test
    void saysALeadNoLongerKeptIsGone() {
        String tapId = tap(COORDINATORS, "supergroup", "lead|take|0f0e0d0c-0000-4000-8000-000000000000");

        assertThat(noteOf(tapId)).contains(LeadTaking.UNKNOWN);
    }
}
