# test: hir
# A for loop: the iterator is a loop-invariant value on the stack, the item is defined by
# for_iter on the body edge, and `x` is Unbound|Any at the header (unbound before the first
# item). Float + Any is Any: an element may be anything.
def f(xs, scale):
    s = 0.0
    for x in xs:
        s += x * scale
    return s / len(xs)
# run: f([1.0, 2.0, 3.0], 2.0)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = unbound  : Unbound
    v18 = unbound  : Unbound
    v19 = const 0.0  : Float f64
    v20 = GET_ITER 0 v15  : Any  @4 [v15 v16 v19 v18 | v15]
    jump block1(v19, v18)
# loop block1 block2: generic: v2 (Any) crosses the loop's blocks
block1(v2: Any, v3: Unbound|Any):  # unit 5
    for_iter v20 -> v21 (Any): block2(), block3()  @5 [v15 v16 v2 v3 | v20]
block2():  # unit 6
    v25 = BINARY_OP 5 v21, v16  : Any  @10 [v15 v16 v2 v21 | v20 v2 v21 v16]
    v26 = BINARY_OP 13 v2, v25  : Any  @12 [v15 v16 v2 v21 | v20 v2 v25]
    jump block1(v26, v21)
block3():  # unit 16
    v28 = LOAD_GLOBAL 1  : Any  @17 [v15 v16 v2 v3 | v2]
    v29 = null  : Null
    v31 = CALL 1 v29, v28, v15  : Any  @26 [v15 v16 v2 v3 | v2 v29 v28 v15]
    v32 = BINARY_OP 11 v2, v31  : Any  @31 [v15 v16 v2 v3 | v2 v31]
    return v32
