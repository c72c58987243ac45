# test: hir
# Both arms assign `c`: one block parameter at the join, and the arguments `a`, `b` pass
# through unchanged (no parameter for them). Any * Float is Any.
def f(a, b):
    if a > b:
        c = a - b
    else:
        c = b - a
    return c * 1.5
# run: f(3, 1)
# run: f(1.5, 4)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v9 = param 0  : Any
    v10 = param 1  : Any
    v11 = unbound  : Unbound
    v12 = COMPARE_OP 4 v9, v10  : Any  @3 [v9 v10 v11 | v9 v10]
    branch False v12 -> block2(), block1()  @6 [v9 v10 v11 | v12]
block1():  # unit 7
    v15 = BINARY_OP 10 v9, v10  : Any  @9 [v9 v10 v11 | v9 v10]
    jump block3(v15)
block2():  # unit 13
    v18 = BINARY_OP 10 v10, v9  : Any  @15 [v9 v10 v11 | v10 v9]
    jump block3(v18)
block3(v8: Any):  # unit 18
    v20 = const 1.5  : Float f64
    v21 = BINARY_OP 5 v8, v20  : Any  @20 [v9 v10 v8 | v8 v20]
    return v21
