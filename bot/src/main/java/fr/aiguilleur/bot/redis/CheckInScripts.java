package fr.aiguilleur.bot.redis;

/**
 * The Lua scripts of {@link RedisCheckIns}, each all or nothing. KEYS: the check-in, the index of
 * all by agreement time, the index of the waiting ones, the conversation's set. ARGV: JSON, id,
 * agreement time (epoch millis), status, TTL in millis ({@code 0}: kept for ever), the check-in key
 * prefix (to reach the other check-ins of the conversation, in the same hash slot), and for an
 * update the version it replaces.
 */
final class CheckInScripts {

    /**
     * Writes the check-in and keeps the indexes in step: waiting or not, and the conversation's set
     * kept as long as its longest-kept check-in (for ever while one is), its expired ids dropped.
     */
    private static final String PUT = """
            local function put()
              if ARGV[5] == '0' then
                redis.call('SET', KEYS[1], ARGV[1])
              else
                redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[5])
              end
              redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
              if ARGV[4] == 'WAITING' then
                redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
              else
                redis.call('ZREM', KEYS[3], ARGV[2])
              end
              redis.call('SADD', KEYS[4], ARGV[2])
              local longest = 0
              for _, id in ipairs(redis.call('SMEMBERS', KEYS[4])) do
                local ttl = redis.call('PTTL', ARGV[6] .. id)
                if ttl == -1 then
                  redis.call('PERSIST', KEYS[4])
                  return 1
                elseif ttl == -2 then
                  redis.call('SREM', KEYS[4], id)
                elseif ttl > longest then
                  longest = ttl
                end
              end
              redis.call('PEXPIRE', KEYS[4], longest)
              return 1
            end
            """;

    /** 1 when added; 0 when a check-in of this id is kept already (left as it is). */
    static final String ADD = PUT + """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return 0
            end
            return put()
            """;

    /** 1 when replaced; 0 when the stored check-in is gone or not at the version ARGV[7]. */
    static final String UPDATE = PUT + """
            local stored = redis.call('GET', KEYS[1])
            if not stored or tonumber(cjson.decode(stored).version) ~= tonumber(ARGV[7]) then
              return 0
            end
            return put()
            """;

    /** KEYS: the conversation's set, the index of all, the index of the waiting; ARGV: the check-in key prefix. */
    static final String ERASE = """
            local ids = redis.call('SMEMBERS', KEYS[1])
            for _, id in ipairs(ids) do
              redis.call('DEL', ARGV[1] .. id)
              redis.call('ZREM', KEYS[2], id)
              redis.call('ZREM', KEYS[3], id)
            end
            redis.call('DEL', KEYS[1])
            return #ids
            """;

    private CheckInScripts() {
    }
}
