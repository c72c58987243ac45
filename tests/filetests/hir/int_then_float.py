# test: hir
# A float accumulator that starts as the int 0 (`s = 0`, then `s += x * scale` quickened as
# float arithmetic): the guard quickening asks for on `s` is `Int|Float`, which propagation
# proves at both loops' headers and removes. `Int|Float` with a `Float` is float arithmetic
# (the int converted as CPython converts it), so the typed tier holds `s` as a number and its
# kind (`PRepr::Num`) and no iteration boxes it; with no iteration `s` is the int.
def f(rows, scale):
    s = 0
    for row in rows:
        for x in row:
            s += x * scale
    return s
# warm: f([[0.5, 1.5], [2.5]], 2.0)
# run: f([], 2.0)
# run: f([[], [1.5]], 2.0)
# run: f([[-0.0]], 1.0)
# run: f([[1, 2.5]], 2.0)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v39 = param 0  : Any
    v40 = param 1  : Any
    v41 = unbound  : Unbound
    v42 = unbound  : Unbound
    v43 = unbound  : Unbound
    v44 = const 0  : Int i64
    v45 = GET_ITER 0 v39  : Any  @4 [v39 v40 v44 v42 v43 | v39]
    jump block8()
# loop block1 block2 block3 block4 block5 block7: generic: iteration over Any
block1(v2: Int|Float, v3: Unbound|Any, v4: Unbound|Float):  # unit 5
    for_iter v45 -> v46 (Any): block2(), block6()  @5 [v39 v40 v2 v3 v4 | v45]
block2():  # unit 6
    v48 = GET_ITER 0 v46  : Any  @8 [v39 v40 v2 v46 v4 | v45 v46]
    jump block7()
# loop block3 block4: generic: v15 (Int|Float) crosses the loop's blocks
block3(v15: Int|Float, v17: Unbound|Float):  # unit 9
    for_iter v48 -> v49 (Any): block4(), block5()  @9 [v39 v40 v15 v46 v17 | v45 v48]
block4():  # unit 10
    v55 = guard Float v49  : Float f64  @14 [v39 v40 v15 v46 v49 | v45 v48 v15 v49 v40]
    v53 = BINARY_OP 5 v55, v58  : Float f64  @14 [v39 v58 v15 v46 v55 | v45 v48 v15 v55 v58]
    v54 = BINARY_OP 13 v15, v53  : Float f64  @16 [v39 v58 v15 v46 v55 | v45 v48 v15 v53]
    jump block3(v54, v55)
block5():  # unit 20
    jump block1(v15, v46, v17)
block6():  # unit 21
    return v2
block7():  # entry to the loop at unit 9
    jump block3(v2, v4)
block8():  # entry to the loop at unit 5
    v58 = guard Float v40  : Float f64  @5 [v39 v40 v44 v42 v43 | v45]
    jump block1(v44, v42, v43)
