# test: hir
# A for loop quickened with ints: `x * k` is BINARY_OP_MULTIPLY_INT. `k` is loop-invariant, so
# its guard moves to the loop's entry edge (the iterator on the stack in its deopt state); the
# item `x` is new on each iteration and keeps its guard; `t` is Int around the loop.
def f(xs, k):
    t = 0
    for x in xs:
        t = t + x * k
    return t
# warm: f([1, 2, 3], 4)
# run: f([1, 2, 3], 4)
# run: f([1.5, 2], 4)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = unbound  : Unbound
    v18 = unbound  : Unbound
    v19 = const 0  : Int i64
    v20 = GET_ITER 0 v15  : Any  @4 [v15 v16 v19 v18 | v15]
    jump block4()
# loop block1 block2: generic: iteration over Any
block1(v2: Int i64, v3: Unbound|Int):  # unit 5
    for_iter v20 -> v21 (Any): block2(), block3()  @5 [v15 v16 v2 v3 | v20]
block2():  # unit 6
    v27 = guard Int v21  : Int i64  @10 [v15 v16 v2 v21 | v20 v2 v21 v16]
    v25 = BINARY_OP 5 v27, v31  : Int i64  @10 [v15 v31 v2 v27 | v20 v2 v27 v31]
    v26 = BINARY_OP 0 v2, v25  : Int i64  @12 [v15 v31 v2 v27 | v20 v2 v25]
    jump block1(v26, v27)
block3():  # unit 16
    return v2
block4():  # entry to the loop at unit 5
    v31 = guard Int v16  : Int i64  @5 [v15 v16 v19 v18 | v20]
    jump block1(v19, v18)
