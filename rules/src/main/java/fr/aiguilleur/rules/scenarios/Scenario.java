package fr.aiguilleur.rules.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario: answers, and what the rules must conclude from them.
 *
 * @param name    unique in its file, kebab-case
 * @param story   free text for humans, optional
 * @param answers question id to option id, list of option ids, or typed text, as written
 * @param expect  what must come out; only what is given is checked
 * @param localPlaces the local places the operator's catalogue would list for the person's
 *                    département (service ids, in order), standing in for the catalogue; empty
 *                    for none (the places then come from the catalogue in use)
 */
public record Scenario(String name, String story, Map<String, Object> answers, Expectation expect,
        @com.fasterxml.jackson.annotation.JsonProperty("local_places") java.util.List<String> localPlaces) {

    public Scenario {
        localPlaces = localPlaces == null ? java.util.List.of() : java.util.List.copyOf(localPlaces);
        Objects.requireNonNull(name, "every scenario needs a name");
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        expect = expect == null ? Expectation.NOTHING : expect;
    }
}
