# test: hir
# `raise` and `assert` end their blocks (a `raise` terminator with the frame state of the
# traceback entry); the rest of the function is built as usual.
def f(x):
    assert x is not None, "no x"
    if x < 0:
        raise ValueError(x)
    return x * 2
# run: f(3)
# run: f(-1)
# run: f(None)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v4 = param 0  : Any
    branch NotNone v4 -> block2(), block1()  @2 [v4 | v4]
block1():  # unit 3
    v5 = LOAD_ASSERTION_ERROR 0  : Any  @3 [v4 | ]
    v6 = const co_consts[1]  : Any
    v7 = CALL 0 v5, v6  : Any  @7 [v4 | v5 v6]
    raise v7  @12 [v4 | v7]
block2():  # unit 13
    v9 = const 0  : Int i64
    v10 = COMPARE_OP 0 v4, v9  : Any  @15 [v4 | v4 v9]
    branch False v10 -> block4(), block3()  @18 [v4 | v10]
block3():  # unit 19
    v11 = LOAD_GLOBAL 1  : Any  @19 [v4 | ]
    v12 = null  : Null
    v14 = CALL 1 v12, v11, v4  : Any  @28 [v4 | v12 v11 v4]
    raise v14  @33 [v4 | v14]
block4():  # unit 34
    v16 = const 2  : Int i64
    v17 = BINARY_OP 5 v4, v16  : Any  @36 [v4 | v4 v16]
    return v17
