package dev.mux.server.term;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines that scrolled off the top of the screen, oldest first, at most {@code limit} of them. Like
 * tmux, a full history drops its oldest tenth at once (at least one line) before taking a new line,
 * so its size, and what {@code capture-pane -S -} shows, match tmux's. The lines are compact and
 * immutable ({@link HistoryLine}); the one change history makes, ending the newest line's
 * wrapping, replaces that line.
 *
 * <p>The newest lines stay as they are, in a ring: they are the ones a resize pulls back and copy
 * mode shows first. Older lines are {@link PackedLines packed} a block at a time, and the block
 * last read stays unpacked, so reading history in order (capture-pane, copy mode's snapshot)
 * inflates each block once. Where the whole history fits in {@link #MAX_RECENT_LINES} (the default
 * limit does), packing waits: the ring takes every line while output streams in, and
 * {@link #packOld()}, called when the pane's output pauses, packs all but
 * {@link #KEPT_RECENT_LINES}. A flood through such a pane then drops its lines before any is
 * packed; packing each one cost more than all else the server did for it. A longer history packs
 * a block as soon as the ring holds more than {@link #KEPT_RECENT_LINES}: a flood there packs every
 * line either way, and a ring as long would only hold more memory.
 */
final class History {
    /** Lines packed together: large enough to deflate well, small enough to inflate in microseconds. */
    static final int BLOCK_LINES = 128;
    /** Lines the ring keeps unpacked once packed ({@link #packOld()}). */
    static final int KEPT_RECENT_LINES = 2 * BLOCK_LINES;
    /** The longest history whose packing waits: about 200 KB of compact lines. */
    static final int MAX_RECENT_LINES = 16 * BLOCK_LINES;

    private final int limit;
    /** Lines the ring takes before it packs a block as lines come. */
    private final int ringLimit;
    /** Packed blocks, oldest first; the first one's oldest {@link #skipped} lines are dropped. */
    private final List<PackedLines> packed = new ArrayList<>();
    private int skipped;
    private int packedSize;
    /** The newest lines, unpacked: a ring of {@link #recentSize} lines from slot {@link #first}. */
    private HistoryLine[] recent = new HistoryLine[KEPT_RECENT_LINES];
    private int first;
    private int recentSize;
    private PackedLines cachedBlock;
    private HistoryLine[] cachedLines;

    History(int limit) {
        this.limit = Math.max(0, limit);
        int blocks = (this.limit + BLOCK_LINES - 1) / BLOCK_LINES;
        ringLimit = this.limit <= MAX_RECENT_LINES ? Math.max(KEPT_RECENT_LINES, blocks * BLOCK_LINES) : KEPT_RECENT_LINES;
    }

    /** False for a grid that keeps no history (limit 0), where scrolled-off lines are dropped. */
    boolean enabled() {
        return limit > 0;
    }

    int size() {
        return packedSize + recentSize;
    }

    /** Line {@code index}, 0 being the oldest. */
    HistoryLine get(int index) {
        if (index >= packedSize) {
            return recent[slot(index - packedSize)];
        }
        int line = index + skipped;
        return unpacked(packed.get(line / BLOCK_LINES))[line % BLOCK_LINES];
    }

    /** The newest {@code count} lines (or all there are), copied for reading later, on any thread. */
    HistoryCopy copyNewest(int count) {
        int from = Math.max(0, size() - Math.max(0, count));
        List<PackedLines> blocks = new ArrayList<>();
        int offset = 0;
        int packedCount = Math.max(0, packedSize - from);
        if (packedCount > 0) {
            int line = from + skipped;
            offset = line % BLOCK_LINES;
            for (int block = line / BLOCK_LINES; block < packed.size(); block++) blocks.add(packed.get(block));
        }
        int recentFrom = Math.max(0, from - packedSize);
        HistoryLine[] newest = new HistoryLine[recentSize - recentFrom];
        for (int i = 0; i < newest.length; i++) newest[i] = recent[slot(recentFrom + i)];
        return new HistoryCopy(blocks, offset, packedCount, newest);
    }

    /** Adds the newest line, first dropping the oldest tenth if full; a limit of 0 drops the line. */
    void push(HistoryLine line) {
        if (limit == 0) {
            return;
        }
        if (size() >= limit) {
            dropOldest(Math.max(1, limit / 10));
        }
        append(line);
    }

    /**
     * Adds the newest line without dropping any: a resize may leave more lines than the limit, as
     * in tmux, and the lines that scroll in later drop a tenth at a time until it holds again.
     */
    void append(HistoryLine line) {
        if (limit == 0) {
            return;
        }
        if (recentSize == recent.length) {
            if (recent.length < ringLimit) {
                growRecent();
            } else {
                packOldestRecent();
            }
        }
        recent[slot(recentSize)] = line;
        recentSize++;
    }

    /** Whether {@link #packOld()} has lines to pack. */
    boolean hasOldToPack() {
        return recentSize > KEPT_RECENT_LINES;
    }

    /** Packs the unpacked lines but the newest {@link #KEPT_RECENT_LINES} or so, a block at a time. */
    void packOld() {
        while (recentSize > KEPT_RECENT_LINES) {
            packOldestRecent();
        }
    }

    /** Ends the wrapping of the newest line, if any: the line below it is no longer its continuation. */
    void unwrapNewest() {
        unpackNewestIfNoneRecent();
        if (recentSize > 0) {
            int slot = slot(recentSize - 1);
            recent[slot] = recent[slot].withWrapped(false);
        }
    }

    /** Removes and returns the newest line, or null if there is none. */
    HistoryLine popNewest() {
        unpackNewestIfNoneRecent();
        if (recentSize == 0) {
            return null;
        }
        int slot = slot(recentSize - 1);
        HistoryLine newest = recent[slot];
        recent[slot] = null;
        recentSize--;
        return newest;
    }

    void clear() {
        packed.clear();
        skipped = 0;
        packedSize = 0;
        recent = new HistoryLine[KEPT_RECENT_LINES];
        first = 0;
        recentSize = 0;
        forgetCache();
    }

    /** Forgets the {@code count} oldest lines: whole blocks go, a block partly dropped stays until it is all gone. */
    private void dropOldest(int count) {
        int fromPacked = Math.min(count, packedSize);
        skipped += fromPacked;
        packedSize -= fromPacked;
        while (!packed.isEmpty() && skipped >= packed.get(0).count()) {
            skipped -= packed.get(0).count();
            if (packed.remove(0) == cachedBlock) forgetCache();
        }
        for (int step = fromPacked; step < count; step++) {
            recent[first] = null;
            first = (first + 1) % recent.length;
            recentSize--;
        }
    }

    /** Doubles the ring, its lines moved to the start of the new one. */
    private void growRecent() {
        HistoryLine[] grown = new HistoryLine[Math.min(ringLimit, recent.length * 2)];
        for (int index = 0; index < recentSize; index++) {
            grown[index] = recent[slot(index)];
        }
        recent = grown;
        first = 0;
    }

    private void packOldestRecent() {
        HistoryLine[] oldest = new HistoryLine[BLOCK_LINES];
        for (int index = 0; index < BLOCK_LINES; index++) {
            oldest[index] = recent[first];
            recent[first] = null;
            first = (first + 1) % recent.length;
        }
        recentSize -= BLOCK_LINES;
        packed.add(PackedLines.pack(oldest, 0, BLOCK_LINES));
        packedSize += BLOCK_LINES;
    }

    /** A resize may pull back more lines than are unpacked: the newest block then becomes recent again. */
    private void unpackNewestIfNoneRecent() {
        if (recentSize > 0 || packed.isEmpty()) {
            return;
        }
        PackedLines newest = packed.remove(packed.size() - 1);
        HistoryLine[] lines = unpacked(newest);
        int from = packed.isEmpty() ? skipped : 0;
        if (packed.isEmpty()) {
            skipped = 0;
        }
        forgetCache();
        first = 0;
        for (int index = from; index < lines.length; index++) {
            recent[recentSize++] = lines[index];
        }
        packedSize -= lines.length - from;
    }

    private HistoryLine[] unpacked(PackedLines block) {
        if (block != cachedBlock) {
            cachedLines = block.unpack();
            cachedBlock = block;
        }
        return cachedLines;
    }

    private void forgetCache() {
        cachedBlock = null;
        cachedLines = null;
    }

    private int slot(int index) {
        return (first + index) % recent.length;
    }
}
