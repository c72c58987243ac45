# test: hir
# Types CPython guarantees: int op int stays Int except `/` (Float) and `**` (Any: a negative
# exponent gives a float); a float operand makes a Float; `&` of ints is Int; comparisons of
# numbers are Bool.
def f():
    a = 7
    b = 2
    q = a / b
    p = a ** b
    m = a * 1.5
    k = a & b
    c = a < b
    return q, p, m, k, c
# run: f()
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v0 = unbound  : Unbound
    v1 = unbound  : Unbound
    v2 = unbound  : Unbound
    v3 = unbound  : Unbound
    v4 = unbound  : Unbound
    v5 = unbound  : Unbound
    v6 = unbound  : Unbound
    v7 = const 7  : Int i64
    v8 = const 2  : Int i64
    v9 = BINARY_OP 11 v7, v8  : Float f64  @7 [v7 v8 v2 v3 v4 v5 v6 | v7 v8]
    v10 = BINARY_OP 8 v7, v8  : Any  @12 [v7 v8 v9 v3 v4 v5 v6 | v7 v8]
    v11 = const 1.5  : Float f64
    v12 = BINARY_OP 5 v7, v11  : Float f64  @17 [v7 v8 v9 v10 v4 v5 v6 | v7 v11]
    v13 = BINARY_OP 1 v7, v8  : Int i64  @22 [v7 v8 v9 v10 v12 v5 v6 | v7 v8]
    v14 = COMPARE_OP 0 v7, v8  : Bool  @27 [v7 v8 v9 v10 v12 v13 v6 | v7 v8]
    v15 = BUILD_TUPLE 5 v9, v10, v12, v13, v14  : Tuple  @36 [v7 v8 v9 v10 v12 v13 v14 | v9 v10 v12 v13 v14]
    return v15
