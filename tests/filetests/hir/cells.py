# test: hir
# A closure: the free variable's slot is filled by COPY_FREE_VARS from the function's closure,
# `total` is a cell (MAKE_CELL wraps the slot) read and written through LOAD_DEREF and
# STORE_DEREF, and LOAD_CLOSURE passes the cell itself to the inner function.
def make(step):
    def f(n):
        total = 0
        def add(k):
            nonlocal total
            total += k * step
        for i in range(n):
            add(i)
        return total
    return f
f = make(3)
# run: f(4)
# ---- expected (cpython 3.11) ----
function make.<locals>.f
block0():  # unit 0
    v18 = param 0  : Any
    v19 = unbound  : Unbound
    v20 = unbound  : Unbound
    v21 = unbound  : Unbound
    v22 = unbound  : Unbound
    v23 = COPY_FREE_VARS 1  : Any
    v24 = MAKE_CELL 3 v21  : Any
    v25 = const 0  : Int i64
    STORE_DEREF 3 v24, v25  @4 [v18 v19 v20 v24 v23 | v25]
    v26 = BUILD_TUPLE 2 v23, v24  : Tuple  @7 [v18 v19 v20 v24 v23 | v23 v24]
    v27 = const co_consts[2]  : Any
    v28 = MAKE_FUNCTION 8 v26, v27  : Any  @9 [v18 v19 v20 v24 v23 | v26 v27]
    v29 = LOAD_GLOBAL 1  : Any  @11 [v18 v28 v20 v24 v23 | ]
    v30 = null  : Null
    v31 = CALL 1 v30, v29, v18  : Any  @20 [v18 v28 v20 v24 v23 | v30 v29 v18]
    v32 = GET_ITER 0 v31  : Any  @25 [v18 v28 v20 v24 v23 | v31]
    jump block4()
# loop block1 block2: generic: CALL of Null, Any, Int
block1(v2: Unbound|Int):  # unit 26
    for_iter v40 -> v33 (Int i64): block2(), block3()  @26 [v18 v28 v2 v24 v23 | v40]
block2():  # unit 27
    v34 = null  : Null
    v37 = CALL 1 v34, v28, v33  : Any  @33 [v18 v28 v33 v24 v23 | v40 v34 v28 v33]
    jump block1(v33)
block3():  # unit 40
    v38 = LOAD_DEREF 3 v24  : Any  @40 [v18 v28 v2 v24 v23 | ]
    return v38
block4():  # entry to the loop at unit 26
    v40 = guard RangeIter v32  : RangeIter  @26 [v18 v28 v20 v24 v23 | v32]
    jump block1(v20)
