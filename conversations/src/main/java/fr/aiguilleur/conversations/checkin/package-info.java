/**
 * The follow-up weeks later: a person who agreed at the end of their conversation is asked, once,
 * whether the service or the visit they were oriented to helped (at most four one-tap questions),
 * and where they now stand on their main need. Plain data and pure steps; the bot sends the
 * questions on the person's channel and keeps the check-ins in its store.
 */
package fr.aiguilleur.conversations.checkin;
