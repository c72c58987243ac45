# test: bytecode
def f(n):
    for i in range(n):
        x = yield i
        yield from [x]
# run: list(f(3))
# ---- expected (cpython 3.11) ----
    0 d=0   RETURN_GENERATOR 0
    1 d=1   POP_TOP 0
    2 d=0   RESUME 0
    3 d=0   LOAD_GLOBAL 1
    9 d=2   LOAD_FAST 0
   10 d=3   PRECALL 1
   12 d=3   CALL 1
   17 d=1   GET_ITER 0
   18 d=1   FOR_ITER 15 -> 34
   19 d=2   STORE_FAST 1
   20 d=1   LOAD_FAST 1
   21 d=2   YIELD_VALUE 0
   22 d=2   RESUME 1
   23 d=2   STORE_FAST 2
   24 d=1   LOAD_FAST 2
   25 d=2   BUILD_LIST 1
   26 d=2   GET_YIELD_FROM_ITER 0
   27 d=2   LOAD_CONST 0
   28 d=3   SEND 3 -> 32
   29 d=3   YIELD_VALUE 0
   30 d=3   RESUME 2
   31 d=3   JUMP_BACKWARD_NO_INTERRUPT 4 -> 28
   32 d=2   POP_TOP 0
   33 d=1   JUMP_BACKWARD 16 -> 18
   34 d=0   LOAD_CONST 0
   35 d=1   RETURN_VALUE 0
