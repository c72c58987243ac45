# test: bytecode
def f(a):
    b = a + 1
    def g():
        nonlocal b
        b += a
        return b
    return g()
# run: f(2)
# ---- expected (cpython 3.11) ----
    0 d=0   MAKE_CELL 0
    1 d=0   MAKE_CELL 2
    2 d=0   RESUME 0
    3 d=0   LOAD_DEREF 0
    4 d=1   LOAD_CONST 1
    5 d=2   BINARY_OP 0
    7 d=1   STORE_DEREF 2
    8 d=0   LOAD_CLOSURE 0
    9 d=1   LOAD_CLOSURE 2
   10 d=2   BUILD_TUPLE 2
   11 d=1   LOAD_CONST 2
   12 d=2   MAKE_FUNCTION 8
   13 d=1   STORE_FAST 1
   14 d=0   PUSH_NULL 0
   15 d=1   LOAD_FAST 1
   16 d=2   PRECALL 0
   18 d=2   CALL 0
   23 d=1   RETURN_VALUE 0
