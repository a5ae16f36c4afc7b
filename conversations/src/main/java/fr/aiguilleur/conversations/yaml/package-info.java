/** Reading the YAML files people edit, so that every problem names its file and line. */
package fr.aiguilleur.conversations.yaml;
