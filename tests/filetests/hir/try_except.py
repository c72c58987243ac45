# test: hir
# try/except: the protected code is built as usual and the handler is not (an exception leaves
# the frame to the interpreter with the raising instruction's frame state, and the interpreter
# runs the handler); the code after the statement is reached from the try body's normal end.
def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0.0
    return y + 1
# run: f(2)
# run: f(0)
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v6 = param 0  : Any
    v7 = unbound  : Unbound
    jump block1()
block1():  # unit 2
    v8 = const 1  : Int i64
    v10 = BINARY_OP 11 v8, v6  : Any  @4 [v6 v7 | v8 v6]
    jump block2()
block2():  # unit 7
    jump block3()
block3():  # unit 26
    v12 = const 1  : Int i64
    v13 = BINARY_OP 0 v10, v12  : Any  @28 [v6 v10 | v10 v12]
    return v13
