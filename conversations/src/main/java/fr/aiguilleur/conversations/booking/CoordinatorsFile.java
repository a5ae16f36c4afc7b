package fr.aiguilleur.conversations.booking;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code coordinators.yaml} as written, before it is checked. */
record CoordinatorsFile(List<Entry> coordinators) {

    record Entry(
            String id,
            String name,
            List<String> territories,
            Boolean fallback,
            @JsonProperty("telegram_chat_id") Long telegramChatId,
            String email,
            @JsonProperty("time_zone") String timeZone,
            @JsonProperty("visit_minutes") Integer visitMinutes,
            List<String> formats,
            List<WindowEntry> availability,
            LoginEntry dashboard) {
    }

    record WindowEntry(String day, String from, String to) {
    }

    record LoginEntry(String username, @JsonProperty("password_hash") String passwordHash, Boolean admin) {
    }
}
