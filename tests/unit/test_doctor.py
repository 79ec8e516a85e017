"""``companion doctor`` checks every grammar the companion reads files with, so a missing one is found before a
request fails on it."""

from companion.doctor import _check_grammars


def test_the_grammar_check_covers_every_language_read():
    assert _check_grammars().split(", ") == ["markdown", "python", "javascript", "typescript", "tsx", "html", "go",
                                             "rust", "bash", "c", "cpp", "java", "ruby", "php", "csharp", "lua", "kotlin", "swift", "yaml"]
