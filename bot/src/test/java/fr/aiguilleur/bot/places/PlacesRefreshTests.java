package fr.aiguilleur.bot.places;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesRefreshTests {

    private static final String HEADER = "id,nom,commune,code_postal,latitude,longitude,services,date_maj\n";
    private static final String FIRST = HEADER
            + "a,Lieu A,Périgueux,24000,45.18,0.72,Aide aux démarches administratives,2026-11-01\n"
            + "b,Lieu B,Bergerac,24100,44.85,0.48,Aide aux démarches administratives,2026-11-02\n";
    private static final String SECOND = HEADER
            + "c,Lieu C,Mende,48000,44.52,3.50,Aide aux démarches administratives,2026-12-01\n"
            + "bad,Lieu sans position,Mende,48000,,,Aide aux démarches administratives,2026-12-01\n";

    private final WireMockServer national = new WireMockServer(options().dynamicPort());
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private String url;

    @BeforeEach
    void start() {
        national.start();
        url = national.baseUrl() + "/lieux.csv";
    }

    @AfterEach
    void stop() {
        national.stop();
    }

    private PlacesInUse places() {
        return new PlacesInUse(new PlacesSettings(null, url,
                folder.resolve("cache/lieux.csv").toString(), Duration.ofHours(24), Duration.ofSeconds(10)), clock);
    }

    private void serve(int status, String body) {
        national.stubFor(get(urlEqualTo("/lieux.csv")).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void beforeAnyDownloadThePackagedSampleIsUsedAndSaidToBeOne() {
        PlacesInUse places = places();

        assertThat(places.current().sample()).isTrue();
        assertThat(PlacesStatusApi.View.of(places.current(), places.lastRefresh()).source()).contains("sample");
    }

    @Test
    void aNewFileReplacesThePlacesAndIsKeptOnDisk() throws Exception {
        PlacesInUse places = places();
        serve(200, FIRST);
        places.refresh();
        serve(200, SECOND);

        places.refresh();

        assertThat(places.current().places()).extracting(place -> place.id()).containsExactly("c");
        assertThat(places.current().sample()).isFalse();
        assertThat(Files.readString(folder.resolve("cache/lieux.csv"))).isEqualTo(SECOND);
        var status = PlacesStatusApi.View.of(places.current(), places.lastRefresh());
        assertThat(status.rowsRead()).isEqualTo(2);
        assertThat(status.rowsSkipped()).isEqualTo(1);
        assertThat(status.skipped().get(0).line()).isEqualTo(3);
        assertThat(status.skipped().get(0).reason()).isEqualTo("no latitude or longitude");
        assertThat(status.dataDate()).hasToString("2026-12-01");
        assertThat(status.lastRefresh().ok()).isTrue();
        assertThat(status.lastRefresh().at()).isEqualTo(clock.instant());
    }

    @Nested
    class WhenTheDownloadFails {

        @Test
        void anErrorOfTheServerKeepsTheLastGoodPlaces() {
            PlacesInUse places = places();
            serve(200, FIRST);
            places.refresh();
            serve(500, "oops");

            places.refresh();

            assertThat(places.current().places()).extracting(place -> place.id()).containsExactly("a", "b");
            assertThat(places.lastRefresh().ok()).isFalse();
            assertThat(places.lastRefresh().outcome()).contains("HTTP 500").contains("previous places kept");
        }

        @Test
        void aCutFileKeepsTheLastGoodPlacesAndTheCopyOnDisk() throws Exception {
            PlacesInUse places = places();
            serve(200, FIRST);
            places.refresh();
            serve(200, HEADER + "c,Lieu C,Mende,48000,44.52,3.50,Aide aux démarches administratives,2026-12-01\n"
                    + "d,\"Lieu D cou");

            places.refresh();

            assertThat(places.current().places()).extracting(place -> place.id()).containsExactly("a", "b");
            assertThat(places.lastRefresh().outcome()).contains("cut");
            assertThat(Files.readString(folder.resolve("cache/lieux.csv"))).isEqualTo(FIRST);
        }

        @Test
        void aPageWithNoValidRowKeepsTheLastGoodPlaces() {
            PlacesInUse places = places();
            serve(200, FIRST);
            places.refresh();
            serve(200, "<html>maintenance</html>");

            places.refresh();

            assertThat(places.current().places()).hasSize(2);
            assertThat(places.lastRefresh().outcome()).contains("no valid row");
        }

        @Test
        void atTheNextStartTheCopyKeptOnDiskIsServedBeforeAnyDownload() {
            serve(200, FIRST);
            places().refresh();
            national.stop();

            PlacesInUse restarted = places();
            restarted.startQuickly();

            assertThat(restarted.current().places()).hasSize(2);
            assertThat(restarted.current().source()).contains("copy kept on");
        }
    }
}
