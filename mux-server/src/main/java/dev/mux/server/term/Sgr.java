package dev.mux.server.term;

/**
 * Applies SGR (Select Graphic Rendition, {@code CSI ... m}) parameters to a screen's pen: its packed
 * {@link Style} and the underline colour ({@code 58}, {@code 59}) its {@link CellExtras} keep.
 * Extended colours accept both the colon forms ({@code 38:5:n}, {@code 38:2::r:g:b},
 * {@code 38:2:r:g:b}) and the common semicolon forms ({@code 38;5;n}, {@code 38;2;r;g;b}).
 * Parameters are consumed as tmux 3.3a consumes them: an out-of-range RGB colour is ignored and
 * only its {@code 38;2} is skipped, an out-of-range palette index resets the colour to the default,
 * and a parameter with sub-parameters other than the underline and colour forms is ignored.
 */
final class Sgr {
    private static final int PALETTE_SIZE = 256;

    private Sgr() {
    }

    /** Applies the parameters to the screen's pen: its packed style and its underline colour (58, 59). */
    static void apply(Screen screen, Params params) {
        CellExtras extras = screen.extras();
        if (params.size() == 0) {
            screen.setPen(Style.DEFAULT);
            extras.setUnderlineColour(Color.DEFAULT);
            return;
        }
        long result = screen.pen();
        int underlineColour = extras.underlineColour();
        int index = 0;
        while (index < params.size()) {
            int code = params.get(index);
            if (params.groupSize(index) > 1 && code != 4 && code != 38 && code != 48 && code != 58) {
                index++;
                continue;
            }
            switch (code) {
                case 0 -> {
                    result = Style.DEFAULT;
                    underlineColour = Color.DEFAULT;
                }
                case 1 -> result |= Style.BOLD;
                case 2 -> result |= Style.DIM;
                case 3 -> result |= Style.ITALIC;
                case 4 -> result = Style.withUnderline(result,
                    params.groupSize(index) > 1 ? params.get(index, 1) : Style.UNDERLINE_SINGLE);
                case 5, 6 -> result |= Style.BLINK;
                case 7 -> result |= Style.REVERSE;
                case 8 -> result |= Style.INVISIBLE;
                case 9 -> result |= Style.STRIKETHROUGH;
                case 21 -> result = Style.withUnderline(result, Style.UNDERLINE_DOUBLE);
                case 22 -> result &= ~(Style.BOLD | Style.DIM);
                case 23 -> result &= ~Style.ITALIC;
                case 24 -> result = Style.withUnderline(result, Style.UNDERLINE_NONE);
                case 25 -> result &= ~Style.BLINK;
                case 27 -> result &= ~Style.REVERSE;
                case 28 -> result &= ~Style.INVISIBLE;
                case 29 -> result &= ~Style.STRIKETHROUGH;
                case 39 -> result = Style.withForeground(result, Color.DEFAULT);
                case 49 -> result = Style.withBackground(result, Color.DEFAULT);
                case 53 -> result |= Style.OVERLINE;
                case 55 -> result &= ~Style.OVERLINE;
                case 59 -> underlineColour = Color.DEFAULT;
                case 38, 48, 58 -> {
                    ExtendedColor extended = extendedColor(params, index);
                    if (extended.color >= 0 && code == 38) {
                        result = Style.withForeground(result, extended.color);
                    } else if (extended.color >= 0 && code == 48) {
                        result = Style.withBackground(result, extended.color);
                    } else if (extended.color > 0 && code == 58) {
                        // An index out of range resets 38 and 48 but leaves 58 as it was, as in tmux.
                        underlineColour = extended.color;
                    }
                    index += extended.consumed;
                }
                default -> result = basicColor(result, code);
            }
            index++;
        }
        screen.setPen(result);
        extras.setUnderlineColour(underlineColour);
    }

    /** SGR 30-37, 40-47, 90-97 and 100-107; anything else is ignored. */
    private static long basicColor(long style, int code) {
        if (code >= 30 && code <= 37) {
            return Style.withForeground(style, Color.ansi(code - 30));
        }
        if (code >= 40 && code <= 47) {
            return Style.withBackground(style, Color.ansi(code - 40));
        }
        if (code >= 90 && code <= 97) {
            return Style.withForeground(style, Color.ansi(code - 90 + 8));
        }
        if (code >= 100 && code <= 107) {
            return Style.withBackground(style, Color.ansi(code - 100 + 8));
        }
        return style;
    }

    /** A colour (or -1 if absent or invalid) and how many extra ';' parameters it used. */
    private record ExtendedColor(int color, int consumed) {
    }

    private static ExtendedColor extendedColor(Params params, int index) {
        int groupSize = params.groupSize(index);
        if (groupSize > 1) {
            int kind = params.get(index, 1);
            if (kind == 5 && groupSize >= 3) {
                return new ExtendedColor(paletteColor(params.get(index, 2)), 0);
            }
            if (kind == 2 && groupSize >= 5) {
                int first = groupSize >= 6 ? 3 : 2;
                return new ExtendedColor(rgbColor(params.get(index, first), params.get(index, first + 1),
                    params.get(index, first + 2)), 0);
            }
            return new ExtendedColor(-1, 0);
        }
        int kind = params.number(index + 1, 0, Params.UNUSABLE);
        if (kind == 5) {
            return new ExtendedColor(paletteColor(params.number(index + 2, 0, Params.UNUSABLE)), 2);
        }
        if (kind == 2) {
            int color = rgbColor(params.number(index + 2, 0, Params.UNUSABLE), params.number(index + 3, 0, Params.UNUSABLE),
                params.number(index + 4, 0, Params.UNUSABLE));
            return new ExtendedColor(color, color >= 0 ? 4 : 1);
        }
        return new ExtendedColor(-1, 1);
    }

    /** A palette colour, or the default colour for an index that is missing or out of range. */
    private static int paletteColor(int index) {
        return index >= 0 && index < PALETTE_SIZE ? Color.palette(index) : Color.DEFAULT;
    }

    /** An RGB colour, or -1 (no change) if a component is missing or out of range. */
    private static int rgbColor(int red, int green, int blue) {
        boolean valid = red >= 0 && red < 256 && green >= 0 && green < 256 && blue >= 0 && blue < 256;
        return valid ? Color.rgb(red, green, blue) : -1;
    }
}
