package fr.aiguilleur.rules.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Puts the rules of files compiled one by one into one Drools rule base. They go in as one model,
 * in the files' name order and each file's own order, so that rules of the same phase and salience
 * always fire in that order (Drools breaks such ties by the order rules were loaded).
 */
final class ModelAssembly {

    private ModelAssembly() {
    }

    /** The files' rules as one model, or nothing when two files name a rule alike (the files are built together then). */
    static Optional<Model> assemble(List<Model> models) {
        ModelImpl all = new ModelImpl();
        Set<String> ruleNames = new HashSet<>();
        Map<String, Global> globals = new LinkedHashMap<>();
        Map<Class<?>, TypeMetaData> types = new LinkedHashMap<>();
        for (Model model : models) {
            for (Rule rule : model.getRules()) {
                if (!ruleNames.add(rule.getPackage() + "\n" + rule.getName())) {
                    return Optional.empty();
                }
                all.addRule(rule);
            }
            model.getQueries().forEach(all::addQuery);
            model.getGlobals().forEach(global -> globals.putIfAbsent(global.getPackage() + "." + global.getName(), global));
            model.getTypeMetaDatas().forEach(type -> types.putIfAbsent(type.getType(), type));
        }
        globals.values().forEach(all::addGlobal);
        types.values().forEach(all::addTypeMetaData);
        return Optional.of(all);
    }

    /** A rule base of the model; each call builds a new one (see {@link SoloSession}). */
    static KieBase ruleBase(Model all) {
        return KieBaseBuilder.createKieBaseFromModel(all, KieBaseMutabilityOption.DISABLED);
    }
}
