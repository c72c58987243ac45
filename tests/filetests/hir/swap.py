# test: hir
# A loop that keeps an item of a list in a local across a store that may release it:
# `t = a[i]; a[i] = t * 2.0` frees the float `t` names when the list held its last reference.
# A kernel holds items borrowed, and an exit writes `t` back as that very object (identity),
# so this loop is not a kernel (`kernel::items_not_kept_across_stores`). The second loop reads
# items only into arithmetic and stores new values: a kernel. (A swap, `t = a[i]; a[i] = a[j];
# a[j] = t`, scimark's FFT_bitreverse, stores an unguarded item and is refused before that.)
def f(a, n):
    s = 0.0
    for i in range(n):
        t = a[i]
        a[i] = t * 2.0
        s = s + t
    for i in range(n):
        a[i] = a[i] * 0.5 + s
    return a, s
# warm: f([0.5, 1.5, 2.5, 3.5], 4)
# run: f([0.5, 1.5, 2.5, 3.5], 4)
# run: f([1, 2.5, 3], 3)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v36 = param 0  : Any
    v37 = param 1  : Any
    v38 = unbound  : Unbound
    v39 = unbound  : Unbound
    v40 = unbound  : Unbound
    v41 = const 0.0  : Float f64
    v42 = LOAD_GLOBAL 1  : Any  @3 [v36 v37 v41 v39 v40 | ]
    v43 = null  : Null
    v44 = CALL 1 v43, v42, v37  : Any  @12 [v36 v37 v41 v39 v40 | v43 v42 v37]
    v45 = GET_ITER 0 v44  : Any  @17 [v36 v37 v41 v39 v40 | v44]
    jump block7()
# loop block1 block2: generic: an item read and kept across a store into a list
block1(v2: Float f64, v3: Unbound|Int, v4: Unbound|Float):  # unit 18
    for_iter v87 -> v46 (Int i64): block2(), block3()  @18 [v36 v37 v2 v3 v4 | v87]
block2():  # unit 19
    v49 = BINARY_SUBSCR 0 v86, v46  : Any  @22 [v86 v37 v2 v46 v4 | v87 v86 v46]
    v50 = const 2.0  : Float f64
    v73 = guard Float v49  : Float f64  @30 [v86 v37 v2 v46 v49 | v87 v49 v50]
    v51 = BINARY_OP 5 v73, v50  : Float f64  @30 [v86 v37 v2 v46 v73 | v87 v73 v50]
    STORE_SUBSCR 0 v51, v86, v46  @34 [v86 v37 v2 v46 v73 | v87 v51 v86 v46]
    v53 = BINARY_OP 0 v2, v73  : Float f64  @38 [v86 v37 v2 v46 v73 | v87 v2 v73]
    jump block1(v53, v46, v73)
block3():  # unit 42
    v54 = LOAD_GLOBAL 1  : Any  @42 [v36 v37 v2 v3 v4 | ]
    v55 = null  : Null
    v57 = CALL 1 v55, v54, v37  : Any  @51 [v36 v37 v2 v3 v4 | v55 v54 v37]
    v58 = GET_ITER 0 v57  : Any  @56 [v36 v37 v2 v3 v4 | v57]
    jump block8()
# loop block4 block5: a typed kernel
block4(v21: Unbound|Int):  # unit 57
    for_iter v89 -> v59 (Int i64): block5(), block6()  @57 [v36 v37 v2 v21 v4 | v89]
block5():  # unit 58
    v62 = BINARY_SUBSCR 0 v88, v59  : Any  @61 [v88 v37 v2 v59 v4 | v89 v88 v59]
    v63 = const 0.5  : Float f64
    v81 = guard Float v62  : Float f64  @67 [v88 v37 v2 v59 v4 | v89 v62 v63]
    v64 = BINARY_OP 5 v81, v63  : Float f64  @67 [v88 v37 v2 v59 v4 | v89 v81 v63]
    v66 = BINARY_OP 0 v64, v2  : Float f64  @70 [v88 v37 v2 v59 v4 | v89 v64 v2]
    STORE_SUBSCR 0 v66, v88, v59  @74 [v88 v37 v2 v59 v4 | v89 v66 v88 v59]
    jump block4(v59)
block6():  # unit 77
    v69 = BUILD_TUPLE 2 v36, v2  : Tuple  @79 [v36 v37 v2 v21 v4 | v36 v2]
    return v69
block7():  # entry to the loop at unit 18
    v86 = guard List v36  : List  @18 [v36 v37 v41 v39 v40 | v45]
    v87 = guard RangeIter v45  : RangeIter  @18 [v36 v37 v41 v39 v40 | v45]
    jump block1(v41, v39, v40)
block8():  # entry to the loop at unit 57
    v88 = guard List v36  : List  @57 [v36 v37 v2 v3 v4 | v58]
    v89 = guard RangeIter v58  : RangeIter  @57 [v36 v37 v2 v3 v4 | v58]
    jump block4(v3)
