package fr.aiguilleur.conversations.booking;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinators and who covers which place, read from {@code config/coordinators.yaml} (a copy
 * of which ships inside the jar as the default). Exactly one of them is the fallback.
 */
public final class Coordinators {

    /** Class-path location of the coordinators file shipped with the application. */
    public static final String PACKAGED = "/aiguilleur/config/coordinators.yaml";

    private final Map<String, Coordinator> byId;
    private final Coordinator fallback;

    /** @throws IllegalArgumentException when ids repeat or there is not exactly one fallback */
    public Coordinators(List<Coordinator> coordinators) {
        var index = new LinkedHashMap<String, Coordinator>();
        for (Coordinator coordinator : coordinators) {
            if (index.putIfAbsent(coordinator.id(), coordinator) != null) {
                throw new IllegalArgumentException("coordinator id " + coordinator.id() + " appears twice");
            }
        }
        var fallbacks = coordinators.stream().filter(Coordinator::fallback).toList();
        if (fallbacks.size() != 1) {
            throw new IllegalArgumentException("exactly one coordinator must be the fallback, not " + fallbacks.size());
        }
        this.byId = java.util.Collections.unmodifiableMap(index);
        this.fallback = fallbacks.get(0);
    }

    /** The coordinators shipped with the application (the demo coordinator). */
    public static Coordinators packaged() {
        try (InputStream in = Coordinators.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new InvalidCoordinators("the packaged coordinators file " + PACKAGED + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), PACKAGED);
        } catch (IOException e) {
            throw new InvalidCoordinators("cannot read the packaged coordinators file " + PACKAGED, e);
        }
    }

    /** Reads an operator's file. @throws InvalidCoordinators naming the line of each problem */
    public static Coordinators load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidCoordinators("cannot read the coordinators file " + file, e);
        }
    }

    /** Reads coordinators YAML; {@code source} names it in problems. @throws InvalidCoordinators */
    public static Coordinators parse(String yaml, String source) {
        return CoordinatorsLoader.parse(yaml, source);
    }

    /**
     * Who follows up a person from this place: a postcode ("33210") or a département code ("33",
     * "2A", "974"). The most specific territory wins (a postcode prefix over a département, a
     * département over "*"); nobody → the fallback coordinator, not covered.
     */
    public Routing route(String postcodeOrDepartement) {
        Territory.Place place = Territory.Place.of(postcodeOrDepartement);
        record Match(Coordinator coordinator, Territory territory) {
        }
        return byId.values().stream()
                .flatMap(coordinator -> coordinator.territories().stream()
                        .flatMap(code -> Territory.parse(code).stream())
                        .filter(territory -> territory.covers(place))
                        .map(territory -> new Match(coordinator, territory)))
                .max(Comparator.comparingInt(match -> match.territory().specificity()))
                .map(match -> new Routing(match.coordinator(), true))
                .orElseGet(() -> new Routing(fallback, false));
    }

    public Optional<Coordinator> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every coordinator, in file order. */
    public List<Coordinator> all() {
        return List.copyOf(byId.values());
    }

    /** The coordinator who gets the places nobody covers. */
    public Coordinator fallback() {
        return fallback;
    }
}
