package fr.aiguilleur.rules;

/**
 * A local place the operator listed for the person's département (config/services.yaml); the engine
 * inserts one fact per place before the rules run.
 *
 * @param service the place's service id
 * @param name    its name, for the reason
 * @param order   its position in the operator's file (1 first)
 */
public record LocalPlace(String service, String name, int order) {
}
