/**
 * The CRM webhook: each lead change is queued in a persisted outbox as it is stored, then posted,
 * signed with HMAC-SHA256, until the CRM acknowledges it. Off unless
 * {@code AIGUILLEUR_CRM_WEBHOOK_URL} is set.
 */
package fr.aiguilleur.bot.crm;
