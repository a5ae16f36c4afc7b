/** Where a conversation takes place and how it is named: the channel and the conversation's id. */
package fr.aiguilleur.conversations.channels;
