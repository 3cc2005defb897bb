package dev.mux.server.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** The C library's number reading and printing that {@code e||:} relies on: strtod(3) and printf's {@code %.*f}. */
final class FormatNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEXADECIMAL =
            Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?\\d+)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");
    /** printf's precision when none is given, or a negative one. */
    private static final int DEFAULT_PRECISION = 6;

    private FormatNumbers() {}

    /** The whole of {@code text} as strtod reads it (leading white space allowed, "" is 0), or null. */
    static Double strtod(String text) {
        int start = 0;
        while (start < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(start)) >= 0) start++;
        String number = text.substring(start);
        if (text.isEmpty()) return 0.0;
        if (DECIMAL.matcher(number).matches()) return Double.parseDouble(number);
        if (SPECIAL.matcher(number).matches()) {
            boolean negative = number.startsWith("-");
            if (number.toLowerCase().contains("nan")) return Double.NaN;
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (HEXADECIMAL.matcher(number).matches()) {
            String hex = number.contains("p") || number.contains("P") ? number : number + "p0";
            return Double.parseDouble(hex);
        }
        return null;
    }

    /** {@code value} as printf's {@code %.*f} prints it: the exact binary value rounded half to even. */
    static String printf(double value, int precision) {
        int digits = precision < 0 ? DEFAULT_PRECISION : precision;
        if (Double.isNaN(value)) return Double.doubleToRawLongBits(value) < 0 ? "-nan" : "nan";
        if (Double.isInfinite(value)) return value < 0 ? "-inf" : "inf";
        String text = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || value == 0 && 1 / value < 0;
        return negative && !text.startsWith("-") ? "-" + text : text;
    }
}
