package fr.aiguilleur.conversations.services;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the rules may point to: national services and the local places an operator added,
 * read from {@code config/services.yaml} (a copy of which ships inside the jar as the default).
 */
public final class ServiceCatalogue {

    /** Class-path location of the catalogue shipped with the application. */
    public static final String PACKAGED = "/aiguilleur/config/services.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Map<String, Service> byId;

    public ServiceCatalogue(List<Service> services) {
        var index = new LinkedHashMap<String, Service>();
        for (Service service : services) {
            if (index.putIfAbsent(service.id(), service) != null) {
                throw new IllegalArgumentException("service id " + service.id() + " appears twice in the catalogue");
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(index);
    }

    /** The catalogue shipped with the application. */
    public static ServiceCatalogue packaged() {
        try (InputStream in = ServiceCatalogue.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException("the packaged services catalogue " + PACKAGED + " is missing");
            }
            return read(in, PACKAGED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an operator's catalogue file. */
    public static ServiceCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services catalogue " + file, e);
        }
    }

    private static ServiceCatalogue read(InputStream in, String source) throws IOException {
        try {
            CatalogueFile file = YAML.readValue(in, CatalogueFile.class);
            return new ServiceCatalogue(file.services());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid services catalogue " + source + ": " + e.getMessage(), e);
        }
    }

    public Optional<Service> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Service> all() {
        return List.copyOf(byId.values());
    }

    /** The local places an operator added for this département, in file order. */
    public List<Service> localPlaces(String departement) {
        return byId.values().stream()
                .filter(service -> departement != null && departement.equals(service.departement()))
                .toList();
    }

    private record CatalogueFile(List<Service> services) {
    }
}
