package fr.aiguilleur.bot.limits;

/** What is counted, and by what key. */
public enum Limit {

    /** New web-chat conversations from one client address. */
    CONVERSATIONS_PER_ADDRESS("conversations-per-address"),
    /** New web-chat conversations, all addresses together. */
    CONVERSATIONS_OVERALL("conversations-overall"),
    /** Inputs sent to one web-chat conversation. */
    MESSAGES_PER_CONVERSATION("messages-per-conversation"),
    /** {@code POST /api/diagnostics} from one client address. */
    DIAGNOSTICS_PER_ADDRESS("diagnostics-per-address"),
    /** Failed dashboard sign-ins for one account name. */
    LOGIN_FAILURES_PER_ACCOUNT("login-failures-per-account"),
    /** Failed dashboard sign-ins from one client address. */
    LOGIN_FAILURES_PER_ADDRESS("login-failures-per-address");

    private final String tag;

    Limit(String tag) {
        this.tag = tag;
    }

    /** The name in metrics and in Redis keys. */
    public String tag() {
        return tag;
    }
}
