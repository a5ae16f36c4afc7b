/**
 * What a person keeps after booking and can ask for: the calendar invite of the visit (RFC 5545,
 * biweekly), the files given beside messages (result card, invite, own data as JSON), and the
 * confirmation and reminder e-mails (Spring Boot mail, on when {@code SPRING_MAIL_HOST} is set).
 */
package fr.aiguilleur.bot.followup;
