# test: bytecode
def f(xs):
    t = 0
    for x in xs:
        t += x
    return t
# run: f([1, 2, 3])
# ---- expected (cpython 3.11) ----
    0 d=0   RESUME 0
    1 d=0   LOAD_CONST 1
    2 d=1   STORE_FAST 1
    3 d=0   LOAD_FAST 0
    4 d=1   GET_ITER 0
    5 d=1   FOR_ITER 7 -> 13
    6 d=2   STORE_FAST 2
    7 d=1   LOAD_FAST 1
    8 d=2   LOAD_FAST 2
    9 d=3   BINARY_OP 13
   11 d=2   STORE_FAST 1
   12 d=1   JUMP_BACKWARD 8 -> 5
   13 d=0   LOAD_FAST 1
   14 d=1   RETURN_VALUE 0
