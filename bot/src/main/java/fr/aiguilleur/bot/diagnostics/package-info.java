/** The diagnostics HTTP API: answers in, the rules' full result out, nothing stored. */
package fr.aiguilleur.bot.diagnostics;
