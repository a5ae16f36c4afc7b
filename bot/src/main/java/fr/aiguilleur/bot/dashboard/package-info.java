/**
 * The coordinators' dashboard under {@code /dashboard}: login (Spring Security, users from the
 * coordinators file), the leads a coordinator may see, their detail, status changes and notes, the
 * CSV export and the indicators. Pages are server-rendered Thymeleaf templates, which escape every
 * value by default.
 */
package fr.aiguilleur.bot.dashboard;
