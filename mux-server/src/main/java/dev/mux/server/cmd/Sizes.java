package dev.mux.server.cmd;

/** Parses a number a user typed for a size, with tmux's wording for what is wrong with it. */
final class Sizes {
    private Sizes() {}

    static int parse(String text, String noun, int min, int max) throws CommandException {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandException(noun + " invalid");
        }
        if (value < min) throw new CommandException(noun + " too small");
        if (value > max) throw new CommandException(noun + " too large");
        return (int) value;
    }
}
