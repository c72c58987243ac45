"""pycparser: generated C functions parsed to an AST and generated back to C."""
import random
import zlib

from pycparser import c_generator, c_parser

rng = random.Random(23)


def expr(d):
    if d == 0 or rng.random() < 0.3:
        return rng.choice(["a", "b", "i", "n", str(rng.randint(0, 99)), "p[i]"])
    return f"({expr(d - 1)} {rng.choice(['+', '-', '*', '<<', '&', '|', '^'])} {expr(d - 1)})"


def func(k):
    body = []
    for _ in range(rng.randint(4, 9)):
        c = rng.random()
        if c < 0.3:
            body.append(f"for (i = 0; i < n; i++) {{ a += {expr(3)}; if (a > {rng.randint(0, 999)}) b ^= a; }}")
        elif c < 0.5:
            body.append(f"while (b < {expr(2)}) {{ b = b + 1 + {expr(2)}; }}")
        elif c < 0.7:
            body.append(f"switch (a & 3) {{ case 0: b = {expr(2)}; break; case 1: a = {expr(2)}; break; default: a++; }}")
        else:
            body.append(f"a = {expr(4)};")
    return (f"int f{k}(int n, int *p) {{ int a = {k}, b = 0, i; "
            + " ".join(body) + " return a ^ b; }")


src = "\n".join(func(k) for k in range(120))
parser, gen = c_parser.CParser(), c_generator.CGenerator()
crc = 0
for _ in range(5):
    ast = parser.parse(src)
    out = gen.visit(ast)
    crc = zlib.crc32(out.encode(), crc)
print(len(ast.ext), len(out), crc)
