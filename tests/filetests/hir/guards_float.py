# test: hir
# Quickened with a list of floats: `xs[i]` is BINARY_SUBSCR_LIST_INT, `s += xs[i] * scale`
# BINARY_OP_MULTIPLY_FLOAT and _ADD_FLOAT. The guards on `xs` (List) and `scale` (Float) do not
# depend on the loop: they move to a block on the loop's entry edge, deopting to the loop's
# first instruction. Only the element's guard stays in the body; the accumulator is Float
# around the loop and `n` was guarded Int at the first test.
def f(xs, scale):
    s = 0.0
    i = 0
    n = len(xs)
    while i < n:
        s += xs[i] * scale
        i += 1
    return s
# warm: f([0.5, 1.5, 2.5], 2.0)
# run: f([1.0, 2.0], 3.0)
# run: f([1, 2], 3)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v10 = param 0  : Any
    v11 = param 1  : Any
    v12 = unbound  : Unbound
    v13 = unbound  : Unbound
    v14 = unbound  : Unbound
    v15 = const 0.0  : Float f64
    v16 = const 0  : Int i64
    v17 = LOAD_GLOBAL 1  : Any  @5 [v10 v11 v15 v16 v14 | ]
    v18 = null  : Null
    v19 = CALL 1 v18, v17, v10  : Any  @14 [v10 v11 v15 v16 v14 | v18 v17 v10]
    v32 = guard Int v19  : Int i64  @22 [v10 v11 v15 v16 v19 | v16 v19]
    v20 = COMPARE_OP 0 v16, v32  : Bool  @22 [v10 v11 v15 v16 v32 | v16 v32]
    branch False v20 -> block2(v15, v16), block3()  @25 [v10 v11 v15 v16 v32 | v20]
# loop block1: a typed kernel
block1(v2: Float f64, v3: Int i64):  # unit 26
    v24 = BINARY_SUBSCR 0 v39, v3  : Any  @29 [v39 v11 v2 v3 v32 | v2 v39 v3]
    v34 = guard Float v24  : Float f64  @35 [v39 v11 v2 v3 v32 | v2 v24 v11]
    v26 = BINARY_OP 5 v34, v40  : Float f64  @35 [v39 v40 v2 v3 v32 | v2 v34 v40]
    v27 = BINARY_OP 13 v2, v26  : Float f64  @37 [v39 v40 v2 v3 v32 | v2 v26]
    v28 = const 1  : Int i64
    v29 = BINARY_OP 13 v3, v28  : Int i64  @42 [v39 v40 v27 v3 v32 | v3 v28]
    v31 = COMPARE_OP 0 v29, v32  : Bool  @47 [v39 v40 v27 v29 v32 | v29 v32]
    branch True v31 -> block1(v27, v29), block2(v27, v29)  @50 [v39 v40 v27 v29 v32 | v31]
block2(v7: Float f64, v8: Int i64):  # unit 51
    return v7
block3():  # entry to the loop at unit 26
    v39 = guard List v10  : List  @26 [v10 v11 v15 v16 v32 | ]
    v40 = guard Float v11  : Float f64  @26 [v10 v11 v15 v16 v32 | ]
    jump block1(v15, v16)
