package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.channels.ConversationId;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conversation ids of the activity index between two instants, read from Redis a page at a
 * time while iterated, so that a job walking 100,000 conversations never holds all their ids. A
 * view, not a copy: each iteration reads the index as it then is ({@code size} and {@code get}
 * read it all). Pages follow scores, not positions, so a walker that deletes what it walked skips
 * nothing; ids sharing the score that ends a page are all read before going past it.
 */
final class ActivityPages extends AbstractList<ConversationId> {

    static final int PAGE = 1_000;

    private final Redis redis;
    private final String index;
    private final long from;
    private final long last;
    private final int pageSize;

    /** Ids whose score (epoch millis) is at least {@code from} and at most {@code last}. */
    ActivityPages(Redis redis, String index, long from, long last, int pageSize) {
        this.redis = redis;
        this.index = index;
        this.from = from;
        this.last = last;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<ConversationId> iterator() {
        return new Pages();
    }

    @Override
    public ConversationId get(int position) {
        return all().get(position);
    }

    @Override
    public int size() {
        return all().size();
    }

    private List<ConversationId> all() {
        var ids = new ArrayList<ConversationId>();
        iterator().forEachRemaining(ids::add);
        return ids;
    }

    /** Reads the next page when the current one is used up. */
    private final class Pages implements Iterator<ConversationId> {

        private final Deque<ConversationId> page = new ArrayDeque<>();
        private Range.Boundary<Long> lower = Range.Boundary.including(from);
        private boolean read;

        @Override
        public boolean hasNext() {
            while (page.isEmpty() && !read) {
                readPage();
            }
            return !page.isEmpty();
        }

        @Override
        public ConversationId next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.poll();
        }

        private void readPage() {
            List<ScoredValue<String>> found = redis.call("list conversations by activity", commands ->
                    commands.zrangebyscoreWithScores(index, Range.from(lower, Range.Boundary.including(last)),
                            Limit.create(0, pageSize)));
            found.forEach(entry -> page.add(new ConversationId(entry.getValue())));
            if (found.size() < pageSize) {
                read = true;
                return;
            }
            long end = (long) found.get(found.size() - 1).getScore();
            Set<String> listed = found.stream().filter(entry -> entry.getScore() == end).map(ScoredValue::getValue)
                    .collect(Collectors.toSet());
            List<String> tied = redis.call("list conversations by activity",
                    commands -> commands.zrangebyscore(index, Range.create(end, end)));
            tied.stream().filter(id -> !listed.contains(id)).forEach(id -> page.add(new ConversationId(id)));
            lower = Range.Boundary.excluding(end);
        }
    }
}
