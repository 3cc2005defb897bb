package dev.mux.server.term;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A screen's pen beyond its packed style: the {@link CellExtra} that newly written cells take, or
 * null. Extras are interned, so a hyperlink over a page of text is one object however many cells
 * and lines it covers. The table is bounded: a program that sends endless distinct links only
 * loses the sharing, never memory.
 */
final class CellExtras {
    private static final int MAX_INTERNED = 1024;
    /** Hyperlink serials, unique in the server so links of two panes are never one. */
    private static final AtomicLong SERIALS = new AtomicLong();

    private record LinkName(String id, String uri) {
    }

    private final Map<CellExtra, CellExtra> interned = new HashMap<>();
    private final Map<LinkName, Hyperlink> links = new HashMap<>();
    private CellExtra pen;

    /** What new cells carry: null for nothing, the common case the print path tests first. */
    CellExtra pen() {
        return pen;
    }

    /** Sets the pen whole, as DECRC and leaving the alternate screen restore it. */
    void setPen(CellExtra extra) {
        pen = extra;
    }

    int underlineColour() {
        return CellExtra.underlineColour(pen);
    }

    void setUnderlineColour(int colour) {
        if (colour != underlineColour()) {
            pen = of(colour, CellExtra.link(pen));
        }
    }

    /**
     * OSC 8: new cells take the link to {@code uri}, or none if it is empty. A link with an id is
     * the same link each time it comes with the same URI; one without an id is always a new one.
     */
    void setLink(String id, String uri) {
        Hyperlink link = null;
        if (!uri.isEmpty() && id.isEmpty()) {
            link = new Hyperlink("", uri, SERIALS.incrementAndGet());
        } else if (!uri.isEmpty()) {
            if (links.size() >= MAX_INTERNED) {
                links.clear();
            }
            link = links.computeIfAbsent(new LinkName(id, uri), name -> new Hyperlink(id, uri, SERIALS.incrementAndGet()));
        }
        pen = of(underlineColour(), link);
    }

    private CellExtra of(int underlineColour, Hyperlink link) {
        if (underlineColour == Color.DEFAULT && link == null) {
            return null;
        }
        CellExtra extra = new CellExtra(underlineColour, link);
        CellExtra known = interned.get(extra);
        if (known != null) {
            return known;
        }
        if (interned.size() >= MAX_INTERNED) {
            interned.clear();
        }
        interned.put(extra, extra);
        return extra;
    }
}
