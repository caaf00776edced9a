"""Names reduced for matching: folded tokens and phonetic keys (pure, no I/O).

A survivor's name is written differently by every agency that meets her: with or
without accents, given and family name in either order, a compound surname hyphenated
or not, a Chinese given name joined ("Xiaoming"), split ("Xiao Ming") or hyphenated, in
pinyin or Wade-Giles, a Vietnamese name without its diacritics or with a typo
("Ngyuen"). :func:`tokens` folds a name to comparable tokens; :func:`phonetic_keys`
gives each token one key per *reading* (general/Spanish, Vietnamese, Chinese): two
tokens sound alike when a key is shared. Keys are coarse on purpose (vowels after the
first letter are dropped, which also absorbs most vowel typos); the scorer in
``duplicates.py`` decides how alike two names really are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Letters that Unicode decomposition does not reduce to a Latin base letter.
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                       "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"})
#: Apostrophes join (Wade-Giles "Ch'en", "O'Brien"); every other mark separates tokens.
_APOSTROPHES = re.compile("['’ʼ`´‘]")
_SEPARATORS = re.compile(r"[^\w]+|_")
_VOWELS = frozenset("aeiouyw")

# General reading (Spanish and English spellings, plus the Chinese and Vietnamese
# digraphs that never clash with them). Order matters: longer spellings first.
_GENERAL = (
    (re.compile(r"tch"), "j"),
    (re.compile(r"sch"), "s"),
    (re.compile(r"^tr"), "j"),            # Vietnamese tr = ch
    (re.compile(r"zh|ch"), "j"),          # pinyin zh = Wade-Giles ch
    (re.compile(r"hs|sh|x"), "s"),        # pinyin x = Wade-Giles hs
    (re.compile(r"ts|tz|dz|z"), "s"),     # Spanish z = s; pinyin z = Wade-Giles ts
    (re.compile(r"ph"), "f"),
    (re.compile(r"qu(?=[ei])"), "k"),     # Spanish que/qui
    (re.compile(r"gu(?=[ei])"), "g"),     # Spanish gue/gui
    (re.compile(r"g(?=[ei])"), "j"),      # Spanish ge/gi = je/ji
    (re.compile(r"q"), "j"),              # pinyin q = Wade-Giles ch'
    (re.compile(r"c(?=[eiy])"), "s"),     # Spanish ce/ci = se/si
    (re.compile(r"ck|c|k"), "k"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"v"), "b"),
    (re.compile(r"h"), ""),               # silent h (digraphs already replaced)
)
# Vietnamese: initial gi, d (not đ: folded alike, so both readings are kept) and z sound
# alike.
_VIETNAMESE = ((re.compile(r"^gi(?=[aeiouy])|^d|^z"), "z"),)
# Chinese: pinyin c = Wade-Giles ts; Wade-Giles k, p, t = pinyin g, b, d.
_CHINESE = ((re.compile(r"^c(?=[aeiou])"), "ts"), (re.compile(r"k"), "g"),
            (re.compile(r"p"), "b"), (re.compile(r"^t(?!s)"), "d"))


def fold(text: str) -> str:
    """Lower case, diacritics removed (ñ -> n, ễ -> e, đ -> d), apostrophes dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text.casefold().translate(_FOLD))


def tokens(name: str) -> list[str]:
    """The folded tokens of a name, in order: hyphens, dots and commas separate
    ("García-López" -> garcia, lopez; "J." -> j)."""
    return list(_tokens(name))


@lru_cache(maxsize=1 << 14)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in _SEPARATORS.split(fold(name)) if t)


def _respell(token: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in rules + _GENERAL:
        token = pattern.sub(repl, token)
    return token


def _skeleton(token: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    token = _respell(token, rules)
    if not token:
        return ""
    # The first sound stays (a leading vowel as "a"); later vowels and doubled letters go.
    head = "a" if token[0] in _VOWELS else token[0]
    out = [head]
    for ch in token[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1 << 16)  # a caseload's names repeat: Nguyen, García
def phonetic_keys(token: str) -> frozenset[str]:
    """The keys of one folded token, one per reading. A token not in Latin letters
    (王, 秀英) is its own key."""
    if not token.isascii() or not token.isalpha():
        return frozenset({token})
    return frozenset(filter(None, (_skeleton(token, ()), _skeleton(token, _VIETNAMESE),
                                   _skeleton(token, _CHINESE))))


@lru_cache(maxsize=1 << 16)
def sound_keys(token: str) -> frozenset[str]:
    """Finer than :func:`phonetic_keys`: the same respelling with the vowels kept (y
    as i, doubled letters once), so that "Chen" and "Chan" differ but "Zhang" and
    "Chang", "Xu" and "Hsu", "Hernández" and "Ernandez" do not."""
    if not token.isascii() or not token.isalpha():
        return frozenset({token})
    out = set()
    for rules in ((), _VIETNAMESE, _CHINESE):
        spelt = _respell(token, rules).replace("y", "i")
        out.add(re.sub(r"(.)\1+", r"\1", spelt))
    return frozenset(filter(None, out))


def joined_variants(toks: list[str]) -> list[list[str]]:
    """The token list itself and, for each adjacent pair, the list with the pair joined
    (Chinese given names: "xiao ming" = "xiaoming"; compound surnames written solid)."""
    out = [toks]
    if len(toks) <= 6:
        out += [toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2:] for i in range(len(toks) - 1)]
    return out


def index_keys(*names: str) -> set[str]:
    """Every key a name can be found by: the phonetic keys of its tokens and of its
    adjacent tokens joined. Initials (one letter) are not keys: too common to narrow."""
    keys: set[str] = set()
    for name in names:
        toks = tokens(name)
        for variant in joined_variants(toks):
            for tok in variant:
                if len(tok) > 1:
                    keys |= phonetic_keys(tok)
    return keys
