package fr.aiguilleur.conversations.leads;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-way pseudonyms for one export: an HMAC-SHA256 of the conversation id under a random key that
 * lives only as long as this object. The same conversation gets the same pseudonym within the
 * export; without the key (never written anywhere) no one can go back to the chat id, nor link
 * two exports.
 */
final class Pseudonyms {

    private final Mac mac;

    private Pseudonyms(byte[] key) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static Pseudonyms drawn() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonyms(key);
    }

    /** 12 hexadecimal digits. */
    String of(String conversationId) {
        byte[] digest = mac.doFinal(conversationId.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }
}
