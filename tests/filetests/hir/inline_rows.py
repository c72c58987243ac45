# test: hir
# A `__getitem__` that returns a row of a list (scimark's `ArrayList`, LU's `A[i][j]`) is
# computed in place: its `isinstance(idx, tuple)` is answered from the index's type (an int),
# leaving `is` checks that `isinstance` and `tuple` are the builtins (read through the
# callee's own sites, `callee_global`), and the tuple branch goes; the row read from the list
# `self.data` is guarded to be the array the attribute's sample found in it, so `A[i][j]` is an
# array load.
from array import array


class Rows:
    def __init__(self, n):
        self.data = [array("d", [0.25]) * n for _ in range(n)]

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            return self.data[idx[1]][idx[0]]
        else:
            return self.data[idx]


def f(A, n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += A[i][j]
    return s
# warm: f(Rows(4), 4)
# args: [Rows(4), 4]
# run: f(Rows(4), 4)
# run: f(Rows(3), 4)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v39 = param 0  : Any
    v40 = param 1  : Any
    v41 = unbound  : Unbound
    v42 = unbound  : Unbound
    v43 = unbound  : Unbound
    v44 = const 0.0  : Float f64
    v45 = LOAD_GLOBAL 1  : Any  @3 [v39 v40 v44 v42 v43 | ]
    v46 = null  : Null
    v47 = CALL 1 v46, v45, v40  : Any  @12 [v39 v40 v44 v42 v43 | v46 v45 v40]
    v48 = GET_ITER 0 v47  : Any  @17 [v39 v40 v44 v42 v43 | v47]
    jump block8()
# loop block1 block2 block3 block4 block5 block7: generic: LOAD_GLOBAL
block1(v2: Float f64, v3: Unbound|Int, v4: Unbound|Int):  # unit 18
    for_iter v74 -> v49 (Int i64): block2(), block6()  @18 [v39 v40 v2 v3 v4 | v74]
block2():  # unit 19
    v50 = LOAD_GLOBAL 1  : Any  @20 [v39 v40 v2 v49 v4 | v74]
    v51 = null  : Null
    v53 = CALL 1 v51, v50, v40  : Any  @29 [v39 v40 v2 v49 v4 | v74 v51 v50 v40]
    v54 = GET_ITER 0 v53  : Any  @34 [v39 v40 v2 v49 v4 | v74 v53]
    jump block7()
# loop block3 block4: generic: a call computed in place
block3(v15: Float f64, v17: Unbound|Int):  # unit 35
    for_iter v73 -> v55 (Int i64): block4(), block5()  @35 [v39 v40 v15 v49 v17 | v74 v73]
block4():  # unit 36
    callee_slot 0 v39  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v67 = callee_global 1 name0 of 0  : Any  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v68 = callee_global 2 name1 of 0  : Any  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    is isinstance v67  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    is tuple v68  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v69 = callee_attr 4 v39 name2 of 0  : Any  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v70 = guard List v69  : List  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v71 = BINARY_SUBSCR 0 v70, v49  : Any  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v72 = guard ArrayF64 v71  : ArrayF64  @40 [v39 v40 v15 v49 v55 | v74 v73 v15 v39 v49]
    v61 = BINARY_SUBSCR 0 v72, v55  : Float f64  @46 [v39 v40 v15 v49 v55 | v74 v73 v15 v72 v55]
    v62 = BINARY_OP 13 v15, v61  : Float f64  @51 [v39 v40 v15 v49 v55 | v74 v73 v15 v61]
    jump block3(v62, v55)
block5():  # unit 55
    jump block1(v15, v49, v17)
block6():  # unit 56
    return v2
block7():  # entry to the loop at unit 35
    v73 = guard RangeIter v54  : RangeIter  @35 [v39 v40 v2 v49 v4 | v74 v54]
    jump block3(v2, v4)
block8():  # entry to the loop at unit 18
    v74 = guard RangeIter v48  : RangeIter  @18 [v39 v40 v44 v42 v43 | v48]
    jump block1(v44, v42, v43)
