package fr.aiguilleur.bot.limits;

import io.github.bucket4j.Bucket;

/** Where the token buckets live: this instance's memory, or Redis for all instances. */
public interface Buckets {

    /** The bucket of a key, made with the rate's configuration when new. */
    Bucket of(String key, Rate rate);
}
