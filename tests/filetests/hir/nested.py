# test: hir
# Nested loops quickened with floats: `a` is invariant in both loops; its guard moves to the
# inner loop's entry edge first, then, being invariant in the outer loop too, to the outer
# loop's entry edge.
def f(n, a):
    s = 0.0
    i = 0
    while i < n:
        j = 0
        while j < n:
            s = s + a * 2.0
            j += 1
        i += 1
    return s
# warm: f(3, 0.5)
# run: f(3, 0.5)
# run: f(2, 3)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v20 = param 0  : Any
    v21 = param 1  : Any
    v22 = unbound  : Unbound
    v23 = unbound  : Unbound
    v24 = unbound  : Unbound
    v25 = const 0.0  : Float f64
    v26 = const 0  : Int i64
    v46 = guard Int v20  : Int i64  @7 [v20 v21 v25 v26 v24 | v26 v20]
    v27 = COMPARE_OP 0 v26, v46  : Bool  @7 [v46 v21 v25 v26 v24 | v26 v46]
    branch False v27 -> block4(v25, v26, v24), block6()  @10 [v46 v21 v25 v26 v24 | v27]
# loop block1 block2 block3 block5: a typed kernel
block1(v2: Float f64, v3: Int i64, v4: Unbound|Int):  # unit 11
    v28 = const 0  : Int i64
    v30 = COMPARE_OP 0 v28, v46  : Bool  @15 [v46 v21 v2 v3 v28 | v28 v46]
    branch False v30 -> block3(v2, v28), block5()  @18 [v46 v21 v2 v3 v28 | v30]
# loop block2: a typed kernel
block2(v7: Float f64, v9: Int i64):  # unit 19
    v33 = const 2.0  : Float f64
    v34 = BINARY_OP 5 v54, v33  : Float f64  @22 [v46 v54 v7 v3 v9 | v7 v54 v33]
    v35 = BINARY_OP 0 v7, v34  : Float f64  @24 [v46 v54 v7 v3 v9 | v7 v34]
    v37 = const 1  : Int i64
    v38 = BINARY_OP 13 v9, v37  : Int i64  @29 [v46 v54 v35 v3 v9 | v9 v37]
    v40 = COMPARE_OP 0 v38, v46  : Bool  @34 [v46 v54 v35 v3 v38 | v38 v46]
    branch True v40 -> block2(v35, v38), block3(v35, v38)  @37 [v46 v54 v35 v3 v38 | v40]
block3(v12: Float f64, v14: Int i64):  # unit 38
    v42 = const 1  : Int i64
    v43 = BINARY_OP 13 v3, v42  : Int i64  @40 [v46 v21 v12 v3 v14 | v3 v42]
    v45 = COMPARE_OP 0 v43, v46  : Bool  @45 [v46 v21 v12 v43 v14 | v43 v46]
    branch True v45 -> block1(v12, v43, v14), block4(v12, v43, v14)  @48 [v46 v21 v12 v43 v14 | v45]
block4(v17: Float f64, v18: Int i64, v19: Unbound|Int):  # unit 49
    return v17
block5():  # entry to the loop at unit 19
    jump block2(v2, v28)
block6():  # entry to the loop at unit 11
    v54 = guard Float v21  : Float f64  @11 [v46 v21 v25 v26 v24 | ]
    jump block1(v25, v26, v24)
