# test: hir
# A generator is not modelled yet: the function has no typed form, and the reason says why.
def f(xs):
    for x in xs:
        yield x * 2
# run: list(f([1, 2]))
# ---- expected (cpython 3.11) ----
unsupported: no typed form: generator or coroutine
