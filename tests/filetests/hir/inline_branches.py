# test: hir
# Callees with branches are computed in place too. `bend`'s blocks follow the caller's, each
# ending in the callee's own branch or jump, and its returns jump to the block that continues
# after the CALL, whose parameter is the CALL's result (one kind of number from every return).
# `ratio`'s `raise` becomes a deopt to the CALL (the interpreter then makes the call, which
# raises from the callee's own frame), and its `/`, which 3.11 never quickens, is typed from the
# caller's argument: `x` is a float there, after `bend`'s guard.
def bend(x, k):
    if x < 0.0:
        y = -x * k
    else:
        y = x * 2.0
    return y + 1.0


def ratio(a, b):
    if b == 0.0:
        raise ZeroDivisionError("no ratio")
    return a / b


def f(xs, k):
    t = 0.0
    for x in xs:
        t += bend(x, k) + ratio(x, k)
    return t
# warm: f([1.5, -2.0, 0.25], 3.0)
# run: f([1.5, -2.0, 0.25], 3.0)
# run: repr(f([1.5, -2.0, -0.0, float("nan")], 0.5))
# run: f([1.5, 2], 3.0)
# run: f([1.5, 2.5], 0.0)
# run: f([1.5, 2.5], 0)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = unbound  : Unbound
    v18 = unbound  : Unbound
    v19 = const 0.0  : Float f64
    v20 = GET_ITER 0 v15  : Any  @4 [v15 v16 v19 v18 | v15]
    jump block11()
# loop block1 block2 block4 block5 block6 block7 block9 block10: generic: iteration over Any
block1(v2: Float f64, v3: Unbound|Float):  # unit 5
    for_iter v20 -> v21 (Any): block2(), block3()  @5 [v15 v16 v2 v3 | v20]
block2():  # ends in a callee's code, unit 6
    v23 = LOAD_GLOBAL 1  : Any  @8 [v15 v16 v2 v21 | v20 v2]
    v24 = null  : Null
    callee 0 v23  @18 [v15 v16 v2 v21 | v20 v2 v24 v23 v21 v16]
    v38 = const 0.0  : Float f64
    v39 = guard Float v21  : Float f64  @18 [v15 v16 v2 v21 | v20 v2 v24 v23 v21 v16]
    v40 = COMPARE_OP 0 v39, v38  : Bool  @18 [v15 v16 v2 v39 | v20 v2 v24 v23 v39 v16]
    branch False v40 -> block5(), block4()  @18 [v15 v16 v2 v39 | v20 v2 v24 v23 v39 v16]
block3():  # unit 44
    return v2
block4():  # ends in a callee's code, unit 18
    v41 = UNARY_NEGATIVE 0 v39  : Float f64  @18 [v15 v16 v2 v39 | v20 v2 v24 v23 v39 v16]
    v43 = BINARY_OP 5 v41, v52  : Float f64  @18 [v15 v52 v2 v39 | v20 v2 v24 v23 v39 v52]
    jump block6(v43)
block5():  # ends in a callee's code, unit 18
    v44 = const 2.0  : Float f64
    v45 = BINARY_OP 5 v39, v44  : Float f64  @18 [v15 v16 v2 v39 | v20 v2 v24 v23 v39 v16]
    jump block6(v45)
block6(v37: Float f64):  # ends in a callee's code, unit 18
    v46 = const 1.0  : Float f64
    v47 = BINARY_OP 0 v37, v46  : Float f64  @18 [v15 v16 v2 v39 | v20 v2 v24 v23 v39 v16]
    jump block7(v47)
block7(v27: Float f64):  # ends in a callee's code, unit 18
    v28 = LOAD_GLOBAL 3  : Any  @23 [v15 v16 v2 v39 | v20 v2 v27]
    v29 = null  : Null
    callee 1 v28  @33 [v15 v16 v2 v39 | v20 v2 v27 v29 v28 v39 v16]
    v48 = const 0.0  : Float f64
    v50 = COMPARE_OP 2 v52, v48  : Bool  @33 [v15 v52 v2 v39 | v20 v2 v27 v29 v28 v39 v52]
    branch False v50 -> block9(), block8()  @33 [v15 v52 v2 v39 | v20 v2 v27 v29 v28 v39 v52]
block8():  # ends in a callee's code, unit 33
    deopt  @33 [v15 v52 v2 v39 | v20 v2 v27 v29 v28 v39 v52]
block9():  # ends in a callee's code, unit 33
    v51 = BINARY_OP 11 v39, v52  : Float f64  @33 [v15 v52 v2 v39 | v20 v2 v27 v29 v28 v39 v52]
    jump block10(v51)
block10(v30: Float f64):  # unit 33
    v31 = BINARY_OP 0 v27, v30  : Float f64  @38 [v15 v52 v2 v39 | v20 v2 v27 v30]
    v32 = BINARY_OP 13 v2, v31  : Float f64  @40 [v15 v52 v2 v39 | v20 v2 v31]
    jump block1(v32, v39)
block11():  # entry to the loop at unit 5
    v52 = guard Float v16  : Float f64  @5 [v15 v16 v19 v18 | v20]
    jump block1(v19, v18)
