package fr.aiguilleur.bot.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.HtmlUtils;

/**
 * A follow-up page as its reader gets it from the server: its status, its language, what it says
 * and its buttons (label and the option it posts). Fetched and answered as the browser does: a GET
 * of the link, a form post of the tapped button's {@code option}.
 */
record CheckInPageView(int status, String language, String title, List<String> said, Map<String, String> buttons,
        String html) {

    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern SAID = Pattern.compile("<p class=\"said\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("<button([^>]*)>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    static CheckInPageView get(WebTestClient client, String path, String acceptLanguage) {
        var request = client.get().uri(path).accept(MediaType.TEXT_HTML);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        var result = request.exchange().expectBody(String.class).returnResult();
        return read(result.getStatus().value(), result.getResponseBody());
    }

    static CheckInPageView get(WebTestClient client, String path) {
        return get(client, path, null);
    }

    static CheckInPageView post(WebTestClient client, String path, String option) {
        var result = client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML).body(BodyInserters.fromFormData("option", option)).exchange()
                .expectBody(String.class).returnResult();
        return read(result.getStatus().value(), result.getResponseBody());
    }

    static CheckInPageView read(int status, String html) {
        String body = html == null ? "" : html;
        var said = new ArrayList<String>();
        Matcher texts = SAID.matcher(body);
        while (texts.find()) {
            said.add(spaced(HtmlUtils.htmlUnescape(texts.group(1)).strip()));
        }
        var buttons = new java.util.LinkedHashMap<String, String>();
        Matcher found = BUTTON.matcher(body);
        while (found.find()) {
            Matcher value = VALUE.matcher(found.group(1));
            buttons.put(value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "",
                    HtmlUtils.htmlUnescape(found.group(2)).strip());
        }
        Matcher lang = LANG.matcher(body);
        Matcher title = TITLE.matcher(body);
        return new CheckInPageView(status, lang.find() ? lang.group(1) : null,
                title.find() ? HtmlUtils.htmlUnescape(title.group(1)).strip() : null, List.copyOf(said),
                java.util.Collections.unmodifiableMap(buttons), body);
    }

    /** As the person reads it: the no-break spaces that keep punctuation with its word read as spaces. */
    static String spaced(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    /** The last thing the page says (the question asked, or the thanks). */
    String last() {
        return said.isEmpty() ? "" : said.get(said.size() - 1);
    }

    /** The options of the buttons, in order. */
    List<String> options() {
        return List.copyOf(buttons.keySet());
    }
}
