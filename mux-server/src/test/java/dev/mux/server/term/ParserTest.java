package dev.mux.server.term;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParserTest {
    /** Records every call as a short line of text. */
    private static final class Recorder implements Performer {
        final List<String> calls = new ArrayList<>();

        @Override
        public void print(int codePoint) {
            calls.add("print " + Character.toString(codePoint));
        }

        @Override
        public void execute(int controlByte) {
            calls.add("execute " + controlByte);
        }

        @Override
        public void csiDispatch(Params params, int intermediates, boolean ignore, int finalByte) {
            calls.add("csi " + params + " " + intermediatesText(intermediates) + (ignore ? " ignore " : " ")
                + (char) finalByte);
        }

        @Override
        public void escDispatch(int intermediates, boolean ignore, int finalByte) {
            calls.add("esc " + intermediatesText(intermediates) + (ignore ? " ignore " : " ") + (char) finalByte);
        }

        @Override
        public void oscDispatch(byte[] payload, int length) {
            calls.add("osc " + new String(payload, 0, length, StandardCharsets.UTF_8));
        }

        @Override
        public void renameDispatch(byte[] payload, int length) {
            calls.add("rename " + new String(payload, 0, length, StandardCharsets.UTF_8));
        }

        @Override
        public void hook(Params params, int intermediates, boolean ignore, int finalByte) {
            calls.add("hook " + params + " " + intermediatesText(intermediates) + " " + (char) finalByte);
        }

        @Override
        public void put(int dataByte) {
            calls.add("put " + (char) dataByte);
        }

        @Override
        public void unhook() {
            calls.add("unhook");
        }

        private static String intermediatesText(int intermediates) {
            StringBuilder text = new StringBuilder("[");
            for (int shift = 24; shift >= 0; shift -= 8) {
                int b = intermediates >> shift & 0xff;
                if (b != 0) {
                    text.append((char) b);
                }
            }
            return text.append(']').toString();
        }
    }

    private static List<String> parse(String input) {
        return parse(input.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<String> parse(byte[] input) {
        Recorder recorder = new Recorder();
        new Parser(recorder).advance(input, 0, input.length);
        return recorder.calls;
    }

    @Test
    void printsAndExecutes() {
        assertEquals(List.of("print a", "execute 13", "execute 10", "print b"), parse("a\r\nb"));
    }

    @Test
    void csiWithParametersAndPrivateMarker() {
        assertEquals(List.of("csi 12;0;5 [] H"), parse("\033[12;;5H"));
        assertEquals(List.of("csi 1049 [?] h"), parse("\033[?1049h"));
        assertEquals(List.of("csi  [] m"), parse("\033[m"));
        assertEquals(List.of("csi 0 [!] p"), parse("\033[0!p"));
    }

    @Test
    void colonSubParametersStayInTheirParameter() {
        assertEquals(List.of("csi 38:2:0:10:20:30;4:3 [] m"), parse("\033[38:2::10:20:30;4:3m"));
    }

    @Test
    void hugeParametersSaturate() {
        assertEquals(List.of("csi 65535 [] A"), parse("\033[99999999999999999999A"));
    }

    @Test
    void tooManyParametersMarkTheSequenceIgnored() {
        String many = "1;".repeat(40) + "1";
        List<String> calls = parse("\033[" + many + "m");
        assertEquals(1, calls.size());
        assertEquals(true, calls.get(0).contains(" ignore "));
    }

    @Test
    void tooManyIntermediatesMarkTheSequenceIgnored() {
        assertEquals(List.of("esc [()] ignore 0"), parse("\033()*0"));
    }

    @Test
    void controlsInsideCsiExecuteWithoutEndingIt() {
        assertEquals(List.of("execute 10", "csi 2 [] J"), parse("\033[2\nJ"));
    }

    @Test
    void canAndSubAbortASequence() {
        assertEquals(List.of("execute 24", "print m"), parse("\033[31\030m"));
    }

    @Test
    void oscEndsWithBelOrStringTerminator() {
        assertEquals(List.of("osc 0;hello", "print x"), parse("\033]0;hello\007x"));
        assertEquals(List.of("osc 2;t\u00e9", "esc [] \\"),
            parse("\033]2;t\u00e9\033\\".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oscPayloadIsBounded() {
        List<String> calls = parse("\033]0;" + "x".repeat(Parser.MAX_OSC_LENGTH + 10_000) + "\007");
        assertEquals(Parser.MAX_OSC_LENGTH, calls.get(0).length() - "osc ".length());
    }

    @Test
    void dcsIsHookedPutAndUnhooked() {
        assertEquals(List.of("hook 1 [$] q", "put m", "unhook"), parse("\033P1$qm\033\\"));
    }

    @Test
    void onlyStringTerminatorEndsADeviceControlStringAsInTmux() {
        assertEquals(List.of("hook  [] q", "put \030", "put [", "put J", "unhook", "print x"),
            parse("\033Pq\030\033[J\033\\x"));
    }

    @Test
    void screenTitleStringIsAWindowNameWithoutItsControlBytesAsInTmux() {
        assertEquals(List.of("rename naéme", "esc [] \\", "print z"), parse("\033kna\007\303\251me\033\\z"));
    }

    @Test
    void apcAndPmStringsAreSwallowed() {
        assertEquals(List.of("esc [] \\", "print z"), parse("\033_secret\033\\z"));
    }

    @Test
    void decodesUtf8() {
        assertEquals(List.of("print \u00e9", "print \u4e2d", "print \uD83D\uDE00"),
            parse("\u00e9\u4e2d\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsMalformedUtf8LikeTmux() {
        byte[] input = {(byte) 0xff, (byte) 0xfe, 'A', (byte) 0xc3, '(', (byte) 0xe2, (byte) 0x82, 'Z',
            (byte) 0xc0, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'B'};
        assertEquals(List.of("print A", "print (", "print Z", "print B"), parse(input));
    }

    @Test
    void escapeInsideUtf8SequenceStillStartsASequence() {
        byte[] input = {(byte) 0xe4, 0x1b, '[', 'A'};
        assertEquals(List.of("csi  [] A"), parse(input));
    }
}
