# test: hir
# `for j in range(...)` over a list of floats (scimark's SOR inner loop, simplified): the
# iterator is guarded a range iterator once, on the loop's entry edge, so `j` is an Int held as
# a machine word; `row` is guarded List and `omega` Float on the entry edge as well, each element
# read is guarded Float in the body, and the new value is stored back with STORE_SUBSCR.
def f(row, omega, n):
    for j in range(1, n - 1):
        row[j] = omega * (row[j - 1] + row[j + 1]) + (1.0 - omega) * row[j]
    return row
# warm: f([0.5] * 8, 1.25, 8)
# run: f([0.5] * 8, 1.25, 8)
# run: f([1, 2, 3, 4], 0.5, 4)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = param 2  : Any
    v18 = unbound  : Unbound
    v19 = LOAD_GLOBAL 1  : Any  @1 [v15 v16 v17 v18 | ]
    v20 = null  : Null
    v21 = const 1  : Int i64
    v22 = const 1  : Int i64
    v43 = guard Int v17  : Int i64  @10 [v15 v16 v17 v18 | v20 v19 v21 v17 v22]
    v23 = BINARY_OP 10 v43, v22  : Int i64  @10 [v15 v16 v43 v18 | v20 v19 v21 v43 v22]
    v24 = CALL 2 v20, v19, v21, v23  : Any  @14 [v15 v16 v43 v18 | v20 v19 v21 v23]
    v25 = GET_ITER 0 v24  : Any  @19 [v15 v16 v43 v18 | v24]
    jump block4()
# loop block1 block2: a typed kernel
block1(v3: Unbound|Int):  # unit 20
    for_iter v66 -> v26 (Int i64): block2(), block3()  @20 [v15 v16 v43 v3 | v66]
block2():  # unit 21
    v30 = const 1  : Int i64
    v31 = BINARY_OP 10 v26, v30  : Int i64  @26 [v15 v16 v43 v26 | v66 v16 v15 v26 v30]
    v32 = BINARY_SUBSCR 0 v64, v31  : Any  @28 [v64 v16 v43 v26 | v66 v16 v64 v31]
    v33 = const 1  : Int i64
    v34 = BINARY_OP 0 v26, v33  : Int i64  @36 [v64 v16 v43 v26 | v66 v16 v32 v64 v26 v33]
    v35 = BINARY_SUBSCR 0 v64, v34  : Any  @38 [v64 v16 v43 v26 | v66 v16 v32 v64 v34]
    v51 = guard Float v32  : Float f64  @43 [v64 v16 v43 v26 | v66 v16 v32 v35]
    v52 = guard Float v35  : Float f64  @43 [v64 v16 v43 v26 | v66 v16 v51 v35]
    v36 = BINARY_OP 0 v51, v52  : Float f64  @43 [v64 v16 v43 v26 | v66 v16 v51 v52]
    v37 = BINARY_OP 5 v65, v36  : Float f64  @45 [v64 v65 v43 v26 | v66 v65 v36]
    v38 = const 1.0  : Float f64
    v39 = BINARY_OP 10 v38, v65  : Float f64  @49 [v64 v65 v43 v26 | v66 v37 v38 v65]
    v40 = BINARY_SUBSCR 0 v64, v26  : Any  @53 [v64 v65 v43 v26 | v66 v37 v39 v64 v26]
    v59 = guard Float v40  : Float f64  @58 [v64 v65 v43 v26 | v66 v37 v39 v40]
    v41 = BINARY_OP 5 v39, v59  : Float f64  @58 [v64 v65 v43 v26 | v66 v37 v39 v59]
    v42 = BINARY_OP 0 v37, v41  : Float f64  @60 [v64 v65 v43 v26 | v66 v37 v41]
    STORE_SUBSCR 0 v42, v64, v26  @64 [v64 v65 v43 v26 | v66 v42 v64 v26]
    jump block1(v26)
block3():  # unit 67
    return v15
block4():  # entry to the loop at unit 20
    v64 = guard List v15  : List  @20 [v15 v16 v43 v18 | v25]
    v65 = guard Float v16  : Float f64  @20 [v15 v16 v43 v18 | v25]
    v66 = guard RangeIter v25  : RangeIter  @20 [v15 v16 v43 v18 | v25]
    jump block1(v18)
