# test: hir
# `y` is assigned on one path only: its read keeps check_bound (UnboundLocalError with the
# frame state) and its type at the join is Unbound|Int.
def f(x):
    if x:
        y = 1
    return y
# run: f(1)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v4 = param 0  : Any
    v5 = unbound  : Unbound
    branch False v4 -> block2(v5), block1()  @2 [v4 v5 | v4]
block1():  # unit 3
    v6 = const 1  : Int i64
    jump block2(v6)
block2(v3: Unbound|Int):  # unit 5
    v7 = check_bound 1 v3  : Int  @5 [v4 v3 | ]
    return v7
