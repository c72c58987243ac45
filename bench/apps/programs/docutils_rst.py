"""docutils: a generated reStructuredText document published as HTML."""
import random
import zlib

from docutils.core import publish_string

rng = random.Random(17)
WORDS = "the quick brown fox jumps over a lazy dog while rjit compiles hot loops".split()


def para():
    ws = []
    for _ in range(rng.randint(20, 50)):
        w = rng.choice(WORDS)
        k = rng.random()
        ws.append(f"*{w}*" if k < 0.05 else f"``{w}``" if k < 0.1 else f"`{w} <https://example.com/{w}>`_" if k < 0.13 else w)
    return " ".join(ws).capitalize() + "."


parts = ["=========\nBenchmark\n=========\n"]
for s in range(250):
    title = f"Section {s}"
    parts.append(f"{title}\n{'-' * len(title)}\n")
    for _ in range(3):
        parts.append(para() + "\n")
    parts.append("\n".join(f"* {para()[:60]}" for _ in range(4)) + "\n")
    parts.append(".. note::\n\n   " + para() + "\n")
    parts.append("::\n\n    def f(x):\n        return x + 1\n")
    parts.append("+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+\n")
doc = "\n".join(parts)
html = publish_string(doc, writer_name="html5",
                      settings_overrides={"output_encoding": "unicode", "embed_stylesheet": False,
                                          "report_level": 5})
print(len(doc), len(html), zlib.crc32(html.encode()))
