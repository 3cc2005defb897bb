package dev.mux.server.choose;

import dev.mux.server.buffer.PasteBuffer;
import dev.mux.server.buffer.PasteBuffers;
import dev.mux.server.buffer.Visible;
import dev.mux.server.format.FormatContext;
import dev.mux.server.format.ModeFormats;
import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.prompt.PromptTemplates;
import dev.mux.server.term.Style;
import dev.mux.server.tree.Chooser;
import dev.mux.server.tree.DefaultKeys;
import dev.mux.server.tree.Sort;
import dev.mux.server.tree.TreeBuilder;
import dev.mux.server.tree.TreeItem;
import dev.mux.server.tree.TreeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * choose-buffer's items: the paste buffers, the preview their text line by line with control
 * characters made visible. Enter and {@code p} paste the current buffer, {@code P} the tagged
 * ones; {@code d} deletes the current buffer, {@code D} the tagged ones. The mode leaves when no
 * buffer is left.
 */
public final class ChooseBuffer implements Chooser {
    /** tmux's name of the mode. */
    public static final String NAME = "buffer-mode";
    public static final String DEFAULT_COMMAND = "paste-buffer -b '%%'";
    private static final List<String> SORT_ORDERS = List.of("time", "name", "size");

    private final PasteBuffers buffers;
    /** What the formats are about before a buffer is added: the pane the mode is in and the requesting client. */
    private final FormatContext formats;
    private final String format;
    private final String keyFormat;
    private final Runnable unzoom;

    public ChooseBuffer(PasteBuffers buffers, FormatContext formats, String format, String keyFormat,
                        Runnable unzoom) {
        this.buffers = buffers;
        this.formats = formats;
        this.format = format == null ? ModeFormats.BUFFER : format;
        this.keyFormat = keyFormat;
        this.unzoom = unzoom;
    }

    @Override
    public List<String> sortOrders() {
        return SORT_ORDERS;
    }

    @Override
    public void build(TreeBuilder builder, Sort sort, String filter) {
        List<PasteBuffer> all = new ArrayList<>(buffers.newestFirst());
        Comparator<PasteBuffer> byName = Comparator.comparing(PasteBuffer::name);
        Comparator<PasteBuffer> order = switch (sort.order()) {
            case "size" -> Comparator.comparingInt(PasteBuffer::size).reversed().thenComparing(byName);
            case "name" -> byName;
            default -> Comparator.comparingLong(PasteBuffer::order).reversed().thenComparing(byName);
        };
        all.sort(sort.reversed() ? order.reversed() : order);
        for (PasteBuffer buffer : all) {
            FormatContext context = formats.withBuffer(buffer);
            if (!ItemFormats.passes(filter, context)) continue;
            builder.add(null, buffer.name(), buffer.name(), buffer.name(), context.expand(format), true);
        }
    }

    @Override
    public String keyName(TreeItem item, int line) {
        return keyFormat == null ? DefaultKeys.forLine(line) : ItemFormats.keyName(keyFormat, formats, line);
    }

    @Override
    public boolean matches(TreeItem item, String text) {
        return item.name().contains(text) || buffers.get(item.name()).map(b -> b.data().contains(text)).orElse(false);
    }

    @Override
    public void drawPreview(TreeItem item, ModeCanvas area) {
        buffers.get(item.name()).ifPresent(buffer -> {
            String[] lines = buffer.data().split("\n", -1);
            for (int row = 0; row < area.rows() && row < lines.length; row++) {
                area.putString(0, row, Visible.escape(lines[row]), Style.DEFAULT);
            }
        });
    }

    @Override
    public String target(TreeItem item) {
        return buffers.get(item.name()).isPresent() ? item.name() : null;
    }

    @Override
    public boolean key(String canonicalKey, TreeMode mode) {
        TreeItem current = mode.tree().current();
        if (current == null) return false;
        switch (canonicalKey) {
            case "p" -> mode.choose();
            case "P" -> {
                List<TreeItem> tagged = mode.tree().tagged();
                mode.exit();
                for (TreeItem item : tagged) {
                    String target = target(item);
                    if (target != null) mode.run(PromptTemplates.fill(mode.command(), target));
                }
            }
            case "d" -> buffers.delete(current.name());
            case "D" -> mode.tree().tagged().forEach(item -> buffers.delete(item.name()));
            default -> {
                return false;
            }
        }
        mode.tree().build();
        return true;
    }

    @Override
    public boolean gone() {
        return buffers.top().isEmpty();
    }

    @Override
    public void end() {
        unzoom.run();
    }
}
