package fr.aiguilleur.bot.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: {@code sha256=<hex HMAC-SHA256 of the body bytes, keyed by the
 * secret>}, sent as {@code X-Aiguilleur-Signature}. The CRM computes the same and compares.
 */
public final class CrmSignature {

    public static final String HEADER = "X-Aiguilleur-Signature";

    private CrmSignature() {
    }

    public static String of(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
