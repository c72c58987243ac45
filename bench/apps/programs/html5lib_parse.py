"""html5lib: a generated HTML document parsed (the WHATWG algorithm) and serialised."""
import random
import zlib

import html5lib

rng = random.Random(37)
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def block(d):
    if d == 0:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
    tag = rng.choice(["div", "p", "span", "ul", "table", "a", "em"])
    if tag == "ul":
        return "<ul>" + "".join(f"<li>{block(d - 1)}" for _ in range(3)) + "</ul>"
    if tag == "table":
        return "<table>" + "".join(f"<tr><td>{block(d - 1)}<td>{rng.randint(0, 99)}" for _ in range(3)) + "</table>"
    attrs = f' class="c{rng.randint(0, 9)}" id=x{rng.randint(0, 9999)}'
    return f"<{tag}{attrs}>{block(d - 1)} {block(d - 1)}</{tag}>"


doc = "<!doctype html><title>t</title><body>" + "".join(block(4) for _ in range(480))
crc = 0
for _ in range(2):
    tree = html5lib.parse(doc)
    out = html5lib.serialize(tree)
    crc = zlib.crc32(out.encode(), crc)
print(len(doc), len(out), crc)
