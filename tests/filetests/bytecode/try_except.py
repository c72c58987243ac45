# test: bytecode
def f(d, k):
    try:
        return d[k]
    except KeyError as e:
        return e.args
    finally:
        d.clear()
# run: f({1: 2}, 1)
# run: f({}, 3)
# ---- expected (cpython 3.11) ----
    0 d=0   RESUME 0
    1 d=0   NOP 0
    2 d=0   LOAD_FAST 0
    3 d=1   LOAD_FAST 1
    4 d=2   BINARY_SUBSCR 0
    9 d=1   LOAD_FAST 0
   10 d=2   LOAD_METHOD 0
   21 d=3   PRECALL 0
   23 d=3   CALL 0
   28 d=2   POP_TOP 0
   29 d=1   RETURN_VALUE 0
   30 d=1   PUSH_EXC_INFO 0
   31 d=2   LOAD_GLOBAL 2
   37 d=3   CHECK_EXC_MATCH 0
   38 d=3   POP_JUMP_FORWARD_IF_FALSE 37 -> 76
   39 d=2   STORE_FAST 2
   40 d=1   LOAD_FAST 2
   41 d=2   LOAD_ATTR 2
   46 d=2   SWAP 2
   47 d=2   POP_EXCEPT 0
   48 d=1   LOAD_CONST 0
   49 d=2   STORE_FAST 2
   50 d=1   DELETE_FAST 2
   51 d=1   LOAD_FAST 0
   52 d=2   LOAD_METHOD 0
   63 d=3   PRECALL 0
   65 d=3   CALL 0
   70 d=2   POP_TOP 0
   71 d=1   RETURN_VALUE 0
   72 d=3   LOAD_CONST 0
   73 d=4   STORE_FAST 2
   74 d=3   DELETE_FAST 2
   75 d=3   RERAISE 1
   76 d=2   RERAISE 0
   77 d=3   COPY 3
   78 d=4   POP_EXCEPT 0
   79 d=3   RERAISE 1
   80 d=1   PUSH_EXC_INFO 0
   81 d=2   LOAD_FAST 0
   82 d=3   LOAD_METHOD 0
   93 d=4   PRECALL 0
   95 d=4   CALL 0
  100 d=3   POP_TOP 0
  101 d=2   RERAISE 0
  102 d=3   COPY 3
  103 d=4   POP_EXCEPT 0
  104 d=3   RERAISE 1
handler [2, 9) -> 30 depth=0
handler [30, 40) -> 77 depth=1 lasti
handler [40, 46) -> 72 depth=1 lasti
handler [46, 47) -> 77 depth=1 lasti
handler [47, 51) -> 80 depth=0
handler [72, 77) -> 77 depth=1 lasti
handler [77, 80) -> 80 depth=0
handler [80, 102) -> 102 depth=1 lasti
