"""The quick split of a text as typed agrees with the plain one it replaced.

`_typed._sentences` takes runs of plain words whole and reads common chunk shapes ("word,",
"(3).", "don't") without a regular expression. The plain reading below sends every chunk
that is not letters alone the careful way (`_typed._careful`: the quotation marks, the
sentence stops and `_WORD`, as the text layer did before); on any text the two must give the
same sentences and words.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as hst

from smallsteps.text._typed import _careful, _sentences


def plain_sentences(text: str) -> list[list[str]]:
    """Every chunk that is not letters alone read the careful way."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        current: list[str] = []
        out.append(current)
        for chunk in line.split():
            if chunk.isalpha():
                current.append(chunk)
            else:
                current = _careful(chunk, current, out)
    return out


PIECES = hst.sampled_from(
    [
        *"ab kZ\u00e937\u00b2'\u2019\".,!?;:()[]-\u2014*\u2022\n\u200b\u2026_/@$\u3002",
        "\U0001f600",
        "don't",
        "29,",
        "(12)",
        "2)",
        "3am",
        "word.",
        "'hi'",
        '"bye".',
        "((",
        "))",
        "(3).",
        "12),",
        "1]",
        "(x)!?",
    ]
)


@given(hst.lists(PIECES, max_size=30).map("".join))
def test_the_quick_split_reads_as_the_plain_one(text: str) -> None:
    assert _sentences(text) == plain_sentences(text)


def test_common_chunks_are_read_as_before() -> None:
    text = 'so (12). "bye" don\u2019t, me?! 2) lol) 3am'
    assert _sentences(text) == plain_sentences(text)
    assert _sentences(text) == [
        ["so", ",", "12"],
        ["\x01", "bye", "\x02", "don\u2019t", ",", "me"],
        [],
        [",", "2", "lol", "3am"],
    ]
