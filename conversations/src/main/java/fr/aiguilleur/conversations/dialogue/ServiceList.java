package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.util.List;
import java.util.Optional;

/** Shows services as a list: name, one sentence, link (and address, phone for a local place). */
final class ServiceList {

    private final ServiceCatalogue catalogue;

    ServiceList(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The first {@code limit} known services, one bullet each; empty text when there is none. */
    String render(Exchange exchange, List<String> ids, int limit) {
        var text = new StringBuilder();
        ids.stream().map(catalogue::find).flatMap(Optional::stream).limit(limit).forEach(service -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(entry(exchange, service));
        });
        return text.toString();
    }

    private static String entry(Exchange exchange, Service service) {
        var text = new StringBuilder("• ")
                .append(exchange.text("service.entry", service.name(), service.description(exchange.state.language)));
        if (service.address() != null) {
            text.append("\n  ").append(service.address());
        }
        if (service.phone() != null) {
            text.append("\n  ").append(exchange.text("service.phone", service.phone()));
        }
        if (service.url() != null) {
            text.append("\n  ").append(service.url());
        }
        return text.toString();
    }
}
