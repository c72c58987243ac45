# test: hir
# Exception handlers are not modelled yet: the function has no typed form, and the reason says
# why.
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return 0
# run: f(0)
# ---- expected (cpython 3.11) ----
unsupported: no typed form: exception handlers
