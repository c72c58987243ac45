# test: hir
# A subscript of a parameter whose class defines `__getitem__` and `__setitem__` in Python is
# computed in place too (`g[x, y]`): `callee_slot` checks the class's version tag and the
# function's code; the index tuple is never built (the callee's unpacking reads its items, and
# its checks deopt to the BUILD_TUPLE); `self.data` is a `callee_attr` guarded to an array, and
# the bounds check `self._idx(x, y)` a callee of the callee (`callee_method`, then `callee`).
from array import array


class Plane:
    def __init__(self, w, h):
        self.width = w
        self.height = h
        self.data = array("d", [0.5]) * (w * h)

    def _idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError

    def __getitem__(self, x_y):
        (x, y) = x_y
        return self.data[self._idx(x, y)]

    def __setitem__(self, x_y, val):
        (x, y) = x_y
        self.data[self._idx(x, y)] = val


def f(g, n):
    for x in range(1, n):
        g[x, 1] = g[x - 1, 1] * 0.5 + 1.0
    return g[n - 1, 1]
# warm: f(Plane(10, 3), 9)
# args: [Plane(10, 3), 9]
# run: f(Plane(10, 3), 9)
# run: f(Plane(4, 3), 9)
# run: f(Plane(10, 1), 9)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v12 = param 0  : Any
    v13 = param 1  : Any
    v14 = unbound  : Unbound
    v15 = LOAD_GLOBAL 1  : Any  @1 [v12 v13 v14 | ]
    v16 = null  : Null
    v17 = const 1  : Int i64
    v18 = CALL 2 v16, v15, v17, v13  : Any  @11 [v12 v13 v14 | v16 v15 v17 v13]
    v19 = GET_ITER 0 v18  : Any  @16 [v12 v13 v14 | v18]
    jump block37()
# loop block1 block2 block4 block5 block7 block8 block9 block11 block13 block14 block15 block16 block18 block19 block20 block22 block24 block25: generic: a call computed in place
block1(v2: Unbound|Int):  # unit 17
    for_iter v111 -> v20 (Int i64): block2(), block3()  @17 [v12 v13 v2 | v111]
block2():  # ends in a callee's code, unit 18
    v23 = const 1  : Int i64
    v24 = BINARY_OP 10 v20, v23  : Int i64  @22 [v12 v13 v20 | v111 v12 v20 v23]
    v25 = const 1  : Int i64
    callee_slot 0 v12  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v47 = callee_attr 1 v12 name0 of 0  : Any  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v48 = callee_method 2 v12 name1 of 0  : Any  @25 [v12 v13 v20 | v111 v12 v24 v25]
    callee 3 v48 depth 2  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v50 = const 0  : Int i64
    v52 = COMPARE_OP 1 v50, v24  : Bool  @25 [v12 v13 v20 | v111 v12 v24 v25]
    branch False v52 -> block6(), block4()  @25 [v12 v13 v20 | v111 v12 v24 v25]
block3():  # ends in a callee's code, unit 44
    v36 = const 1  : Int i64
    v45 = guard Int v13  : Int i64  @47 [v12 v13 v2 | v12 v13 v36]
    v37 = BINARY_OP 10 v45, v36  : Int i64  @47 [v12 v45 v2 | v12 v45 v36]
    v38 = const 1  : Int i64
    callee_slot 16 v12  @50 [v12 v45 v2 | v12 v37 v38]
    v90 = callee_attr 17 v12 name0 of 16  : Any  @50 [v12 v45 v2 | v12 v37 v38]
    v91 = callee_method 18 v12 name1 of 16  : Any  @50 [v12 v45 v2 | v12 v37 v38]
    callee 19 v91 depth 2  @50 [v12 v45 v2 | v12 v37 v38]
    v93 = const 0  : Int i64
    v95 = COMPARE_OP 1 v93, v37  : Bool  @50 [v12 v45 v2 | v12 v37 v38]
    branch False v95 -> block28(), block26()  @50 [v12 v45 v2 | v12 v37 v38]
block4():  # ends in a callee's code, unit 26
    v53 = callee_attr 4 v12 name0 of 3  : Any  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v54 = guard Int v53  : Int i64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v55 = COMPARE_OP 0 v24, v54  : Bool  @25 [v12 v13 v20 | v111 v12 v24 v25]
    branch False v55 -> block12(), block5()  @25 [v12 v13 v20 | v111 v12 v24 v25]
block5():  # ends in a callee's code, unit 26
    jump block7()
block6():  # ends in a callee's code, unit 26
    jump block12()
block7():  # ends in a callee's code, unit 26
    v56 = const 0  : Int i64
    v58 = COMPARE_OP 1 v56, v25  : Bool  @25 [v12 v13 v20 | v111 v12 v24 v25]
    branch False v58 -> block10(), block8()  @25 [v12 v13 v20 | v111 v12 v24 v25]
block8():  # ends in a callee's code, unit 26
    v59 = callee_attr 5 v12 name1 of 3  : Any  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v60 = guard Int v59  : Int i64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v61 = COMPARE_OP 0 v25, v60  : Bool  @25 [v12 v13 v20 | v111 v12 v24 v25]
    branch False v61 -> block12(), block9()  @25 [v12 v13 v20 | v111 v12 v24 v25]
block9():  # ends in a callee's code, unit 26
    jump block11()
block10():  # ends in a callee's code, unit 26
    jump block12()
block11():  # ends in a callee's code, unit 26
    v62 = callee_attr 6 v12 name0 of 3  : Any  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v63 = guard Int v62  : Int i64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v64 = BINARY_OP 5 v25, v63  : Int i64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v65 = BINARY_OP 0 v64, v24  : Int i64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    jump block13(v65)
block12():  # ends in a callee's code, unit 26
    deopt  @25 [v12 v13 v20 | v111 v12 v24 v25]
block13(v46: Int i64):  # ends in a callee's code, unit 26
    v66 = guard ArrayF64 v47  : ArrayF64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    v67 = BINARY_SUBSCR 0 v66, v46  : Float f64  @25 [v12 v13 v20 | v111 v12 v24 v25]
    jump block14(v67)
block14(v27: Float f64):  # ends in a callee's code, unit 26
    v28 = const 0.5  : Float f64
    v29 = BINARY_OP 5 v27, v28  : Float f64  @32 [v12 v13 v20 | v111 v27 v28]
    v30 = const 1.0  : Float f64
    v31 = BINARY_OP 0 v29, v30  : Float f64  @35 [v12 v13 v20 | v111 v29 v30]
    v32 = const 1  : Int i64
    callee_slot 8 v12  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v69 = callee_attr 9 v12 name0 of 8  : Any  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v70 = callee_method 10 v12 name1 of 8  : Any  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    callee 11 v70 depth 2  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v72 = const 0  : Int i64
    v74 = COMPARE_OP 1 v72, v20  : Bool  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    branch False v74 -> block17(), block15()  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
block15():  # ends in a callee's code, unit 41
    v75 = callee_attr 12 v12 name0 of 11  : Any  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v76 = guard Int v75  : Int i64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v77 = COMPARE_OP 0 v20, v76  : Bool  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    branch False v77 -> block23(), block16()  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
block16():  # ends in a callee's code, unit 41
    jump block18()
block17():  # ends in a callee's code, unit 41
    jump block23()
block18():  # ends in a callee's code, unit 41
    v78 = const 0  : Int i64
    v80 = COMPARE_OP 1 v78, v32  : Bool  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    branch False v80 -> block21(), block19()  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
block19():  # ends in a callee's code, unit 41
    v81 = callee_attr 13 v12 name1 of 11  : Any  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v82 = guard Int v81  : Int i64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v83 = COMPARE_OP 0 v32, v82  : Bool  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    branch False v83 -> block23(), block20()  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
block20():  # ends in a callee's code, unit 41
    jump block22()
block21():  # ends in a callee's code, unit 41
    jump block23()
block22():  # ends in a callee's code, unit 41
    v84 = callee_attr 14 v12 name0 of 11  : Any  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v85 = guard Int v84  : Int i64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v86 = BINARY_OP 5 v32, v85  : Int i64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    v87 = BINARY_OP 0 v86, v20  : Int i64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    jump block24(v87)
block23():  # ends in a callee's code, unit 41
    deopt  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
block24(v68: Int i64):  # ends in a callee's code, unit 41
    v88 = guard ArrayF64 v69  : ArrayF64  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    STORE_SUBSCR 0 v31, v88, v68  @40 [v12 v13 v20 | v111 v31 v12 v20 v32]
    jump block25()
block25():  # unit 41
    jump block1(v20)
block26():  # ends in a callee's code, unit 51
    v96 = callee_attr 20 v12 name0 of 19  : Any  @50 [v12 v45 v2 | v12 v37 v38]
    v97 = guard Int v96  : Int i64  @50 [v12 v45 v2 | v12 v37 v38]
    v98 = COMPARE_OP 0 v37, v97  : Bool  @50 [v12 v45 v2 | v12 v37 v38]
    branch False v98 -> block34(), block27()  @50 [v12 v45 v2 | v12 v37 v38]
block27():  # ends in a callee's code, unit 51
    jump block29()
block28():  # ends in a callee's code, unit 51
    jump block34()
block29():  # ends in a callee's code, unit 51
    v99 = const 0  : Int i64
    v101 = COMPARE_OP 1 v99, v38  : Bool  @50 [v12 v45 v2 | v12 v37 v38]
    branch False v101 -> block32(), block30()  @50 [v12 v45 v2 | v12 v37 v38]
block30():  # ends in a callee's code, unit 51
    v102 = callee_attr 21 v12 name1 of 19  : Any  @50 [v12 v45 v2 | v12 v37 v38]
    v103 = guard Int v102  : Int i64  @50 [v12 v45 v2 | v12 v37 v38]
    v104 = COMPARE_OP 0 v38, v103  : Bool  @50 [v12 v45 v2 | v12 v37 v38]
    branch False v104 -> block34(), block31()  @50 [v12 v45 v2 | v12 v37 v38]
block31():  # ends in a callee's code, unit 51
    jump block33()
block32():  # ends in a callee's code, unit 51
    jump block34()
block33():  # ends in a callee's code, unit 51
    v105 = callee_attr 22 v12 name0 of 19  : Any  @50 [v12 v45 v2 | v12 v37 v38]
    v106 = guard Int v105  : Int i64  @50 [v12 v45 v2 | v12 v37 v38]
    v107 = BINARY_OP 5 v38, v106  : Int i64  @50 [v12 v45 v2 | v12 v37 v38]
    v108 = BINARY_OP 0 v107, v37  : Int i64  @50 [v12 v45 v2 | v12 v37 v38]
    jump block35(v108)
block34():  # ends in a callee's code, unit 51
    deopt  @50 [v12 v45 v2 | v12 v37 v38]
block35(v89: Int i64):  # ends in a callee's code, unit 51
    v109 = guard ArrayF64 v90  : ArrayF64  @50 [v12 v45 v2 | v12 v37 v38]
    v110 = BINARY_SUBSCR 0 v109, v89  : Float f64  @50 [v12 v45 v2 | v12 v37 v38]
    jump block36(v110)
block36(v40: Float f64):  # unit 51
    return v40
block37():  # entry to the loop at unit 17
    v111 = guard RangeIter v19  : RangeIter  @17 [v12 v13 v14 | v19]
    jump block1(v14)
