package dev.mux.server.tree;

import dev.mux.server.input.KeyReader;
import dev.mux.server.mode.ModeCanvas;
import dev.mux.server.mode.ModeContext;
import dev.mux.server.mode.PaneMode;
import dev.mux.server.prompt.CommandPrompt;
import dev.mux.server.prompt.PromptHistory;
import dev.mux.server.prompt.PromptTemplates;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A pane mode showing a {@link ModeTree}: the tree's keys, the chooser's keys, and the lines typed
 * at a prompt over the status line (the search, the filter, a question or a command for the
 * tagged items). Enter leaves and runs the command with {@code %%} replaced by the chosen item's
 * target, or for each tagged item when any is tagged, as tmux's choose modes do.
 */
public final class TreeMode implements PaneMode {
    private final String name;
    private final ModeTree tree;
    private final Chooser chooser;
    private final String command;
    private final long modeStyle;
    /** A line being typed over the status line, and what to do with it once submitted; null when none. */
    private CommandPrompt prompt;
    private Consumer<String> submitted;
    /** The prompt takes one key and submits it (a yes/no question). */
    private boolean singleKey;
    private ModeContext context;

    /**
     * A mode named {@code name} (tmux's: {@code tree-mode}, {@code buffer-mode}...) over
     * {@code tree}, running {@code command} for the chosen items, its current line in
     * {@code modeStyle} (packed).
     */
    public TreeMode(String name, ModeTree tree, Chooser chooser, String command, long modeStyle) {
        this.name = name;
        this.tree = tree;
        this.chooser = chooser;
        this.command = command;
        this.modeStyle = modeStyle;
    }

    @Override
    public String name() {
        return name;
    }

    public ModeTree tree() {
        return tree;
    }

    /** The template run for a chosen item. */
    public String command() {
        return command;
    }

    @Override
    public void draw(ModeCanvas canvas) {
        // What the tree shows may have changed since the last frame (a window closed, a buffer added).
        tree.build();
        TreeDrawing.draw(tree, canvas, modeStyle);
        if (prompt != null) canvas.prompt(prompt.display());
    }

    @Override
    public void resize(int columns, int rows) {
        tree.resize(columns, rows);
    }

    @Override
    public void end() {
        chooser.end();
    }

    @Override
    public void wheel(int lines, ModeContext context) {
        for (int i = 0; i < Math.abs(lines); i++) {
            if (lines > 0) tree.up(false);
            else tree.down(false);
        }
        context.redraw();
    }

    @Override
    public void key(String canonicalKey, ModeContext context) {
        this.context = context;
        if (prompt != null) {
            promptKey(canonicalKey);
            context.redraw();
            return;
        }
        int chosen = tree.lineForKey(canonicalKey);
        if (chosen >= 0) {
            tree.select(chosen);
            choose();
            context.redraw();
            return;
        }
        TreeKeys.Action action = TreeKeys.of(canonicalKey);
        if (action == null) chooser.key(canonicalKey, this);
        else act(action);
        if (chooser.gone()) context.exit();
        context.redraw();
    }

    private void act(TreeKeys.Action action) {
        switch (action) {
            case LEAVE -> context.exit();
            case UP -> tree.up(true);
            case DOWN -> tree.down(true);
            case PAGE_UP -> tree.pageUp();
            case PAGE_DOWN -> tree.pageDown();
            case FIRST -> tree.first();
            case LAST -> tree.last();
            case TAG -> {
                // As tmux's: a key (not only the mouse) that tags moves on to the next line.
                tree.toggleTag();
                tree.down(false);
            }
            case TAG_NONE -> tree.tagNone();
            case TAG_ALL -> tree.tagAll();
            case NEXT_SORT -> tree.nextSortOrder();
            case REVERSE -> tree.reverse();
            case COLLAPSE -> tree.collapse();
            case EXPAND -> tree.expandCurrent();
            case COLLAPSE_ALL -> tree.expandAll(false);
            case EXPAND_ALL -> tree.expandAll(true);
            case SEARCH -> ask("(search) ", "", text -> tree.search(text, true));
            case SEARCH_NEXT -> tree.search(null, true);
            case SEARCH_PREVIOUS -> tree.search(null, false);
            case FILTER -> ask("(filter) ", tree.filter() == null ? "" : tree.filter(), tree::filter);
            case PREVIEW -> tree.togglePreview();
            case CHOOSE -> choose();
        }
    }

    /** Leaves, then runs the command for the current item. */
    public void choose() {
        TreeItem current = tree.current();
        if (current != null && chooser.chosen(current, this)) return;
        context.exit();
        if (current == null || command == null || command.isEmpty()) return;
        String target = chooser.target(current);
        if (target != null) context.run(PromptTemplates.fill(command, target));
    }

    /** Runs {@code template} with {@code %%} as each tagged item's target (or the current item's). */
    public void runForTagged(String template) {
        for (TreeItem item : tree.taggedOrCurrent()) {
            String target = chooser.target(item);
            if (target != null) context.run(PromptTemplates.fill(template, target));
        }
    }

    /** Runs a command line as the client whose key this is. */
    public void run(String commandLine) {
        context.run(commandLine);
    }

    /** Leaves the mode. */
    public void exit() {
        context.exit();
    }

    /** Opens a prompt over the status line showing {@code label}; what is typed and submitted goes to {@code then}. */
    public void ask(String label, String initial, Consumer<String> then) {
        prompt = new CommandPrompt(label, initial, new PromptHistory());
        submitted = then;
        singleKey = false;
    }

    /** Asks a yes/no question over the status line; {@code yes} runs if the answer is y. */
    public void confirm(String question, Runnable yes) {
        prompt = new CommandPrompt(question, "", new PromptHistory());
        submitted = answer -> {
            if (answer.equals("y")) yes.run();
        };
        singleKey = true;
    }

    private void promptKey(String canonicalKey) {
        CommandPrompt editing = prompt;
        Consumer<String> then = submitted;
        if (singleKey) {
            prompt = null;
            String escape = KeyReader.canonical("Escape");
            if (!canonicalKey.equals(escape)) then.accept(canonicalKey);
            tree.build();
            return;
        }
        CommandPrompt.Outcome outcome = editing.handle(
                new KeyReader.Key(canonicalKey.getBytes(StandardCharsets.ISO_8859_1), canonicalKey));
        if (outcome == CommandPrompt.Outcome.EDITED) return;
        prompt = null;
        if (outcome == CommandPrompt.Outcome.SUBMITTED) then.accept(editing.text());
    }
}
