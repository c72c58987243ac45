"""mistune: a generated Markdown document (headings, lists, emphasis, links, code, tables,
quotes) rendered to HTML, repeatedly."""
import random
import zlib

import mistune

rng = random.Random(11)
WORDS = ("rjit compiles python code into machine code with llvm and keeps it in a cache so "
         "that later processes start warm and fast").split()


def sentence():
    out = []
    for _ in range(rng.randint(6, 16)):
        w = rng.choice(WORDS)
        k = rng.random()
        if k < 0.08:
            w = f"**{w}**"
        elif k < 0.14:
            w = f"*{w}*"
        elif k < 0.18:
            w = f"`{w}()`"
        elif k < 0.22:
            w = f"[{w}](https://example.com/{w})"
        out.append(w)
    return " ".join(out).capitalize() + "."


parts = []
for s in range(60):
    parts.append(f"{'#' * rng.randint(1, 3)} Section {s}\n")
    for _ in range(3):
        parts.append(" ".join(sentence() for _ in range(4)) + "\n")
    parts.append("\n".join(f"- {sentence()}" for _ in range(5)) + "\n")
    parts.append("\n".join(f"{i + 1}. {sentence()}" for i in range(3)) + "\n")
    parts.append("> " + sentence() + "\n")
    parts.append("```python\ndef f(x):\n    return x * 2\n```\n")
    parts.append("| a | b | c |\n|---|---|---|\n" + "\n".join(
        f"| {rng.randint(0, 99)} | {rng.choice(WORDS)} | *{rng.choice(WORDS)}* |" for _ in range(4)) + "\n")
doc = "\n".join(parts)
md = mistune.create_markdown(plugins=["table", "strikethrough"])
crc = 0
for _ in range(12):
    html = md(doc)
    crc = zlib.crc32(html.encode(), crc)
print(len(doc), len(html), crc)
