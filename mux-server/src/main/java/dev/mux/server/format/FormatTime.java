package dev.mux.server.format;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.TimeZone;

/** Times as tmux prints them in formats: strftime(3) in the C locale, ctime(3), and {@code t/p:}'s short form. */
final class FormatTime {
    private FormatTime() {}

    static ZonedDateTime now() {
        return ZonedDateTime.now(ZoneId.systemDefault());
    }

    static ZonedDateTime at(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(ZoneId.systemDefault());
    }

    /** ctime(3) without its newline: {@code Thu Dec  7 04:23:25 2026}. */
    static String ctime(long seconds) {
        return strftime("%a %b %e %H:%M:%S %Y", at(seconds));
    }

    /** tmux's short age-dependent form: the time today, the day this month, the date this year, else month and year. */
    static String pretty(long seconds) {
        ZonedDateTime now = now();
        ZonedDateTime then = at(seconds);
        if (now.isBefore(then)) now = then;
        long age = now.toEpochSecond() - seconds;
        if (age < 24 * 3600) return strftime("%H:%M", then);
        boolean sameMonth = then.getYear() == now.getYear() && then.getMonthValue() == now.getMonthValue();
        if (sameMonth || age < 28L * 24 * 3600) return strftime("%a%d", then);
        if (then.getYear() == now.getYear() && then.getMonthValue() < now.getMonthValue()
                || then.getYear() == now.getYear() - 1 && then.getMonthValue() > now.getMonthValue()) {
            return strftime("%d%b", then);
        }
        return strftime("%h%y", then);
    }

    /** strftime(3) in the C locale, with glibc's {@code -}, {@code _} and {@code 0} padding flags. */
    static String strftime(String format, ZonedDateTime t) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%' || i >= format.length()) {
                out.append(c);
                continue;
            }
            char pad = 0;
            char flag = format.charAt(i);
            if (flag == '-' || flag == '_' || flag == '0') {
                pad = flag;
                if (++i >= format.length()) {
                    out.append('%').append(flag);
                    break;
                }
            }
            char conversion = format.charAt(i++);
            String value = conversion(conversion, t, pad);
            if (value == null) out.append('%').append(pad == 0 ? "" : String.valueOf(pad)).append(conversion);
            else out.append(value);
        }
        return out.toString();
    }

    private static String conversion(char c, ZonedDateTime t, char pad) {
        return switch (c) {
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'c' -> strftime("%a %b %e %H:%M:%S %Y", t);
            case 'C' -> number(t.getYear() / 100, 2, '0', pad);
            case 'd' -> number(t.getDayOfMonth(), 2, '0', pad);
            case 'D', 'x' -> strftime("%m/%d/%y", t);
            case 'e' -> number(t.getDayOfMonth(), 2, ' ', pad);
            case 'F' -> strftime("%Y-%m-%d", t);
            case 'g' -> number(t.get(IsoFields.WEEK_BASED_YEAR) % 100, 2, '0', pad);
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'H' -> number(t.getHour(), 2, '0', pad);
            case 'I' -> number(twelveHour(t), 2, '0', pad);
            case 'j' -> number(t.getDayOfYear(), 3, '0', pad);
            case 'k' -> number(t.getHour(), 2, ' ', pad);
            case 'l' -> number(twelveHour(t), 2, ' ', pad);
            case 'm' -> number(t.getMonthValue(), 2, '0', pad);
            case 'M' -> number(t.getMinute(), 2, '0', pad);
            case 'n' -> "\n";
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'r' -> strftime("%I:%M:%S %p", t);
            case 'R' -> strftime("%H:%M", t);
            case 's' -> Long.toString(t.toEpochSecond());
            case 'S' -> number(t.getSecond(), 2, '0', pad);
            case 't' -> "\t";
            case 'T', 'X' -> strftime("%H:%M:%S", t);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'U' -> number(weekOfYear(t, DayOfWeek.SUNDAY), 2, '0', pad);
            case 'V' -> number(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0', pad);
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'W' -> number(weekOfYear(t, DayOfWeek.MONDAY), 2, '0', pad);
            case 'y' -> number(t.getYear() % 100, 2, '0', pad);
            case 'Y' -> Integer.toString(t.getYear());
            case 'z' -> offset(t);
            case 'Z' -> TimeZone.getTimeZone(t.getZone())
                    .getDisplayName(t.getZone().getRules().isDaylightSavings(t.toInstant()), TimeZone.SHORT, Locale.US);
            case '%' -> "%";
            default -> null;
        };
    }

    private static int twelveHour(ZonedDateTime t) {
        int hour = t.getHour() % 12;
        return hour == 0 ? 12 : hour;
    }

    /** Weeks of the year counted from the first {@code first} day, as %U and %W do. */
    private static int weekOfYear(ZonedDateTime t, DayOfWeek first) {
        int dayOfYear = t.getDayOfYear() - 1;
        int weekday = (t.getDayOfWeek().getValue() - first.getValue() + 7) % 7;
        return (dayOfYear - weekday + 7) / 7;
    }

    private static String offset(ZonedDateTime t) {
        int seconds = t.getOffset().getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    private static String number(int value, int width, char defaultPad, char flag) {
        String digits = Integer.toString(value);
        if (flag == '-') return digits;
        char pad = flag == '_' ? ' ' : flag == '0' ? '0' : defaultPad;
        StringBuilder out = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) out.append(pad);
        return out.append(digits).toString();
    }
}
