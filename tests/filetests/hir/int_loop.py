# test: hir
# A counted while loop over ints: the loop-carried locals stay Int at the header (the entry's
# constant 0 joined with Int + Int), while `n` is unknown (a parameter) so the comparison is Any.
def f(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * 2
        i += 1
    return total
# run: f(10)
# run: f(10**20 // 10**19)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v6 = param 0  : Any
    v7 = unbound  : Unbound
    v8 = unbound  : Unbound
    v9 = const 0  : Int i64
    v10 = const 0  : Int i64
    v11 = COMPARE_OP 0 v10, v6  : Any  @7 [v6 v9 v10 | v10 v6]
    branch False v11 -> block2(v9, v10), block1(v9, v10)  @10 [v6 v9 v10 | v11]
# loop block1: generic: COMPARE_OP of Int, Any
block1(v1: Int i64, v2: Int i64):  # unit 11
    v14 = const 2  : Int i64
    v15 = BINARY_OP 5 v2, v14  : Int i64  @14 [v6 v1 v2 | v1 v2 v14]
    v16 = BINARY_OP 0 v1, v15  : Int i64  @16 [v6 v1 v2 | v1 v15]
    v17 = const 1  : Int i64
    v18 = BINARY_OP 13 v2, v17  : Int i64  @21 [v6 v16 v2 | v2 v17]
    v20 = COMPARE_OP 0 v18, v6  : Any  @26 [v6 v16 v18 | v18 v6]
    branch True v20 -> block1(v16, v18), block2(v16, v18)  @29 [v6 v16 v18 | v20]
block2(v4: Int i64, v5: Int i64):  # unit 30
    return v4
