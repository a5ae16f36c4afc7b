package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.Personas;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The places near the person in their result, through the chat API as the page gets it: a person
 * of Langogne (48300, Lozère: no place within 30 km, so the rules look within 60) with
 * administrative needs, against the packaged sample of places (see rules/scenarios/places.yaml).
 */
@BotTest
class WebChatPlacesTests {

    @Autowired
    WebTestClient client;

    /** The baker who struggles with her online procedures, living in Langogne. */
    private static Map<String, Object> answersFromLangogne() {
        var answers = new LinkedHashMap<>(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("postcode", "48300");
        return answers;
    }

    private static String placesMessage(WebChatPerson person, String heading) {
        return person.received().stream().map(WebChatPerson.Message::text).filter(text -> text.startsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no places message in:\n" + person.transcript()));
    }

    @Test
    void namesThePlaceNearestToHelpWithProceduresInFrench() {
        var person = new WebChatPerson(client).opens();
        person.taps("consent", "yes");
        person.answers(answersFromLangogne());

        String places = placesMessage(person, "Près de chez vous, des lieux pour vous aider :");
        assertThat(places).containsSubsequence(
                "(Exemple : ces lieux ne sont pas réels, le service n'a pas encore la liste nationale.)",
                "• France Services de Mende (exemple)",
                "km, aide aux démarches administratives",
                ", gratuit",
                "4 boulevard de l'Exemple, 48000 Mende",
                "Téléphone : +33400000004",
                "Voir sur la carte : https://www.openstreetmap.org/?mlat=44.518",
                "Informations du 1 octobre 2026");
        assertThat(places).containsPattern("(Ouvert aujourd'hui, de 9h00 à 12h00|Prochaine ouverture : \\p{L}+ à 9h00)");
        assertThat(places).doesNotContain("Near you", "free", "Administrative need");
    }

    @Test
    void namesTheSamePlaceInEnglishToAPersonWhoChoseEnglish() {
        var person = new WebChatPerson(client).opens();
        person.commands("langue");
        person.taps("consent", "yes");
        person.answers(answersFromLangogne());

        String places = placesMessage(person, "Near you, places that can help:");
        assertThat(places).containsSubsequence(
                "(Example: these places are not real, the service does not have the national list yet.)",
                "• France Services de Mende (exemple)",
                "km away, help with administrative procedures",
                ", free",
                "Phone: +33400000004",
                "See on the map: https://www.openstreetmap.org/",
                "Information of October 1, 2026");
        assertThat(places).containsPattern("(Open today, from 9h00 to 12h00|Next opening: \\p{L}+ at 9h00)");
        String afterSwitch = person.transcript().substring(person.transcript().indexOf("OK, I will continue in English."));
        assertThat(afterSwitch).doesNotContain("Près de chez vous", "gratuit", "démarches");
    }
}
