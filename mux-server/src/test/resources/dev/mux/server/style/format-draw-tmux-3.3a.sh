#!/bin/sh
# Writes format-draw-tmux-3.3a.txt from format-draw-cases.tsv (width TAB format per line): for each
# case, a tmux 3.3a with that status-format[0] is drawn in an outer tmux, whose capture-pane -e of
# the status line is kept with the ranges the inner tmux's -v log gave for its last drawing.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
draw() {
    inner="fd-inner-$$"; outer="fd-outer-$$"
    printf '%s\n' "set -g status-format[0] '$2'" "set -g status-interval 0" > "$work/inner.conf"
    rm -f "$work"/tmux-server-*.log
    (cd "$work" && tmux -v -L "$inner" -f "$work/inner.conf" new-session -d -s s -x "$1" -y 4 'sleep 100')
    tmux -L "$outer" -f /dev/null new-session -d -x "$1" -y 5 "TERM=screen tmux -L $inner attach"
    tmux -L "$outer" set -g status off
    sleep 1
    tmux -L "$outer" capture-pane -p -e | sed -n 5p | sed 's/\x1b/\\e/g'
    tmux -L "$inner" kill-server 2>/dev/null || true
    tmux -L "$outer" kill-server 2>/dev/null || true
    awk '/format_draw: width LEFT is/{n=0} /format_draw: range [0-9]*\|[0-9]* at/{sub(/.*range /,""); b[n++]=$0}
         END{for(i=0;i<n;i++) print b[i]}' "$work"/tmux-server-*.log
}
{
    printf '# format_draw cases: width, expanded format, the status line an outer tmux 3.3a captured (capture-pane -e, \\e for ESC)\n'
    printf '# of a tmux 3.3a with that status-format[0] (status-style black on green), and the ranges its -v log gave (type|argument at start-end;\n'
    printf '# 1 left, 2 right, 3 window). Written by format-draw-tmux-3.3a.sh, see FormatDrawTest.\n'
    while IFS='	' read -r width format; do
        printf 'case\n%s\n%s\n' "$width" "$format"
        draw "$width" "$format"
        printf 'end\n'
    done < "$here/format-draw-cases.tsv"
} > "$here/format-draw-tmux-3.3a.txt"
