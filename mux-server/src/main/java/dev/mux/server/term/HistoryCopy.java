package dev.mux.server.term;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest lines of a history, taken on the loop at the cost of a few references (the packed
 * blocks are shared, being immutable, and so are the unpacked lines) and read later on any thread,
 * where the packed blocks are inflated: a snapshot of many panes' scrollback inflates nothing on
 * the event loop.
 */
public final class HistoryCopy {
    private final List<PackedLines> blocks;
    /** Lines of the first block to pass over. */
    private final int offset;
    /** Lines taken from the blocks, from {@link #offset} on. */
    private final int packedCount;
    private final HistoryLine[] recent;

    HistoryCopy(List<PackedLines> blocks, int offset, int packedCount, HistoryLine[] recent) {
        this.blocks = List.copyOf(blocks);
        this.offset = offset;
        this.packedCount = packedCount;
        this.recent = recent;
    }

    public int size() {
        return packedCount + recent.length;
    }

    /** The lines, oldest first; inflates the packed ones (any thread). */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(size());
        for (int block = 0; block < blocks.size(); block++) lines.addAll(blockLines(block));
        lines.addAll(recentLines());
        return lines;
    }

    /** How many packed blocks the copy reads lines from. */
    public int blockCount() {
        return blocks.size();
    }

    /**
     * What block {@code index} gives: equal keys give equal lines, in this copy or a later one of the
     * same history, so whoever turns lines into something can keep the result by it.
     */
    public Object blockKey(int index) {
        return new BlockKey(blocks.get(index), firstTaken(index), takenFrom(index));
    }

    /** The lines taken from packed block {@code index}, inflated (any thread). */
    public List<Line> blockLines(int index) {
        HistoryLine[] unpacked = blocks.get(index).unpack();
        int from = firstTaken(index);
        return List.<Line>of(unpacked).subList(from, from + takenFrom(index));
    }

    /** The lines that were not packed, newest last. */
    public List<Line> recentLines() {
        return List.<Line>of(recent);
    }

    private int firstTaken(int index) {
        return index == 0 ? offset : 0;
    }

    private int takenFrom(int index) {
        int before = 0;
        for (int block = 0; block < index; block++) before += blocks.get(block).count() - firstTaken(block);
        return Math.min(blocks.get(index).count() - firstTaken(index), packedCount - before);
    }

    /** A packed block (by identity: blocks are immutable) and the lines taken from it. */
    private record BlockKey(PackedLines block, int from, int count) {}
}
