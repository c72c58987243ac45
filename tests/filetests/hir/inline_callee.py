# test: hir
# A call of a small pure function (`area`: arithmetic on its parameters, quickened with ints)
# is computed in place: `callee 0 v` checks that the global called still has `area`'s code (and
# that no tracer is set and a frame would fit), then `area`'s own instructions follow with its
# guards, every one deopting to the CALL with the caller's state there (the callable and the
# arguments on the stack), and its result replaces the CALL's. `w` is loop-invariant, so its
# guard moves to the loop's entry. `scale` is not computed in place: it calls `abs`.
def area(w, h):
    return w * h + 1


def scale(x):
    return abs(x) * 2


def f(n, w):
    t = 0
    for h in range(n):
        t += area(w, h) - scale(h)
    return t
# warm: f(5, 3)
# run: f(10, 7)
# run: f(3, 2**62)
# run: f(3, 1.5)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = unbound  : Unbound
    v18 = unbound  : Unbound
    v19 = const 0  : Int i64
    v20 = LOAD_GLOBAL 1  : Any  @3 [v15 v16 v19 v18 | ]
    v21 = null  : Null
    v22 = CALL 1 v21, v20, v15  : Any  @12 [v15 v16 v19 v18 | v21 v20 v15]
    v23 = GET_ITER 0 v22  : Any  @17 [v15 v16 v19 v18 | v22]
    jump block4()
# loop block1 block2: generic: LOAD_GLOBAL
block1(v2: Int i64, v3: Unbound|Int):  # unit 18
    for_iter v46 -> v24 (Int i64): block2(), block3()  @18 [v15 v16 v2 v3 | v46]
block2():  # unit 19
    v26 = LOAD_GLOBAL 3  : Any  @21 [v15 v16 v2 v24 | v46 v2]
    v27 = null  : Null
    callee 0 v26  @31 [v15 v16 v2 v24 | v46 v2 v27 v26 v16 v24]
    v42 = BINARY_OP 5 v45, v24  : Int i64  @31 [v15 v45 v2 v24 | v46 v2 v27 v26 v45 v24]
    v43 = const 1  : Int i64
    v44 = BINARY_OP 0 v42, v43  : Int i64  @31 [v15 v45 v2 v24 | v46 v2 v27 v26 v45 v24]
    v31 = LOAD_GLOBAL 5  : Any  @36 [v15 v45 v2 v24 | v46 v2 v44]
    v32 = null  : Null
    v33 = CALL 1 v32, v31, v24  : Any  @45 [v15 v45 v2 v24 | v46 v2 v44 v32 v31 v24]
    v38 = guard Int v33  : Int i64  @50 [v15 v45 v2 v24 | v46 v2 v44 v33]
    v34 = BINARY_OP 10 v44, v38  : Int i64  @50 [v15 v45 v2 v24 | v46 v2 v44 v38]
    v35 = BINARY_OP 13 v2, v34  : Int i64  @52 [v15 v45 v2 v24 | v46 v2 v34]
    jump block1(v35, v24)
block3():  # unit 56
    return v2
block4():  # entry to the loop at unit 18
    v45 = guard Int v16  : Int i64  @18 [v15 v16 v19 v18 | v23]
    v46 = guard RangeIter v23  : RangeIter  @18 [v15 v16 v19 v18 | v23]
    jump block1(v19, v18)
