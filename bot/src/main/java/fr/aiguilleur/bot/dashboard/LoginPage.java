package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.limits.Limit;
import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it sends (POST to the same address). */
@Controller
class LoginPage {

    /**
     * {@code ?error} after a failed sign-in, {@code ?logout} after signing out (both without a
     * value), {@code ?wait=seconds&by=account|address} when too many sign-ins failed.
     */
    @GetMapping(DashboardSecurity.LOGIN)
    String login(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        model.addAttribute("throttled", throttled(query.getFirst("wait"), query.getFirst("by")));
        return "dashboard/login";
    }

    /** The text telling how long to wait, or null. */
    private static String throttled(String wait, String by) {
        if (wait == null || !wait.matches("[0-9]{1,6}")) {
            return null;
        }
        Limit limit = "account".equals(by) ? Limit.LOGIN_FAILURES_PER_ACCOUNT : Limit.LOGIN_FAILURES_PER_ADDRESS;
        return RateLimits.refusalText(limit, Duration.ofSeconds(Long.parseLong(wait)), Texts.FRENCH);
    }
}
