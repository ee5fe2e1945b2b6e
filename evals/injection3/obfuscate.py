"""Ways of disguising an instruction's words from a keyword filter while a reader (or a
model) still reads them: look-alike letters, invisible characters, full-width forms,
ROT13 and base64. All deterministic."""

from __future__ import annotations

import base64
import codecs

# Latin letters and the Cyrillic letters drawn the same in most fonts.
CYRILLIC = str.maketrans(
    {
        "a": "\u0430",
        "c": "\u0441",
        "e": "\u0435",
        "i": "\u0456",
        "o": "\u043e",
        "p": "\u0440",
        "s": "\u0455",
        "x": "\u0445",
        "y": "\u0443",
        "A": "\u0410",
        "C": "\u0421",
        "E": "\u0415",
        "I": "\u0406",
        "O": "\u041e",
        "P": "\u0420",
        "T": "\u0422",
    }
)
# Greek omicron and iota, for a second alphabet in the mixed case.
GREEK = str.maketrans({"o": "\u03bf", "i": "\u03b9", "v": "\u03bd", "A": "\u0391"})

ZERO_WIDTH_SPACE = "\u200b"
WORD_JOINER = "\u2060"
SOFT_HYPHEN = "\u00ad"


def look_alike(text: str, table: dict[int, str] = CYRILLIC, every: int = 2) -> str:
    """Swap every `every`-th letter that has a look-alike, so each key word is touched but
    the sentence still reads normally."""
    out, seen = [], 0
    for ch in text:
        if ord(ch) in table:
            seen += 1
            if seen % every == 1 or every == 1:
                out.append(table[ord(ch)])
                continue
        out.append(ch)
    return "".join(out)


def split_words(text: str, mark: str = ZERO_WIDTH_SPACE, min_len: int = 5) -> str:
    """Put an invisible character in the middle of every word of `min_len` letters or more."""
    words = []
    for word in text.split(" "):
        if sum(ch.isalpha() for ch in word) >= min_len:
            middle = len(word) // 2
            word = word[:middle] + mark + word[middle:]
        words.append(word)
    return " ".join(words)


def full_width(text: str) -> str:
    """ASCII letters and punctuation as their full-width forms (U+FF01-U+FF5E)."""
    return "".join(
        chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" if ch == " " else ch for ch in text
    )


def rot13(text: str) -> str:
    """ROT13 leaves digits and the pound sign alone, so a figure stays readable."""
    return codecs.encode(text, "rot13")


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")
