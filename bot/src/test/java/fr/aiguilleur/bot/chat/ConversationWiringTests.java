package fr.aiguilleur.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationWiringTests {

    final ConversationWiring wiring = new ConversationWiring();

    @Test
    void readsTheOperatorsCatalogueWhenTheConfigFolderHasOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("services.yaml"), """
                services:
                  - id: maison-numerique-libourne
                    name: Maison du numérique de Libourne
                    description: {fr: Un lieu pour se faire aider avec le numérique.}
                    url: https://example.fr
                    needs: [INTERNAL_TOOLS]
                    departement: "33"
                    address: 1 place Abel Surchamp, 33500 Libourne
                    phone: "05 57 00 00 00"
                """);

        ServiceCatalogue catalogue = wiring.serviceCatalogue(new OperatorSettings(folder));

        assertThat(catalogue.localPlaces("33")).extracting(Service::id).containsExactly("maison-numerique-libourne");
    }

    @Test
    void usesThePackagedCatalogueWithoutOperatorFile(@TempDir Path folder) {
        ServiceCatalogue catalogue = wiring.serviceCatalogue(new OperatorSettings(folder));

        assertThat(catalogue.find("france-services")).isPresent();
    }
}
