"""Helpers shared by the `trade` and `markets` commands: progress bars and table output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tqdm import tqdm


def progress_bar(desc: str) -> tuple[Callable[[str, int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr fed by the engine's (message, done, total) callback."""
    bar: dict[str, tqdm] = {}

    def update(message: str, done: int, total: int) -> None:
        if "bar" not in bar or bar["bar"].total != total:
            if "bar" in bar:
                bar["bar"].close()
            bar["bar"] = tqdm(
                total=total,
                desc=desc,
                file=sys.stderr,
                dynamic_ncols=True,
                disable=not sys.stderr.isatty(),
                leave=False,
            )
        bar["bar"].set_postfix_str(message[-40:], refresh=False)
        bar["bar"].n = done
        bar["bar"].refresh()

    def close() -> None:
        if "bar" in bar:
            bar["bar"].close()

    return update, close


def add_language_option(parser: argparse.ArgumentParser, choices: list[str]) -> None:
    """`--language` after the subcommand too (the base command adds it before)."""
    parser.add_argument(
        "--language",
        choices=choices,
        default=argparse.SUPPRESS,
        help="Language of messages and sentences (default: id).",
    )


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=False))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))
    return "\n".join(lines)
