# test: hir
# Stack shapes the lowering must agree on: UNPACK_SEQUENCE leaves the first item on top (its
# first result is the first item), LOAD_METHOD pushes [method or NULL, self or attribute],
# `a or b` keeps its value on the taken edge only (JUMP_IF_TRUE_OR_POP), and SWAP/COPY are
# plumbing.
def f(pair, obj, d):
    a, b = pair
    n = obj.count(a)
    x = n or b
    d[a] += 1
    return x
# run: f((1, 2), [1, 1], {1: 0})
# run: f((3, 4), [1], {3: 5})
# ---- expected (cpython 3.11) ----
function f
block0():  # unit 0
    v15 = param 0  : Any
    v16 = param 1  : Any
    v17 = param 2  : Any
    v18 = unbound  : Unbound
    v19 = unbound  : Unbound
    v20 = unbound  : Unbound
    v21 = unbound  : Unbound
    v22, v23 = UNPACK_SEQUENCE 2 v15  : Any, Any  @2 [v15 v16 v17 v18 v19 v20 v21 | v15]
    v24, v25 = LOAD_METHOD 0 v16  : Any|Null, Any  @7 [v15 v16 v17 v22 v23 v20 v21 | v16]
    v26 = CALL 1 v24, v25, v22  : Any  @21 [v15 v16 v17 v22 v23 v20 v21 | v24 v25 v22]
    branch True v26 -> block2(v26), block1()  @28 [v15 v16 v17 v22 v23 v26 v21 | v26]
block1():  # unit 29
    jump block2(v23)
block2(v14: Any):  # unit 30
    v30 = BINARY_SUBSCR 0 v17, v22  : Any  @35 [v15 v16 v17 v22 v23 v26 v14 | v17 v22 v17 v22]
    v31 = const 1  : Int i64
    v32 = BINARY_OP 13 v30, v31  : Any  @41 [v15 v16 v17 v22 v23 v26 v14 | v17 v22 v30 v31]
    STORE_SUBSCR 0 v32, v17, v22  @45 [v15 v16 v17 v22 v23 v26 v14 | v32 v17 v22]
    return v14
