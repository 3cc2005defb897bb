"""Command lines given one after the other on a bench script's own command line."""


def split_commands(argv, program):
    """The commands of ARGV, split at each "--"; an empty one stops PROGRAM with a usage error."""
    found = [[]]
    for arg in argv:
        if arg == "--":
            found.append([])
        else:
            found[-1].append(arg)
    if any(not command for command in found):
        raise SystemExit("%s: an empty command (nothing before or after a --)" % program)
    return found
