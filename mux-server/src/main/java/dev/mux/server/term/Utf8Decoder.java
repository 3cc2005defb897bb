package dev.mux.server.term;

/**
 * Decodes UTF-8 one byte at a time the way tmux 3.3a does, so that panes show what tmux shows for
 * the same malformed bytes: the lead byte fixes the sequence length, every following byte of 0x80
 * or above counts toward it, and a sequence that turns out invalid (bad lead byte, missing
 * continuation, overlong form, surrogate, beyond U+10FFFF) is dropped without a trace rather than
 * shown as U+FFFD. An ASCII byte in the middle of a sequence drops the sequence; the caller then
 * processes that byte normally.
 */
final class Utf8Decoder {
    /** Returned by {@link #accept} while a sequence is incomplete or after it was dropped. */
    static final int NOTHING = -1;

    private int expected;
    private int received;
    private int codePoint;
    private boolean malformed;

    boolean inSequence() {
        return received > 0;
    }

    /** Forgets a partial sequence. */
    void reset() {
        expected = 0;
        received = 0;
    }

    /** Takes a byte of 0x80 or above; returns a complete code point or {@link #NOTHING}. */
    int accept(int b) {
        if (received == 0) {
            return start(b);
        }
        if ((b & 0xc0) != 0x80) {
            malformed = true;
        }
        codePoint = codePoint << 6 | b & 0x3f;
        received++;
        if (received < expected) {
            return NOTHING;
        }
        int complete = codePoint;
        boolean valid = !malformed && isValidScalar(complete, expected);
        reset();
        return valid ? complete : NOTHING;
    }

    private int start(int b) {
        if (b >= 0xc2 && b <= 0xdf) {
            begin(2, b & 0x1f);
        } else if (b >= 0xe0 && b <= 0xef) {
            begin(3, b & 0x0f);
        } else if (b >= 0xf0 && b <= 0xf4) {
            begin(4, b & 0x07);
        }
        return NOTHING;
    }

    private void begin(int length, int leadBits) {
        expected = length;
        received = 1;
        codePoint = leadBits;
        malformed = false;
    }

    private static boolean isValidScalar(int codePoint, int length) {
        int smallest = switch (length) {
            case 2 -> 0x80;
            case 3 -> 0x800;
            default -> 0x10000;
        };
        boolean surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        return codePoint >= smallest && codePoint <= 0x10ffff && !surrogate;
    }
}
