# test: hir
# A method of a parameter is computed in place too (`self.idx(x, y)`): the hook finds it on the
# class of what the parameter held in the frame that made `f` hot (`# args:`). The LOAD_METHOD
# stays, read through its site with a light sync; the callee check is on the method it finds
# (another function, or no method at all: `[NULL, attribute]`, deopts to the CALL), and the
# callee's reads of `self.width` and `self.height` are `callee_attr`s of the owner.
class Grid:
    def __init__(self, w, h):
        self.width = w
        self.height = h

    def idx(self, x, y):
        if 0 <= x < self.width and 0 <= y < self.height:
            return y * self.width + x
        raise IndexError("out of the grid")


def f(self, n):
    s = 0
    for i in range(n):
        s += self.idx(i % 7, i % 5)
    return s
# warm: f(Grid(10, 10), 30)
# args: [Grid(10, 10), 30]
# run: f(Grid(10, 10), 30)
# run: f(Grid(3, 10), 30)
# run: f(Grid(10.5, 10), 30)
# run: f(Grid(2**62, 10), 30)
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
    v22 = CALL 1 v21, v20, v16  : Any  @12 [v15 v16 v19 v18 | v21 v20 v16]
    v23 = GET_ITER 0 v22  : Any  @17 [v15 v16 v19 v18 | v22]
    jump block14()
# loop block1 block2 block4 block5 block7 block8 block9 block11 block13: generic: LOAD_METHOD of Any
block1(v2: Int i64, v3: Unbound|Int):  # unit 18
    for_iter v53 -> v24 (Int i64): block2(), block3()  @18 [v15 v16 v2 v3 | v53]
block2():  # ends in a callee's code, unit 19
    v27, v28 = LOAD_METHOD 1 v15  : Any|Null, Any  @22 [v15 v16 v2 v24 | v53 v2 v15]
    v30 = const 7  : Int i64
    v31 = BINARY_OP 6 v24, v30  : Int i64  @35 [v15 v16 v2 v24 | v53 v2 v27 v28 v24 v30]
    v32 = const 5  : Int i64
    v33 = BINARY_OP 6 v24, v32  : Int i64  @39 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v24 v32]
    callee 0 v27  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v39 = const 0  : Int i64
    v40 = COMPARE_OP 1 v39, v31  : Bool  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    branch False v40 -> block6(), block4()  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
block3():  # unit 52
    return v2
block4():  # ends in a callee's code, unit 43
    v41 = callee_attr 1 v28 name0 of 0  : Any  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v42 = guard Int v41  : Int i64  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v43 = COMPARE_OP 0 v31, v42  : Bool  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    branch False v43 -> block12(), block5()  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
block5():  # ends in a callee's code, unit 43
    jump block7()
block6():  # ends in a callee's code, unit 43
    jump block12()
block7():  # ends in a callee's code, unit 43
    v44 = const 0  : Int i64
    v45 = COMPARE_OP 1 v44, v33  : Bool  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    branch False v45 -> block10(), block8()  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
block8():  # ends in a callee's code, unit 43
    v46 = callee_attr 2 v28 name1 of 0  : Any  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v47 = guard Int v46  : Int i64  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v48 = COMPARE_OP 0 v33, v47  : Bool  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    branch False v48 -> block12(), block9()  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
block9():  # ends in a callee's code, unit 43
    jump block11()
block10():  # ends in a callee's code, unit 43
    jump block12()
block11():  # ends in a callee's code, unit 43
    v49 = callee_attr 3 v28 name0 of 0  : Any  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v50 = guard Int v49  : Int i64  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v51 = BINARY_OP 5 v33, v50  : Int i64  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    v52 = BINARY_OP 0 v51, v31  : Int i64  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
    jump block13(v52)
block12():  # ends in a callee's code, unit 43
    deopt  @43 [v15 v16 v2 v24 | v53 v2 v27 v28 v31 v33]
block13(v34: Int i64):  # unit 43
    v35 = BINARY_OP 13 v2, v34  : Int i64  @48 [v15 v16 v2 v24 | v53 v2 v34]
    jump block1(v35, v24)
block14():  # entry to the loop at unit 18
    v53 = guard RangeIter v23  : RangeIter  @18 [v15 v16 v19 v18 | v23]
    jump block1(v19, v18)
