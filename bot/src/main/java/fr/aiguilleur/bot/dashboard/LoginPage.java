package fr.aiguilleur.bot.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security checks what it sends (POST to the same address). */
@Controller
class LoginPage {

    /** {@code ?error} after a failed sign-in, {@code ?logout} after signing out (both without a value). */
    @GetMapping(DashboardSecurity.LOGIN)
    String login(@RequestParam MultiValueMap<String, String> query, Model model) {
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "dashboard/login";
    }
}
