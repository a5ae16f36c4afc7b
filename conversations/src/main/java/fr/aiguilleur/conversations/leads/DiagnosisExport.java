package fr.aiguilleur.conversations.leads;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored diagnoses as JSON lines: one JSON object per line, UTF-8, nothing else on the line. The
 * rule authors' {@code impact} command reads this format to replay past answers on new rules.
 *
 * <p>Fields of each object (all present; {@code null} where noted):
 * <ul>
 *   <li>{@code id} — a one-way pseudonym of the conversation (an HMAC under a key drawn for each
 *       export and never kept): stable within one export, unlinkable to the person or the chat, and
 *       to other exports. The conversation id itself (which holds a Telegram chat id) is never
 *       written.</li>
 *   <li>{@code recordedAt} — ISO-8601 instant, e.g. {@code "2026-05-14T09:30:00Z"}</li>
 *   <li>{@code departement} — département code ("33", "2A", "974"), or {@code null}</li>
 *   <li>{@code questionnaireVersion} — e.g. {@code "v1"}</li>
 *   <li>{@code rulesVersion} — the rules' version (content hash), may be {@code null}</li>
 *   <li>{@code answers} — object: question id to a list of option ids (one for a single
 *       choice); never the postcode</li>
 *   <li>{@code decision} — REDIRECT, BOOK_VISIT or REFER_TO_SERVICES</li>
 *   <li>{@code priority} — HIGH or NORMAL for BOOK_VISIT, else {@code null}</li>
 *   <li>{@code autonomy} — LOW, MEDIUM or HIGH; {@code null} for REDIRECT</li>
 *   <li>{@code scores} — object: axis (ADMINISTRATIVE, PRESENCE, INTERNAL_TOOLS, STRATEGY) to
 *       0..100; may be empty for REDIRECT</li>
 *   <li>{@code levels} — object: axis to LOW, MEDIUM or HIGH</li>
 *   <li>{@code services} — list of service ids, in the order shown</li>
 * </ul>
 * Readers must ignore fields they do not know: later versions may add some.
 */
public final class DiagnosisExport {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DiagnosisExport() {
    }

    /** Writes one line per diagnosis, each under a pseudonym (see the class comment). */
    public static void write(Iterable<StoredDiagnosis> diagnoses, Writer out) {
        Pseudonyms pseudonyms = Pseudonyms.drawn();
        try {
            for (StoredDiagnosis diagnosis : diagnoses) {
                out.write(line(diagnosis, pseudonyms.of(diagnosis.conversationId())));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the diagnosis export", e);
        }
    }

    /** One diagnosis as one line of JSON (without the line break), under this pseudonym. */
    public static String line(StoredDiagnosis diagnosis, String pseudonym) {
        try {
            ObjectNode line = JSON.createObjectNode();
            line.put("id", pseudonym);
            ObjectNode fields = JSON.valueToTree(diagnosis);
            fields.remove("conversationId");
            line.setAll(fields);
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an export back; blank lines are skipped. @throws IllegalArgumentException naming the bad line */
    public static List<StoredDiagnosis> read(Reader in) {
        var diagnoses = new ArrayList<StoredDiagnosis>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    diagnoses.add(parse(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the diagnosis export", e);
        }
        return diagnoses;
    }

    private static StoredDiagnosis parse(String line, int number) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(line);
            if (!tree.hasNonNull("conversationId") && tree.hasNonNull("id")) {
                tree.set("conversationId", tree.get("id")); // the pseudonym stands for it
            }
            return JSON.treeToValue(tree, StoredDiagnosis.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("line " + number + " of the diagnosis export is not a diagnosis: "
                    + e.getOriginalMessage(), e);
        }
    }
}
