package fr.aiguilleur.bot.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps messages within Telegram's limits: about one per second per person (after a short burst),
 * twenty per minute per group, thirty per second for the whole bot. Blocks the sending thread as
 * long as needed; call it on a worker thread. With a {@link SharedPace} (Redis), the turns are
 * taken there, for all instances together; the buckets of this instance serve while it is out of reach.
 */
final class SendingPace {

    /** Chats remembered before the quiet ones are forgotten. */
    private static final int REMEMBERED = 10_000;

    /** The clock and the sleep, replaced in tests. */
    interface Time {
        Time SYSTEM = new Time() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };

        long nanos();

        void sleep(long nanos) throws InterruptedException;
    }

    private final TelegramSettings.Sending limits;
    private final Time time;
    private final TokenBucket bot;
    private final Map<String, TokenBucket> chats = new ConcurrentHashMap<>();
    private final SharedPace shared;

    SendingPace(TelegramSettings.Sending limits, Time time) {
        this(limits, time, null);
    }

    SendingPace(TelegramSettings.Sending limits, Time time, SharedPace shared) {
        this.shared = shared;
        this.limits = limits;
        this.time = time;
        this.bot = new TokenBucket(limits.perSecond(), Math.max(1, limits.perSecond()), time.nanos());
    }

    /** Waits until one more message may go to this chat. */
    void awaitTurn(String chatId) throws InterruptedException {
        if (shared != null) {
            try {
                pause(isGroup(chatId)
                        ? shared.reserve(chatId, limits.perSecond(), limits.perGroupPerMinute() / 60, limits.perChatBurst())
                        : shared.reserve(chatId, limits.perSecond(), limits.perChatPerSecond(), limits.perChatBurst()));
                return;
            } catch (RuntimeException e) {
                // Redis out of reach: this instance's own buckets keep the pace meanwhile.
            }
        }
        pause(chatBucket(chatId).reserve(time.nanos()));
        pause(bot.reserve(time.nanos()));
    }

    private void pause(long nanos) throws InterruptedException {
        if (nanos > 0) {
            time.sleep(nanos);
        }
    }

    private TokenBucket chatBucket(String chatId) {
        if (chats.size() > REMEMBERED) {
            long now = time.nanos();
            chats.values().removeIf(bucket -> bucket.isFull(now));
        }
        return chats.computeIfAbsent(chatId, id -> isGroup(id)
                ? new TokenBucket(limits.perGroupPerMinute() / 60, limits.perChatBurst(), time.nanos())
                : new TokenBucket(limits.perChatPerSecond(), limits.perChatBurst(), time.nanos()));
    }

    /** Groups and channels have negative ids; people positive ones. */
    private static boolean isGroup(String chatId) {
        return chatId.startsWith("-");
    }
}
