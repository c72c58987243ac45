# test: hir
# A callee may read attributes of its arguments: each of `norm2`'s LOAD_ATTRs becomes a
# `callee_attr` (the callee's own name and a site of the caller's for it), read where generic
# lookup finds the attribute without running code; its only uses are the guards that unbox it.
# An attribute that is not there, or that a property or `__getattr__` makes, deopts to the
# CALL, and the interpreter makes the call.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class W:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm2(v):
    return v.x * v.x + v.y * v.y


def f(vs):
    t = 0.0
    for v in vs:
        t += norm2(v)
    return t
# warm: f([V(1.5, 2.0), V(0.5, -1.0)])
# run: f([V(1.5, 2.0), V(0.5, -1.0)])
# run: f([V(1.5, 2.0), W(0.5, -1.0), V(3, 4.0)])
# run: f([V(1.5, 2.0), V(0.5, "x")])
# run: f([V(1.5, 2.0), 3])
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v12 = param 0  : Any
    v13 = unbound  : Unbound
    v14 = unbound  : Unbound
    v15 = const 0.0  : Float f64
    v16 = GET_ITER 0 v12  : Any  @4 [v12 v15 v14 | v12]
    jump block1(v15, v14)
# loop block1 block2: generic: iteration over Any
block1(v1: Float f64, v2: Unbound|Any):  # unit 5
    for_iter v16 -> v17 (Any): block2(), block3()  @5 [v12 v1 v2 | v16]
block2():  # unit 6
    v19 = LOAD_GLOBAL 1  : Any  @8 [v12 v1 v17 | v16 v1]
    v20 = null  : Null
    callee 0 v19  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v26 = callee_attr 1 v17 name0 of 0  : Any  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v27 = callee_attr 2 v17 name0 of 0  : Any  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v28 = guard Float v26  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v29 = guard Float v27  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v30 = BINARY_OP 5 v28, v29  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v31 = callee_attr 3 v17 name1 of 0  : Any  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v32 = callee_attr 4 v17 name1 of 0  : Any  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v33 = guard Float v31  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v34 = guard Float v32  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v35 = BINARY_OP 5 v33, v34  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v36 = BINARY_OP 0 v30, v35  : Float f64  @17 [v12 v1 v17 | v16 v1 v20 v19 v17]
    v23 = BINARY_OP 13 v1, v36  : Float f64  @22 [v12 v1 v17 | v16 v1 v36]
    jump block1(v23, v17)
block3():  # unit 26
    return v1
