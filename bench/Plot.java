import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws bench/run's table of ratios as a PNG: one line per measurement that has a peer's figure,
 * a bar for mux/tmux and one for mux/screen, on a logarithmic scale around 1 (even). Headless
 * Java2D, nothing to install beyond a JDK and a font.
 *
 * <p>Usage: java bench/Plot.java TABLE.md OUT.png (TABLE.md: what bench/run prints)
 */
public final class Plot {
    private static final int WIDTH = 1200;
    private static final int ROW_HEIGHT = 34;
    private static final int TOP = 70;
    private static final int LEFT = 430;
    private static final int RIGHT = 60;
    private static final Color TMUX = new Color(0x3b6fb6);
    private static final Color SCREEN = new Color(0xe08a2c);

    private record Row(String name, double vsTmux, double vsScreen, boolean higherIsBetter) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: java bench/Plot.java TABLE.md OUT.png");
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<Row> rows = rows(lines);
        if (rows.isEmpty()) throw new IllegalArgumentException(args[0] + ": no row with a ratio");
        String title = lines.isEmpty() ? "" : lines.get(0);
        ImageIO.write(draw(title, rows), "png", new File(args[1]));
    }

    /** The table's rows with a numeric mux/tmux or mux/screen ratio (columns 4 and 7). */
    private static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("| ") || line.startsWith("| measurement")) continue;
            String[] cells = line.split("\\|");
            if (cells.length < 8) continue;
            String name = cells[1].strip();
            double vsTmux = number(cells[4]);
            double vsScreen = number(cells[7]);
            if (Double.isNaN(vsTmux) && Double.isNaN(vsScreen)) continue;
            boolean higher = name.startsWith("throughput") || name.contains("parse rate");
            rows.add(new Row(name, vsTmux, vsScreen, higher));
        }
        return rows;
    }

    private static double number(String cell) {
        try {
            double value = Double.parseDouble(cell.strip());
            return value > 0 ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static BufferedImage draw(String title, List<Row> rows) {
        int height = TOP + rows.size() * ROW_HEIGHT + 70;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);

        // The scale: whole powers of ten that hold every ratio, at least 0.1 to 10.
        double low = 0.1;
        double high = 10;
        for (Row row : rows) {
            for (double value : new double[] {row.vsTmux(), row.vsScreen()}) {
                if (Double.isNaN(value)) continue;
                while (value < low) low /= 10;
                while (value > high) high *= 10;
            }
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        double lowLog = Math.log10(low);
        double span = Math.log10(high) - lowLog;
        java.util.function.DoubleToIntFunction x = value -> LEFT + (int) Math.round((Math.log10(value) - lowLog) / span * plotWidth);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString("mux / peer (log scale; 1 = even). Rows marked \u2191: higher is better; all others: lower is better", 20, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(title, 20, 45);

        int bottom = TOP + rows.size() * ROW_HEIGHT;
        for (double tick = low; tick <= high * 1.0001; tick *= 10) {
            for (int step = 1; step < 10 && tick * step <= high * 1.0001; step++) {
                int at = x.applyAsInt(tick * step);
                g.setColor(step == 1 ? new Color(0xbbbbbb) : new Color(0xeeeeee));
                g.drawLine(at, TOP - 5, at, bottom);
            }
            g.setColor(Color.DARK_GRAY);
            String label = tick >= 1 ? String.valueOf((long) tick) : String.valueOf(tick);
            g.drawString(label, x.applyAsInt(tick) - g.getFontMetrics().stringWidth(label) / 2, bottom + 18);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(x.applyAsInt(1), TOP - 8, x.applyAsInt(1), bottom);
        g.setStroke(new BasicStroke(1));

        FontMetrics metrics = g.getFontMetrics();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            int top = TOP + index * ROW_HEIGHT;
            g.setColor(Color.BLACK);
            String name = row.name() + (row.higherIsBetter() ? " \u2191" : "");
            g.drawString(name, LEFT - 10 - metrics.stringWidth(name), top + ROW_HEIGHT / 2 + 4);
            bar(g, x, row.vsTmux(), top + 4, TMUX);
            bar(g, x, row.vsScreen(), top + 4 + (ROW_HEIGHT - 8) / 2, SCREEN);
        }

        int legend = bottom + 40;
        g.setColor(TMUX);
        g.fillRect(LEFT, legend - 10, 14, 10);
        g.setColor(Color.BLACK);
        g.drawString("mux / tmux", LEFT + 20, legend);
        g.setColor(SCREEN);
        g.fillRect(LEFT + 140, legend - 10, 14, 10);
        g.setColor(Color.BLACK);
        g.drawString("mux / GNU screen", LEFT + 160, legend);
        g.dispose();
        return image;
    }

    /** A bar from 1 to the ratio, its figure at its end; nothing for a missing ratio. */
    private static void bar(Graphics2D g, java.util.function.DoubleToIntFunction x, double ratio, int top, Color color) {
        if (Double.isNaN(ratio)) return;
        int one = x.applyAsInt(1);
        int end = x.applyAsInt(ratio);
        int barHeight = (ROW_HEIGHT - 8) / 2 - 1;
        g.setColor(color);
        g.fillRect(Math.min(one, end), top, Math.max(1, Math.abs(end - one)), barHeight);
        g.setColor(Color.DARK_GRAY);
        String label = String.format("%.2f", ratio);
        int width = g.getFontMetrics().stringWidth(label);
        g.drawString(label, end >= one ? end + 4 : end - 4 - width, top + barHeight - 2);
    }
}
