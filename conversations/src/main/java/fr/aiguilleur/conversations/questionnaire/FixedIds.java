package fr.aiguilleur.conversations.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question and option ids the dialogue relies on (questionnaire-v1.md, sections 0 and 7): a
 * questionnaire file without them is refused at start-up.
 */
public final class FixedIds {

    public static final String CONSENT = "consent";
    public static final String VISIT_OFFER = "visit_offer";
    public static final String ASK_VISIT = "ask_visit";
    public static final String AVAILABILITY = "availability";
    public static final String VISIT_FORMAT = "visit_format";
    public static final String SLOT = "slot";
    public static final String CONTACT_NAME = "contact_name";
    public static final String CONTACT_CHANNEL = "contact_channel";
    public static final String CONTACT_PHONE = "contact_phone";
    public static final String CONTACT_EMAIL = "contact_email";
    public static final String CONFIRM = "confirm";
    public static final String POSTCODE = "postcode";

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String MORE = "more";
    public static final String ACCEPT = "accept";
    public static final String DECLINE = "decline";
    public static final String REQUEST = "request";
    public static final String NONE = "none";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String TELEGRAM = "telegram";
    public static final String EDIT = "edit";

    /** Every question the dialogue needs, with the options it needs on each. */
    public static final Map<String, List<String>> REQUIRED = required();

    private FixedIds() {
    }

    private static Map<String, List<String>> required() {
        var required = new LinkedHashMap<String, List<String>>();
        required.put(CONSENT, List.of(YES, NO, MORE));
        required.put(POSTCODE, List.of());
        required.put(VISIT_OFFER, List.of(ACCEPT, DECLINE));
        required.put(ASK_VISIT, List.of(REQUEST));
        required.put(AVAILABILITY, List.of());
        required.put(VISIT_FORMAT, List.of());
        required.put(SLOT, List.of(NONE));
        required.put(CONTACT_NAME, List.of());
        required.put(CONTACT_CHANNEL, List.of(PHONE, EMAIL));
        required.put(CONTACT_PHONE, List.of());
        required.put(CONTACT_EMAIL, List.of());
        required.put(CONFIRM, List.of(YES, EDIT));
        return java.util.Collections.unmodifiableMap(required);
    }
}
