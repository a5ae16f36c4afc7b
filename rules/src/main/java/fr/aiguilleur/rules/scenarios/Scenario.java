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
 */
public record Scenario(String name, String story, Map<String, Object> answers, Expectation expect) {

    public Scenario {
        Objects.requireNonNull(name, "every scenario needs a name");
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        expect = expect == null ? Expectation.NOTHING : expect;
    }
}
