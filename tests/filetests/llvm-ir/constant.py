# test: llvm-ir
def f(n):
    return n - 1 if n < 2 else n * 0.5
# run: f(1)
# run: f(7)
# run: f(2.5)
# run: f(2**70)
# run: f(True)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
@_Py_TrueStruct = external global i8
@_Py_FalseStruct = external global i8
@PyList_Type = external global i8
@PyTuple_Type = external global i8
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 32
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f5, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f5, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

i0:                                               ; preds = %u0.link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u0.eval_breaker, label %u0.cont, !prof !0

i1:                                               ; preds = %u0.cont
  %f18 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f18, align 8
  store ptr %local, ptr %s0, align 8
  br label %i2

i2:                                               ; preds = %i1
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 2, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v19 = load ptr, ptr %s0, align 8
  %f20 = getelementptr i8, ptr %f2, i64 6
  %f21 = getelementptr i8, ptr %1, i64 56
  store ptr %f20, ptr %f21, align 8
  %f22 = getelementptr i8, ptr %v19, i64 8
  %p23 = load ptr, ptr %f22, align 8
  %a = ptrtoint ptr %p23 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u3.view_float, label %u3.view_long

i6:                                               ; No predecessors!
  unreachable

i7:                                               ; preds = %u3.decide
  %f232 = getelementptr i8, ptr %1, i64 72
  %local233 = load ptr, ptr %f232, align 8
  store ptr %local233, ptr %s0, align 8
  br label %i8

i8:                                               ; preds = %i7
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v234 = load ptr, ptr %s1, align 8
  %ukind235 = load i8, ptr %k1, align 1
  %uf236 = load double, ptr %f1, align 8
  %ui237 = load i64, ptr %n1, align 4
  %v238 = load ptr, ptr %s0, align 8
  %f239 = getelementptr i8, ptr %f2, i64 18
  %f240 = getelementptr i8, ptr %1, i64 56
  store ptr %f239, ptr %f240, align 8
  %f241 = getelementptr i8, ptr %v238, i64 8
  %p242 = load ptr, ptr %f241, align 8
  %a243 = ptrtoint ptr %p242 to i64
  %eq244 = icmp eq i64 %a243, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq244, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  br label %i16

i12:                                              ; preds = %u3.decide
  %f527 = getelementptr i8, ptr %1, i64 72
  %local528 = load ptr, ptr %f527, align 8
  store ptr %local528, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v529 = load ptr, ptr %s1, align 8
  %ukind530 = load i8, ptr %k1, align 1
  %uf531 = load double, ptr %f1, align 8
  %ui532 = load i64, ptr %n1, align 4
  %v533 = load ptr, ptr %s0, align 8
  %f534 = getelementptr i8, ptr %f2, i64 28
  %f535 = getelementptr i8, ptr %1, i64 56
  store ptr %f534, ptr %f535, align 8
  %f536 = getelementptr i8, ptr %v533, i64 8
  %p537 = load ptr, ptr %f536, align 8
  %a538 = ptrtoint ptr %p537 to i64
  %eq539 = icmp eq i64 %a538, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq539, label %u14.view_float, label %u14.view_long

i16:                                              ; preds = %u14.ok, %i11
  %v855 = load ptr, ptr %s0, align 8
  %f856 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f856, align 4
  %f857 = getelementptr i8, ptr %f2, i64 32
  %f858 = getelementptr i8, ptr %1, i64 56
  store ptr %f857, ptr %f858, align 8
  %f859 = getelementptr i8, ptr %0, i64 56
  %p860 = load ptr, ptr %f859, align 8
  %f861 = getelementptr i8, ptr %1, i64 48
  %p862 = load ptr, ptr %f861, align 8
  %f863 = getelementptr i8, ptr %p860, i64 8
  store ptr %p862, ptr %f863, align 8
  %f864 = getelementptr i8, ptr %0, i64 32
  %rem865 = load i32, ptr %f864, align 4
  %rem1866 = add i32 %rem865, 1
  store i32 %rem1866, ptr %f864, align 4
  ret ptr %v855

u0.recursion_check:                               ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.eval_breaker:                                  ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %u0.deopt [
    i32 0, label %u0.cont
    i32 -1, label %u0.error
  ]

u0.cont:                                          ; preds = %u0.eval_breaker, %i0
  br label %i1

u0.deopt:                                         ; preds = %u0.eval_breaker
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

u0.error:                                         ; preds = %u0.eval_breaker
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

u3.num_done:                                      ; preds = %u3.num_slow
  %res = phi ptr [ %c184, %u3.num_slow ]
  %v189 = load ptr, ptr %s1, align 8
  %isnull190 = icmp eq ptr %v189, null
  br i1 %isnull190, label %u3.cont192, label %u3.xdec191

u3.num_slow:                                      ; preds = %u3.int_value165, %u3.int_two_digits164, %u3.mixed_check, %u3.int_two_digits115, %u3.int_two_digits93, %u3.box_operands
  %c184 = call ptr @PyObject_RichCompare(ptr %v19, ptr %p76, i32 0)
  br label %u3.num_done

u3.cond_done:                                     ; preds = %u3.mixed_exact, %u3.float_fast, %u3.int_value116, %u3.unboxed_mixed_exact, %u3.unboxed_ints
  %cmp = phi i1 [ %icmp, %u3.unboxed_ints ], [ %fcmp, %u3.unboxed_mixed_exact ], [ %icmp129, %u3.int_value116 ], [ %fcmp143, %u3.float_fast ], [ %fcmp183, %u3.mixed_exact ]
  %v185 = load ptr, ptr %s1, align 8
  %isnull = icmp eq ptr %v185, null
  br i1 %isnull, label %u3.cont, label %u3.xdec

u3.box_operands:                                  ; preds = %u3.unboxed_floats, %u3.int_two_digits52, %u3.view_long38, %u3.view_int, %u3.int_two_digits, %u3.view_long
  %f75 = getelementptr i8, ptr %2, i64 8
  %p76 = load ptr, ptr %f75, align 8
  %rc = load i64, ptr %p76, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p76, align 4
  store ptr %p76, ptr %s1, align 8
  br label %u3.num_slow

u3.view:                                          ; preds = %u3.int_value, %u3.view_float
  %vkind = phi i8 [ 1, %u3.view_float ], [ 2, %u3.int_value ]
  %vf = phi double [ %fval, %u3.view_float ], [ 0.000000e+00, %u3.int_value ]
  %vi = phi i64 [ 0, %u3.view_float ], [ %ival, %u3.int_value ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u3.view32, label %u3.view_not_float, !prof !1

u3.view_float:                                    ; preds = %i3
  %f24 = getelementptr i8, ptr %v19, i64 16
  %fval = load double, ptr %f24, align 8
  br label %u3.view

u3.view_long:                                     ; preds = %i3
  %a25 = ptrtoint ptr %p23 to i64
  %eq26 = icmp eq i64 %a25, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq26, label %u3.view_is_int, label %u3.box_operands, !prof !1

u3.view_is_int:                                   ; preds = %u3.view_long
  %f27 = getelementptr i8, ptr %v19, i64 16
  %size = load i64, ptr %f27, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f28 = getelementptr i8, ptr %v19, i64 24
  %digit0 = load i32, ptr %f28, align 4
  %digit029 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit029
  br i1 %one_digit, label %u3.int_value, label %u3.int_two_digits, !prof !1

u3.int_two_digits:                                ; preds = %u3.view_is_int
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u3.two_digit_int, label %u3.box_operands, !prof !1

u3.int_value:                                     ; preds = %u3.two_digit_int, %u3.view_is_int
  %ival = phi i64 [ %ival1, %u3.view_is_int ], [ %ival2, %u3.two_digit_int ]
  br label %u3.view

u3.two_digit_int:                                 ; preds = %u3.int_two_digits
  %f30 = getelementptr i8, ptr %v19, i64 28
  %digit1 = load i32, ptr %f30, align 4
  %digit131 = zext i32 %digit1 to i64
  %hi = shl i64 %digit131, 30
  %mag = add i64 %digit029, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u3.int_value

u3.view32:                                        ; preds = %u3.int_value53, %u3.view_float37, %u3.view_compact, %u3.view
  %vkind66 = phi i8 [ 1, %u3.view ], [ 2, %u3.view_compact ], [ 1, %u3.view_float37 ], [ 2, %u3.int_value53 ]
  %vf67 = phi double [ %uf, %u3.view ], [ 0.000000e+00, %u3.view_compact ], [ %fval40, %u3.view_float37 ], [ 0.000000e+00, %u3.int_value53 ]
  %vi68 = phi i64 [ 0, %u3.view ], [ %ui, %u3.view_compact ], [ 0, %u3.view_float37 ], [ %ival65, %u3.int_value53 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind66, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u3.unboxed_ints, label %u3.unboxed_floats

u3.view_not_float:                                ; preds = %u3.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u3.view_int, label %u3.view_object

u3.view_int:                                      ; preds = %u3.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact, label %u3.view_compact, label %u3.box_operands, !prof !1

u3.view_object:                                   ; preds = %u3.view_not_float
  %f33 = getelementptr i8, ptr %v, i64 8
  %p34 = load ptr, ptr %f33, align 8
  %a35 = ptrtoint ptr %p34 to i64
  %eq36 = icmp eq i64 %a35, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq36, label %u3.view_float37, label %u3.view_long38

u3.view_compact:                                  ; preds = %u3.view_int
  br label %u3.view32

u3.view_float37:                                  ; preds = %u3.view_object
  %f39 = getelementptr i8, ptr %v, i64 16
  %fval40 = load double, ptr %f39, align 8
  br label %u3.view32

u3.view_long38:                                   ; preds = %u3.view_object
  %a41 = ptrtoint ptr %p34 to i64
  %eq42 = icmp eq i64 %a41, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq42, label %u3.view_is_int43, label %u3.box_operands, !prof !1

u3.view_is_int43:                                 ; preds = %u3.view_long38
  %f44 = getelementptr i8, ptr %v, i64 16
  %size45 = load i64, ptr %f44, align 4
  %size146 = add i64 %size45, 1
  %one_digit47 = icmp ule i64 %size146, 2
  %f48 = getelementptr i8, ptr %v, i64 24
  %digit049 = load i32, ptr %f48, align 4
  %digit050 = zext i32 %digit049 to i64
  %ival151 = mul i64 %size45, %digit050
  br i1 %one_digit47, label %u3.int_value53, label %u3.int_two_digits52, !prof !1

u3.int_two_digits52:                              ; preds = %u3.view_is_int43
  %size254 = add i64 %size45, 2
  %two_digits55 = icmp ule i64 %size254, 4
  br i1 %two_digits55, label %u3.two_digit_int56, label %u3.box_operands, !prof !1

u3.int_value53:                                   ; preds = %u3.two_digit_int56, %u3.view_is_int43
  %ival65 = phi i64 [ %ival151, %u3.view_is_int43 ], [ %ival264, %u3.two_digit_int56 ]
  br label %u3.view32

u3.two_digit_int56:                               ; preds = %u3.int_two_digits52
  %f57 = getelementptr i8, ptr %v, i64 28
  %digit158 = load i32, ptr %f57, align 4
  %digit159 = zext i32 %digit158 to i64
  %hi60 = shl i64 %digit159, 30
  %mag61 = add i64 %digit050, %hi60
  %negative62 = icmp slt i64 %size45, 0
  %neg_mag63 = sub i64 0, %mag61
  %ival264 = select i1 %negative62, i64 %neg_mag63, i64 %mag61
  br label %u3.int_value53

u3.unboxed_ints:                                  ; preds = %u3.view32
  %icmp = icmp slt i64 %vi, %vi68
  br label %u3.cond_done

u3.unboxed_floats:                                ; preds = %u3.view32
  %not_int = xor i1 %lint, true
  %biased = add i64 %vi, 9007199254740992
  %exact_int = icmp ule i64 %biased, 18014398509481984
  %float_or_exact = or i1 %not_int, %exact_int
  %not_int69 = xor i1 %rint, true
  %biased70 = add i64 %vi68, 9007199254740992
  %exact_int71 = icmp ule i64 %biased70, 18014398509481984
  %float_or_exact72 = or i1 %not_int69, %exact_int71
  %exact = and i1 %float_or_exact, %float_or_exact72
  br i1 %exact, label %u3.unboxed_mixed_exact, label %u3.box_operands, !prof !1

u3.unboxed_mixed_exact:                           ; preds = %u3.unboxed_floats
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof73 = sitofp i64 %vi68 to double
  %view_f74 = select i1 %rint, double %itof73, double %vf67
  %fcmp = fcmp olt double %view_f, %view_f74
  br label %u3.cond_done

u3.boxed_paths_unused:                            ; No predecessors!
  %f77 = getelementptr i8, ptr %v19, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %f79 = getelementptr i8, ptr %p76, i64 8
  %p80 = load ptr, ptr %f79, align 8
  %a81 = ptrtoint ptr %p78 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyLong_Type to i64)
  %a83 = ptrtoint ptr %p80 to i64
  %eq84 = icmp eq i64 %a83, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq82, %eq84
  br i1 %both, label %u3.int_test, label %u3.float_check

u3.int_test:                                      ; preds = %u3.boxed_paths_unused
  %f85 = getelementptr i8, ptr %v19, i64 16
  %size86 = load i64, ptr %f85, align 4
  %size187 = add i64 %size86, 1
  %one_digit88 = icmp ule i64 %size187, 2
  %f89 = getelementptr i8, ptr %v19, i64 24
  %digit090 = load i32, ptr %f89, align 4
  %digit091 = zext i32 %digit090 to i64
  %ival192 = mul i64 %size86, %digit091
  br i1 %one_digit88, label %u3.int_value94, label %u3.int_two_digits93, !prof !1

u3.float_check:                                   ; preds = %u3.boxed_paths_unused
  %f130 = getelementptr i8, ptr %v19, i64 8
  %p131 = load ptr, ptr %f130, align 8
  %f132 = getelementptr i8, ptr %p76, i64 8
  %p133 = load ptr, ptr %f132, align 8
  %a134 = ptrtoint ptr %p131 to i64
  %eq135 = icmp eq i64 %a134, ptrtoint (ptr @PyFloat_Type to i64)
  %a136 = ptrtoint ptr %p133 to i64
  %eq137 = icmp eq i64 %a136, ptrtoint (ptr @PyFloat_Type to i64)
  %both138 = and i1 %eq135, %eq137
  br i1 %both138, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_two_digits93:                              ; preds = %u3.int_test
  %size295 = add i64 %size86, 2
  %two_digits96 = icmp ule i64 %size295, 4
  br i1 %two_digits96, label %u3.two_digit_int97, label %u3.num_slow, !prof !1

u3.int_value94:                                   ; preds = %u3.two_digit_int97, %u3.int_test
  %ival106 = phi i64 [ %ival192, %u3.int_test ], [ %ival2105, %u3.two_digit_int97 ]
  %f107 = getelementptr i8, ptr %p76, i64 16
  %size108 = load i64, ptr %f107, align 4
  %size1109 = add i64 %size108, 1
  %one_digit110 = icmp ule i64 %size1109, 2
  %f111 = getelementptr i8, ptr %p76, i64 24
  %digit0112 = load i32, ptr %f111, align 4
  %digit0113 = zext i32 %digit0112 to i64
  %ival1114 = mul i64 %size108, %digit0113
  br i1 %one_digit110, label %u3.int_value116, label %u3.int_two_digits115, !prof !1

u3.two_digit_int97:                               ; preds = %u3.int_two_digits93
  %f98 = getelementptr i8, ptr %v19, i64 28
  %digit199 = load i32, ptr %f98, align 4
  %digit1100 = zext i32 %digit199 to i64
  %hi101 = shl i64 %digit1100, 30
  %mag102 = add i64 %digit091, %hi101
  %negative103 = icmp slt i64 %size86, 0
  %neg_mag104 = sub i64 0, %mag102
  %ival2105 = select i1 %negative103, i64 %neg_mag104, i64 %mag102
  br label %u3.int_value94

u3.int_two_digits115:                             ; preds = %u3.int_value94
  %size2117 = add i64 %size108, 2
  %two_digits118 = icmp ule i64 %size2117, 4
  br i1 %two_digits118, label %u3.two_digit_int119, label %u3.num_slow, !prof !1

u3.int_value116:                                  ; preds = %u3.two_digit_int119, %u3.int_value94
  %ival128 = phi i64 [ %ival1114, %u3.int_value94 ], [ %ival2127, %u3.two_digit_int119 ]
  %icmp129 = icmp slt i64 %ival106, %ival128
  br label %u3.cond_done

u3.two_digit_int119:                              ; preds = %u3.int_two_digits115
  %f120 = getelementptr i8, ptr %p76, i64 28
  %digit1121 = load i32, ptr %f120, align 4
  %digit1122 = zext i32 %digit1121 to i64
  %hi123 = shl i64 %digit1122, 30
  %mag124 = add i64 %digit0113, %hi123
  %negative125 = icmp slt i64 %size108, 0
  %neg_mag126 = sub i64 0, %mag124
  %ival2127 = select i1 %negative125, i64 %neg_mag126, i64 %mag124
  br label %u3.int_value116

u3.float_fast:                                    ; preds = %u3.float_check
  %f139 = getelementptr i8, ptr %v19, i64 16
  %fval140 = load double, ptr %f139, align 8
  %f141 = getelementptr i8, ptr %p76, i64 16
  %fval142 = load double, ptr %f141, align 8
  %fcmp143 = fcmp olt double %fval140, %fval142
  br label %u3.cond_done

u3.mixed_check:                                   ; preds = %u3.float_check
  %f144 = getelementptr i8, ptr %v19, i64 8
  %p145 = load ptr, ptr %f144, align 8
  %a146 = ptrtoint ptr %p145 to i64
  %eq147 = icmp eq i64 %a146, ptrtoint (ptr @PyFloat_Type to i64)
  %a148 = ptrtoint ptr %p145 to i64
  %eq149 = icmp eq i64 %a148, ptrtoint (ptr @PyLong_Type to i64)
  %f150 = getelementptr i8, ptr %p76, i64 8
  %p151 = load ptr, ptr %f150, align 8
  %a152 = ptrtoint ptr %p151 to i64
  %eq153 = icmp eq i64 %a152, ptrtoint (ptr @PyFloat_Type to i64)
  %a154 = ptrtoint ptr %p151 to i64
  %eq155 = icmp eq i64 %a154, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq147, %eq155
  %int_first = and i1 %eq149, %eq153
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %p76, ptr %v19
  %float_operand = select i1 %float_first, ptr %v19, ptr %p76
  %f156 = getelementptr i8, ptr %int_operand, i64 16
  %size157 = load i64, ptr %f156, align 4
  %size1158 = add i64 %size157, 1
  %one_digit159 = icmp ule i64 %size1158, 2
  %f160 = getelementptr i8, ptr %int_operand, i64 24
  %digit0161 = load i32, ptr %f160, align 4
  %digit0162 = zext i32 %digit0161 to i64
  %ival1163 = mul i64 %size157, %digit0162
  br i1 %one_digit159, label %u3.int_value165, label %u3.int_two_digits164, !prof !1

u3.int_two_digits164:                             ; preds = %u3.mixed
  %size2166 = add i64 %size157, 2
  %two_digits167 = icmp ule i64 %size2166, 4
  br i1 %two_digits167, label %u3.two_digit_int168, label %u3.num_slow, !prof !1

u3.int_value165:                                  ; preds = %u3.two_digit_int168, %u3.mixed
  %ival177 = phi i64 [ %ival1163, %u3.mixed ], [ %ival2176, %u3.two_digit_int168 ]
  %biased178 = add i64 %ival177, 9007199254740992
  %exact_int179 = icmp ule i64 %biased178, 18014398509481984
  br i1 %exact_int179, label %u3.mixed_exact, label %u3.num_slow, !prof !1

u3.two_digit_int168:                              ; preds = %u3.int_two_digits164
  %f169 = getelementptr i8, ptr %int_operand, i64 28
  %digit1170 = load i32, ptr %f169, align 4
  %digit1171 = zext i32 %digit1170 to i64
  %hi172 = shl i64 %digit1171, 30
  %mag173 = add i64 %digit0162, %hi172
  %negative174 = icmp slt i64 %size157, 0
  %neg_mag175 = sub i64 0, %mag173
  %ival2176 = select i1 %negative174, i64 %neg_mag175, i64 %mag173
  br label %u3.int_value165

u3.mixed_exact:                                   ; preds = %u3.int_value165
  %itof180 = sitofp i64 %ival177 to double
  %f181 = getelementptr i8, ptr %float_operand, i64 16
  %fval182 = load double, ptr %f181, align 8
  %x = select i1 %float_first, double %fval182, double %itof180
  %y = select i1 %float_first, double %itof180, double %fval182
  %fcmp183 = fcmp olt double %x, %y
  br label %u3.cond_done

u3.decide:                                        ; preds = %u3.truth, %u3.cont
  %jump_cond = phi i1 [ %cmp, %u3.cont ], [ %t, %u3.truth ]
  br i1 %jump_cond, label %i7, label %i12

u3.xdec:                                          ; preds = %u3.cond_done
  %rc186 = load i64, ptr %v185, align 4
  %rc1187 = sub i64 %rc186, 1
  store i64 %rc1187, ptr %v185, align 4
  %dead = icmp eq i64 %rc1187, 0
  br i1 %dead, label %u3.dealloc, label %u3.cont188, !prof !0

u3.cont:                                          ; preds = %u3.cont188, %u3.cond_done
  br label %u3.decide

u3.dealloc:                                       ; preds = %u3.xdec
  call void @_Py_Dealloc(ptr %v185)
  br label %u3.cont188

u3.cont188:                                       ; preds = %u3.dealloc, %u3.xdec
  br label %u3.cont

u3.xdec191:                                       ; preds = %u3.num_done
  %rc193 = load i64, ptr %v189, align 4
  %rc1194 = sub i64 %rc193, 1
  store i64 %rc1194, ptr %v189, align 4
  %dead195 = icmp eq i64 %rc1194, 0
  br i1 %dead195, label %u3.dealloc196, label %u3.cont197, !prof !0

u3.cont192:                                       ; preds = %u3.cont197, %u3.num_done
  %isnull199 = icmp eq ptr %res, null
  br i1 %isnull199, label %u3.error, label %u3.ok, !prof !0

u3.dealloc196:                                    ; preds = %u3.xdec191
  call void @_Py_Dealloc(ptr %v189)
  br label %u3.cont197

u3.cont197:                                       ; preds = %u3.dealloc196, %u3.xdec191
  br label %u3.cont192

u3.error:                                         ; preds = %u3.cont192
  %c198 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c198

u3.ok:                                            ; preds = %u3.cont192
  %a200 = ptrtoint ptr %res to i64
  %eq201 = icmp eq i64 %a200, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq201, label %u3.fast_bool, label %u3.chk_false

u3.chk_false:                                     ; preds = %u3.ok
  %a202 = ptrtoint ptr %res to i64
  %eq203 = icmp eq i64 %a202, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq203, label %u3.fast_bool, label %u3.is_true

u3.fast_bool:                                     ; preds = %u3.chk_false, %u3.ok
  %rc204 = load i64, ptr %res, align 4
  %rc1205 = sub i64 %rc204, 1
  store i64 %rc1205, ptr %res, align 4
  br label %u3.truth

u3.is_true:                                       ; preds = %u3.chk_false
  %f206 = getelementptr i8, ptr %f2, i64 12
  %f207 = getelementptr i8, ptr %1, i64 56
  store ptr %f206, ptr %f207, align 8
  %f208 = getelementptr i8, ptr %res, i64 8
  %p209 = load ptr, ptr %f208, align 8
  %a210 = ptrtoint ptr %p209 to i64
  %eq211 = icmp eq i64 %a210, ptrtoint (ptr @PyLong_Type to i64)
  %a212 = ptrtoint ptr %p209 to i64
  %eq213 = icmp eq i64 %a212, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq211, %eq213
  %a214 = ptrtoint ptr %p209 to i64
  %eq215 = icmp eq i64 %a214, ptrtoint (ptr @PyTuple_Type to i64)
  %sized216 = or i1 %sized, %eq215
  br i1 %sized216, label %u3.truth_by_size, label %u3.truth_call

u3.truth:                                         ; preds = %u3.ok231, %u3.cont222, %u3.fast_bool
  %t = phi i1 [ %eq201, %u3.fast_bool ], [ %size_nz, %u3.cont222 ], [ %truthy, %u3.ok231 ]
  br label %u3.decide

u3.truth_by_size:                                 ; preds = %u3.is_true
  %f217 = getelementptr i8, ptr %res, i64 16
  %i = load i64, ptr %f217, align 4
  %size_nz = icmp ne i64 %i, 0
  %rc218 = load i64, ptr %res, align 4
  %rc1219 = sub i64 %rc218, 1
  store i64 %rc1219, ptr %res, align 4
  %dead220 = icmp eq i64 %rc1219, 0
  br i1 %dead220, label %u3.dealloc221, label %u3.cont222, !prof !0

u3.truth_call:                                    ; preds = %u3.is_true
  %c223 = call i32 @PyObject_IsTrue(ptr %res)
  %rc224 = load i64, ptr %res, align 4
  %rc1225 = sub i64 %rc224, 1
  store i64 %rc1225, ptr %res, align 4
  %dead226 = icmp eq i64 %rc1225, 0
  br i1 %dead226, label %u3.dealloc227, label %u3.cont228, !prof !0

u3.dealloc221:                                    ; preds = %u3.truth_by_size
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont222

u3.cont222:                                       ; preds = %u3.dealloc221, %u3.truth_by_size
  br label %u3.truth

u3.dealloc227:                                    ; preds = %u3.truth_call
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont228

u3.cont228:                                       ; preds = %u3.dealloc227, %u3.truth_call
  %neg = icmp slt i32 %c223, 0
  br i1 %neg, label %u3.error229, label %u3.ok231, !prof !0

u3.error229:                                      ; preds = %u3.cont228
  %c230 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c230

u3.ok231:                                         ; preds = %u3.cont228
  %truthy = icmp ne i32 %c223, 0
  br label %u3.truth

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done498, %u9.fbox_done446, %u9.ibox_done393, %u9.fbox_done, %u9.ibox_done
  %res518 = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box431, %u9.ibox_done393 ], [ %fbox452, %u9.fbox_done446 ], [ %fbox511, %u9.fbox_done498 ], [ %number, %u9.operator_done ]
  %v519 = load ptr, ptr %s1, align 8
  %isnull520 = icmp eq ptr %v519, null
  br i1 %isnull520, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.int_two_digits478, %u9.mixed_check, %u9.int_two_digits378, %u9.int_two_digits356, %u9.box_operands
  %f512 = getelementptr i8, ptr %v238, i64 8
  %p513 = load ptr, ptr %f512, align 8
  %f514 = getelementptr i8, ptr %p513, i64 168
  %i515 = load i64, ptr %f514, align 4
  %heap = and i64 %i515, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.int_value479
  %fres = phi double [ %fsub497, %u9.int_value479 ]
  %rc499 = load i64, ptr %p336, align 4
  %only500 = icmp eq i64 %rc499, 1
  %f501 = getelementptr i8, ptr %p336, i64 8
  %p502 = load ptr, ptr %f501, align 8
  %a503 = ptrtoint ptr %p502 to i64
  %eq504 = icmp eq i64 %a503, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only500, %eq504
  br i1 %only_float, label %u9.fbox_operand505, label %u9.fbox_next506

u9.box_operands:                                  ; preds = %u9.int_two_digits295, %u9.view_long281, %u9.view_int, %u9.int_two_digits, %u9.view_long
  %f335 = getelementptr i8, ptr %2, i64 16
  %p336 = load ptr, ptr %f335, align 8
  %rc337 = load i64, ptr %p336, align 4
  %rc1338 = add i64 %rc337, 1
  store i64 %rc1338, ptr %p336, align 4
  store ptr %p336, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.int_value, %u9.view_float
  %vkind268 = phi i8 [ 1, %u9.view_float ], [ 2, %u9.int_value ]
  %vf269 = phi double [ %fval246, %u9.view_float ], [ 0.000000e+00, %u9.int_value ]
  %vi270 = phi i64 [ 0, %u9.view_float ], [ %ival267, %u9.int_value ]
  %is_float272 = icmp eq i8 %ukind235, 1
  br i1 %is_float272, label %u9.view271, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f245 = getelementptr i8, ptr %v238, i64 16
  %fval246 = load double, ptr %f245, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a247 = ptrtoint ptr %p242 to i64
  %eq248 = icmp eq i64 %a247, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq248, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f249 = getelementptr i8, ptr %v238, i64 16
  %size250 = load i64, ptr %f249, align 4
  %size1251 = add i64 %size250, 1
  %one_digit252 = icmp ule i64 %size1251, 2
  %f253 = getelementptr i8, ptr %v238, i64 24
  %digit0254 = load i32, ptr %f253, align 4
  %digit0255 = zext i32 %digit0254 to i64
  %ival1256 = mul i64 %size250, %digit0255
  br i1 %one_digit252, label %u9.int_value, label %u9.int_two_digits, !prof !1

u9.int_two_digits:                                ; preds = %u9.view_is_int
  %size2257 = add i64 %size250, 2
  %two_digits258 = icmp ule i64 %size2257, 4
  br i1 %two_digits258, label %u9.two_digit_int, label %u9.box_operands, !prof !1

u9.int_value:                                     ; preds = %u9.two_digit_int, %u9.view_is_int
  %ival267 = phi i64 [ %ival1256, %u9.view_is_int ], [ %ival2266, %u9.two_digit_int ]
  br label %u9.view

u9.two_digit_int:                                 ; preds = %u9.int_two_digits
  %f259 = getelementptr i8, ptr %v238, i64 28
  %digit1260 = load i32, ptr %f259, align 4
  %digit1261 = zext i32 %digit1260 to i64
  %hi262 = shl i64 %digit1261, 30
  %mag263 = add i64 %digit0255, %hi262
  %negative264 = icmp slt i64 %size250, 0
  %neg_mag265 = sub i64 0, %mag263
  %ival2266 = select i1 %negative264, i64 %neg_mag265, i64 %mag263
  br label %u9.int_value

u9.view271:                                       ; preds = %u9.int_value296, %u9.view_float280, %u9.view_compact, %u9.view
  %vkind309 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact ], [ 1, %u9.view_float280 ], [ 2, %u9.int_value296 ]
  %vf310 = phi double [ %uf236, %u9.view ], [ 0.000000e+00, %u9.view_compact ], [ %fval283, %u9.view_float280 ], [ 0.000000e+00, %u9.int_value296 ]
  %vi311 = phi i64 [ 0, %u9.view ], [ %ui237, %u9.view_compact ], [ 0, %u9.view_float280 ], [ %ival308, %u9.int_value296 ]
  %lint312 = icmp eq i8 %vkind268, 2
  %rint313 = icmp eq i8 %vkind309, 2
  %both_int314 = and i1 %lint312, %rint313
  br i1 %both_int314, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int273 = icmp eq i8 %ukind235, 2
  br i1 %is_int273, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias274 = add i64 %ui237, 1152921504606846976
  %compact275 = icmp ult i64 %bias274, 2305843009213693952
  br i1 %compact275, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f276 = getelementptr i8, ptr %v234, i64 8
  %p277 = load ptr, ptr %f276, align 8
  %a278 = ptrtoint ptr %p277 to i64
  %eq279 = icmp eq i64 %a278, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq279, label %u9.view_float280, label %u9.view_long281

u9.view_compact:                                  ; preds = %u9.view_int
  br label %u9.view271

u9.view_float280:                                 ; preds = %u9.view_object
  %f282 = getelementptr i8, ptr %v234, i64 16
  %fval283 = load double, ptr %f282, align 8
  br label %u9.view271

u9.view_long281:                                  ; preds = %u9.view_object
  %a284 = ptrtoint ptr %p277 to i64
  %eq285 = icmp eq i64 %a284, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq285, label %u9.view_is_int286, label %u9.box_operands, !prof !1

u9.view_is_int286:                                ; preds = %u9.view_long281
  %f287 = getelementptr i8, ptr %v234, i64 16
  %size288 = load i64, ptr %f287, align 4
  %size1289 = add i64 %size288, 1
  %one_digit290 = icmp ule i64 %size1289, 2
  %f291 = getelementptr i8, ptr %v234, i64 24
  %digit0292 = load i32, ptr %f291, align 4
  %digit0293 = zext i32 %digit0292 to i64
  %ival1294 = mul i64 %size288, %digit0293
  br i1 %one_digit290, label %u9.int_value296, label %u9.int_two_digits295, !prof !1

u9.int_two_digits295:                             ; preds = %u9.view_is_int286
  %size2297 = add i64 %size288, 2
  %two_digits298 = icmp ule i64 %size2297, 4
  br i1 %two_digits298, label %u9.two_digit_int299, label %u9.box_operands, !prof !1

u9.int_value296:                                  ; preds = %u9.two_digit_int299, %u9.view_is_int286
  %ival308 = phi i64 [ %ival1294, %u9.view_is_int286 ], [ %ival2307, %u9.two_digit_int299 ]
  br label %u9.view271

u9.two_digit_int299:                              ; preds = %u9.int_two_digits295
  %f300 = getelementptr i8, ptr %v234, i64 28
  %digit1301 = load i32, ptr %f300, align 4
  %digit1302 = zext i32 %digit1301 to i64
  %hi303 = shl i64 %digit1302, 30
  %mag304 = add i64 %digit0293, %hi303
  %negative305 = icmp slt i64 %size288, 0
  %neg_mag306 = sub i64 0, %mag304
  %ival2307 = select i1 %negative305, i64 %neg_mag306, i64 %mag304
  br label %u9.int_value296

u9.unboxed_ints:                                  ; preds = %u9.view271
  %isub = sub nsw i64 %vi270, %vi311
  %biased315 = sub i64 %isub, -5
  %is_small = icmp ult i64 %biased315, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view271
  %itof330 = sitofp i64 %vi270 to double
  %view_f331 = select i1 %lint312, double %itof330, double %vf269
  %itof332 = sitofp i64 %vi311 to double
  %view_f333 = select i1 %rint313, double %itof332, double %vf310
  %fsub = fsub double %view_f331, %view_f333
  %c334 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c320, %u9.ibox_init ], [ %c329, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p316 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p316, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %isub, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i319 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i319, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c320 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c320, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c329 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased315, 32
  %fd = getelementptr i8, ptr %p316, i64 %off
  %rc317 = load i64, ptr %fd, align 4
  %rc1318 = add i64 %rc317, 1
  store i64 %rc1318, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg321 = icmp slt i64 %isub, 0
  %minus = sub i64 0, %isub
  %mag322 = select i1 %neg321, i64 %minus, i64 %isub
  %two = icmp ugt i64 %mag322, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size323 = select i1 %neg321, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag322, 1073741823
  %d1 = lshr i64 %mag322, 30
  store i64 1, ptr %c320, align 4
  %f324 = getelementptr i8, ptr %c320, i64 8
  store ptr @PyLong_Type, ptr %f324, align 8
  %f325 = getelementptr i8, ptr %c320, i64 16
  store i64 %size323, ptr %f325, align 4
  %digit = trunc i64 %d0 to i32
  %f326 = getelementptr i8, ptr %c320, i64 24
  store i32 %digit, ptr %f326, align 4
  %digit327 = trunc i64 %d1 to i32
  %f328 = getelementptr i8, ptr %c320, i64 28
  store i32 %digit327, ptr %f328, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c334, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f339 = getelementptr i8, ptr %v238, i64 8
  %p340 = load ptr, ptr %f339, align 8
  %f341 = getelementptr i8, ptr %p336, i64 8
  %p342 = load ptr, ptr %f341, align 8
  %a343 = ptrtoint ptr %p340 to i64
  %eq344 = icmp eq i64 %a343, ptrtoint (ptr @PyLong_Type to i64)
  %a345 = ptrtoint ptr %p342 to i64
  %eq346 = icmp eq i64 %a345, ptrtoint (ptr @PyLong_Type to i64)
  %both347 = and i1 %eq344, %eq346
  br i1 %both347, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f348 = getelementptr i8, ptr %v238, i64 16
  %size349 = load i64, ptr %f348, align 4
  %size1350 = add i64 %size349, 1
  %one_digit351 = icmp ule i64 %size1350, 2
  %f352 = getelementptr i8, ptr %v238, i64 24
  %digit0353 = load i32, ptr %f352, align 4
  %digit0354 = zext i32 %digit0353 to i64
  %ival1355 = mul i64 %size349, %digit0354
  br i1 %one_digit351, label %u9.int_value357, label %u9.int_two_digits356, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f432 = getelementptr i8, ptr %v238, i64 8
  %p433 = load ptr, ptr %f432, align 8
  %f434 = getelementptr i8, ptr %p336, i64 8
  %p435 = load ptr, ptr %f434, align 8
  %a436 = ptrtoint ptr %p433 to i64
  %eq437 = icmp eq i64 %a436, ptrtoint (ptr @PyFloat_Type to i64)
  %a438 = ptrtoint ptr %p435 to i64
  %eq439 = icmp eq i64 %a438, ptrtoint (ptr @PyFloat_Type to i64)
  %both440 = and i1 %eq437, %eq439
  br i1 %both440, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_two_digits356:                             ; preds = %u9.int_test
  %size2358 = add i64 %size349, 2
  %two_digits359 = icmp ule i64 %size2358, 4
  br i1 %two_digits359, label %u9.two_digit_int360, label %u9.num_slow, !prof !1

u9.int_value357:                                  ; preds = %u9.two_digit_int360, %u9.int_test
  %ival369 = phi i64 [ %ival1355, %u9.int_test ], [ %ival2368, %u9.two_digit_int360 ]
  %f370 = getelementptr i8, ptr %p336, i64 16
  %size371 = load i64, ptr %f370, align 4
  %size1372 = add i64 %size371, 1
  %one_digit373 = icmp ule i64 %size1372, 2
  %f374 = getelementptr i8, ptr %p336, i64 24
  %digit0375 = load i32, ptr %f374, align 4
  %digit0376 = zext i32 %digit0375 to i64
  %ival1377 = mul i64 %size371, %digit0376
  br i1 %one_digit373, label %u9.int_value379, label %u9.int_two_digits378, !prof !1

u9.two_digit_int360:                              ; preds = %u9.int_two_digits356
  %f361 = getelementptr i8, ptr %v238, i64 28
  %digit1362 = load i32, ptr %f361, align 4
  %digit1363 = zext i32 %digit1362 to i64
  %hi364 = shl i64 %digit1363, 30
  %mag365 = add i64 %digit0354, %hi364
  %negative366 = icmp slt i64 %size349, 0
  %neg_mag367 = sub i64 0, %mag365
  %ival2368 = select i1 %negative366, i64 %neg_mag367, i64 %mag365
  br label %u9.int_value357

u9.int_two_digits378:                             ; preds = %u9.int_value357
  %size2380 = add i64 %size371, 2
  %two_digits381 = icmp ule i64 %size2380, 4
  br i1 %two_digits381, label %u9.two_digit_int382, label %u9.num_slow, !prof !1

u9.int_value379:                                  ; preds = %u9.two_digit_int382, %u9.int_value357
  %ival391 = phi i64 [ %ival1377, %u9.int_value357 ], [ %ival2390, %u9.two_digit_int382 ]
  %isub392 = sub nsw i64 %ival369, %ival391
  %biased398 = sub i64 %isub392, -5
  %is_small399 = icmp ult i64 %biased398, 262
  br i1 %is_small399, label %u9.ibox_small394, label %u9.ibox_not_small395

u9.two_digit_int382:                              ; preds = %u9.int_two_digits378
  %f383 = getelementptr i8, ptr %p336, i64 28
  %digit1384 = load i32, ptr %f383, align 4
  %digit1385 = zext i32 %digit1384 to i64
  %hi386 = shl i64 %digit1385, 30
  %mag387 = add i64 %digit0376, %hi386
  %negative388 = icmp slt i64 %size371, 0
  %neg_mag389 = sub i64 0, %mag387
  %ival2390 = select i1 %negative388, i64 %neg_mag389, i64 %mag387
  br label %u9.int_value379

u9.ibox_done393:                                  ; preds = %u9.ibox_call397, %u9.ibox_init414, %u9.ibox_table402
  %int_box431 = phi ptr [ %fd404, %u9.ibox_table402 ], [ %c412, %u9.ibox_init414 ], [ %c430, %u9.ibox_call397 ]
  br label %u9.num_done

u9.ibox_small394:                                 ; preds = %u9.int_value379
  %p400 = load ptr, ptr @rjit_small_ints, align 8
  %have_table401 = icmp ne ptr %p400, null
  br i1 %have_table401, label %u9.ibox_table402, label %u9.ibox_call397, !prof !1

u9.ibox_not_small395:                             ; preds = %u9.int_value379
  %shifted407 = add i64 %isub392, 1152921504606846975
  %fits408 = icmp ult i64 %shifted407, 2305843009213693951
  %i409 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced410 = icmp eq i32 %i409, 0
  %inline411 = and i1 %fits408, %untraced410
  br i1 %inline411, label %u9.ibox_alloc396, label %u9.ibox_call397, !prof !1

u9.ibox_alloc396:                                 ; preds = %u9.ibox_not_small395
  %c412 = call ptr @PyObject_Malloc(i64 32)
  %allocated413 = icmp ne ptr %c412, null
  br i1 %allocated413, label %u9.ibox_init414, label %u9.ibox_call397, !prof !1

u9.ibox_call397:                                  ; preds = %u9.ibox_alloc396, %u9.ibox_not_small395, %u9.ibox_small394
  %c430 = call ptr @PyLong_FromLongLong(i64 %isub392)
  br label %u9.ibox_done393

u9.ibox_table402:                                 ; preds = %u9.ibox_small394
  %off403 = mul i64 %biased398, 32
  %fd404 = getelementptr i8, ptr %p400, i64 %off403
  %rc405 = load i64, ptr %fd404, align 4
  %rc1406 = add i64 %rc405, 1
  store i64 %rc1406, ptr %fd404, align 4
  br label %u9.ibox_done393

u9.ibox_init414:                                  ; preds = %u9.ibox_alloc396
  %neg415 = icmp slt i64 %isub392, 0
  %minus416 = sub i64 0, %isub392
  %mag417 = select i1 %neg415, i64 %minus416, i64 %isub392
  %two418 = icmp ugt i64 %mag417, 1073741823
  %ndigits419 = select i1 %two418, i64 2, i64 1
  %minus_n420 = sub i64 0, %ndigits419
  %size421 = select i1 %neg415, i64 %minus_n420, i64 %ndigits419
  %d0422 = and i64 %mag417, 1073741823
  %d1423 = lshr i64 %mag417, 30
  store i64 1, ptr %c412, align 4
  %f424 = getelementptr i8, ptr %c412, i64 8
  store ptr @PyLong_Type, ptr %f424, align 8
  %f425 = getelementptr i8, ptr %c412, i64 16
  store i64 %size421, ptr %f425, align 4
  %digit426 = trunc i64 %d0422 to i32
  %f427 = getelementptr i8, ptr %c412, i64 24
  store i32 %digit426, ptr %f427, align 4
  %digit428 = trunc i64 %d1423 to i32
  %f429 = getelementptr i8, ptr %c412, i64 28
  store i32 %digit428, ptr %f429, align 4
  br label %u9.ibox_done393

u9.float_fast:                                    ; preds = %u9.float_check
  %f441 = getelementptr i8, ptr %v238, i64 16
  %fval442 = load double, ptr %f441, align 8
  %f443 = getelementptr i8, ptr %p336, i64 16
  %fval444 = load double, ptr %f443, align 8
  %fsub445 = fsub double %fval442, %fval444
  %rc447 = load i64, ptr %p336, align 4
  %only = icmp eq i64 %rc447, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f453 = getelementptr i8, ptr %v238, i64 8
  %p454 = load ptr, ptr %f453, align 8
  %a455 = ptrtoint ptr %p454 to i64
  %eq456 = icmp eq i64 %a455, ptrtoint (ptr @PyFloat_Type to i64)
  %a457 = ptrtoint ptr %p454 to i64
  %eq458 = icmp eq i64 %a457, ptrtoint (ptr @PyLong_Type to i64)
  %f459 = getelementptr i8, ptr %p336, i64 8
  %p460 = load ptr, ptr %f459, align 8
  %a461 = ptrtoint ptr %p460 to i64
  %eq462 = icmp eq i64 %a461, ptrtoint (ptr @PyFloat_Type to i64)
  %a463 = ptrtoint ptr %p460 to i64
  %eq464 = icmp eq i64 %a463, ptrtoint (ptr @PyLong_Type to i64)
  %float_first465 = and i1 %eq456, %eq464
  %int_first466 = and i1 %eq458, %eq462
  %mixed467 = or i1 %float_first465, %int_first466
  br i1 %mixed467, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done446:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox452 = phi ptr [ %p336, %u9.fbox_operand ], [ %c451, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f448 = getelementptr i8, ptr %p336, i64 16
  store double %fsub445, ptr %f448, align 8
  %rc449 = load i64, ptr %p336, align 4
  %rc1450 = add i64 %rc449, 1
  store i64 %rc1450, ptr %p336, align 4
  br label %u9.fbox_done446

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c451 = call ptr @PyFloat_FromDouble(double %fsub445)
  br label %u9.fbox_done446

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand468 = select i1 %float_first465, ptr %p336, ptr %v238
  %float_operand469 = select i1 %float_first465, ptr %v238, ptr %p336
  %f470 = getelementptr i8, ptr %int_operand468, i64 16
  %size471 = load i64, ptr %f470, align 4
  %size1472 = add i64 %size471, 1
  %one_digit473 = icmp ule i64 %size1472, 2
  %f474 = getelementptr i8, ptr %int_operand468, i64 24
  %digit0475 = load i32, ptr %f474, align 4
  %digit0476 = zext i32 %digit0475 to i64
  %ival1477 = mul i64 %size471, %digit0476
  br i1 %one_digit473, label %u9.int_value479, label %u9.int_two_digits478, !prof !1

u9.int_two_digits478:                             ; preds = %u9.mixed
  %size2480 = add i64 %size471, 2
  %two_digits481 = icmp ule i64 %size2480, 4
  br i1 %two_digits481, label %u9.two_digit_int482, label %u9.num_slow, !prof !1

u9.int_value479:                                  ; preds = %u9.two_digit_int482, %u9.mixed
  %ival491 = phi i64 [ %ival1477, %u9.mixed ], [ %ival2490, %u9.two_digit_int482 ]
  %itof492 = sitofp i64 %ival491 to double
  %f493 = getelementptr i8, ptr %float_operand469, i64 16
  %fval494 = load double, ptr %f493, align 8
  %x495 = select i1 %float_first465, double %fval494, double %itof492
  %y496 = select i1 %float_first465, double %itof492, double %fval494
  %fsub497 = fsub double %x495, %y496
  br label %u9.float_result

u9.two_digit_int482:                              ; preds = %u9.int_two_digits478
  %f483 = getelementptr i8, ptr %int_operand468, i64 28
  %digit1484 = load i32, ptr %f483, align 4
  %digit1485 = zext i32 %digit1484 to i64
  %hi486 = shl i64 %digit1485, 30
  %mag487 = add i64 %digit0476, %hi486
  %negative488 = icmp slt i64 %size471, 0
  %neg_mag489 = sub i64 0, %mag487
  %ival2490 = select i1 %negative488, i64 %neg_mag489, i64 %mag487
  br label %u9.int_value479

u9.fbox_done498:                                  ; preds = %u9.fbox_next506, %u9.fbox_operand505
  %fbox511 = phi ptr [ %p336, %u9.fbox_operand505 ], [ %c510, %u9.fbox_next506 ]
  br label %u9.num_done

u9.fbox_operand505:                               ; preds = %u9.float_result
  %f507 = getelementptr i8, ptr %p336, i64 16
  store double %fres, ptr %f507, align 8
  %rc508 = load i64, ptr %p336, align 4
  %rc1509 = add i64 %rc508, 1
  store i64 %rc1509, ptr %p336, align 4
  br label %u9.fbox_done498

u9.fbox_next506:                                  ; preds = %u9.float_result
  %c510 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done498

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c516 = call ptr @rjit_binary_dunder(ptr %0, ptr %v238, ptr %p336, i32 10)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c517 = call ptr @PyNumber_Subtract(ptr %v238, ptr %p336)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c516, %u9.operator_dunder ], [ %c517, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc521 = load i64, ptr %v519, align 4
  %rc1522 = sub i64 %rc521, 1
  store i64 %rc1522, ptr %v519, align 4
  %dead523 = icmp eq i64 %rc1522, 0
  br i1 %dead523, label %u9.dealloc, label %u9.cont524, !prof !0

u9.cont:                                          ; preds = %u9.cont524, %u9.num_done
  %isnull526 = icmp eq ptr %res518, null
  br i1 %isnull526, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v519)
  br label %u9.cont524

u9.cont524:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c525 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c525

u9.ok:                                            ; preds = %u9.cont
  store ptr %res518, ptr %s0, align 8
  br label %i11

u14.num_done:                                     ; preds = %u14.operator_done, %u14.fbox_done822, %u14.fbox_done768, %u14.ibox_done715, %u14.fbox_done, %u14.ibox_done
  %res846 = phi ptr [ %int_box644, %u14.ibox_done ], [ %fbox650, %u14.fbox_done ], [ %int_box753, %u14.ibox_done715 ], [ %fbox775, %u14.fbox_done768 ], [ %fbox836, %u14.fbox_done822 ], [ %number845, %u14.operator_done ]
  %v847 = load ptr, ptr %s1, align 8
  %isnull848 = icmp eq ptr %v847, null
  br i1 %isnull848, label %u14.cont, label %u14.xdec

u14.num_slow:                                     ; preds = %u14.int_two_digits801, %u14.mixed_check, %u14.int_value695, %u14.int_two_digits694, %u14.int_two_digits672, %u14.box_operands
  %f837 = getelementptr i8, ptr %v533, i64 8
  %p838 = load ptr, ptr %f837, align 8
  %f839 = getelementptr i8, ptr %p838, i64 168
  %i840 = load i64, ptr %f839, align 4
  %heap841 = and i64 %i840, 512
  %is_heap842 = icmp ne i64 %heap841, 0
  br i1 %is_heap842, label %u14.operator_dunder, label %u14.operator_c

u14.float_result:                                 ; preds = %u14.int_value802
  %fres821 = phi double [ %fmul820, %u14.int_value802 ]
  %rc823 = load i64, ptr %p652, align 4
  %only824 = icmp eq i64 %rc823, 1
  %f825 = getelementptr i8, ptr %p652, i64 8
  %p826 = load ptr, ptr %f825, align 8
  %a827 = ptrtoint ptr %p826 to i64
  %eq828 = icmp eq i64 %a827, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float829 = and i1 %only824, %eq828
  br i1 %only_float829, label %u14.fbox_operand830, label %u14.fbox_next831

u14.box_operands:                                 ; preds = %u14.unboxed_ints, %u14.int_two_digits590, %u14.view_long576, %u14.view_int, %u14.int_two_digits, %u14.view_long
  %f651 = getelementptr i8, ptr %2, i64 24
  %p652 = load ptr, ptr %f651, align 8
  %rc653 = load i64, ptr %p652, align 4
  %rc1654 = add i64 %rc653, 1
  store i64 %rc1654, ptr %p652, align 4
  store ptr %p652, ptr %s1, align 8
  br label %u14.num_slow

u14.view:                                         ; preds = %u14.int_value, %u14.view_float
  %vkind563 = phi i8 [ 1, %u14.view_float ], [ 2, %u14.int_value ]
  %vf564 = phi double [ %fval541, %u14.view_float ], [ 0.000000e+00, %u14.int_value ]
  %vi565 = phi i64 [ 0, %u14.view_float ], [ %ival562, %u14.int_value ]
  %is_float567 = icmp eq i8 %ukind530, 1
  br i1 %is_float567, label %u14.view566, label %u14.view_not_float, !prof !1

u14.view_float:                                   ; preds = %i14
  %f540 = getelementptr i8, ptr %v533, i64 16
  %fval541 = load double, ptr %f540, align 8
  br label %u14.view

u14.view_long:                                    ; preds = %i14
  %a542 = ptrtoint ptr %p537 to i64
  %eq543 = icmp eq i64 %a542, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq543, label %u14.view_is_int, label %u14.box_operands, !prof !1

u14.view_is_int:                                  ; preds = %u14.view_long
  %f544 = getelementptr i8, ptr %v533, i64 16
  %size545 = load i64, ptr %f544, align 4
  %size1546 = add i64 %size545, 1
  %one_digit547 = icmp ule i64 %size1546, 2
  %f548 = getelementptr i8, ptr %v533, i64 24
  %digit0549 = load i32, ptr %f548, align 4
  %digit0550 = zext i32 %digit0549 to i64
  %ival1551 = mul i64 %size545, %digit0550
  br i1 %one_digit547, label %u14.int_value, label %u14.int_two_digits, !prof !1

u14.int_two_digits:                               ; preds = %u14.view_is_int
  %size2552 = add i64 %size545, 2
  %two_digits553 = icmp ule i64 %size2552, 4
  br i1 %two_digits553, label %u14.two_digit_int, label %u14.box_operands, !prof !1

u14.int_value:                                    ; preds = %u14.two_digit_int, %u14.view_is_int
  %ival562 = phi i64 [ %ival1551, %u14.view_is_int ], [ %ival2561, %u14.two_digit_int ]
  br label %u14.view

u14.two_digit_int:                                ; preds = %u14.int_two_digits
  %f554 = getelementptr i8, ptr %v533, i64 28
  %digit1555 = load i32, ptr %f554, align 4
  %digit1556 = zext i32 %digit1555 to i64
  %hi557 = shl i64 %digit1556, 30
  %mag558 = add i64 %digit0550, %hi557
  %negative559 = icmp slt i64 %size545, 0
  %neg_mag560 = sub i64 0, %mag558
  %ival2561 = select i1 %negative559, i64 %neg_mag560, i64 %mag558
  br label %u14.int_value

u14.view566:                                      ; preds = %u14.int_value591, %u14.view_float575, %u14.view_compact, %u14.view
  %vkind604 = phi i8 [ 1, %u14.view ], [ 2, %u14.view_compact ], [ 1, %u14.view_float575 ], [ 2, %u14.int_value591 ]
  %vf605 = phi double [ %uf531, %u14.view ], [ 0.000000e+00, %u14.view_compact ], [ %fval578, %u14.view_float575 ], [ 0.000000e+00, %u14.int_value591 ]
  %vi606 = phi i64 [ 0, %u14.view ], [ %ui532, %u14.view_compact ], [ 0, %u14.view_float575 ], [ %ival603, %u14.int_value591 ]
  %lint607 = icmp eq i8 %vkind563, 2
  %rint608 = icmp eq i8 %vkind604, 2
  %both_int609 = and i1 %lint607, %rint608
  br i1 %both_int609, label %u14.unboxed_ints, label %u14.unboxed_floats

u14.view_not_float:                               ; preds = %u14.view
  %is_int568 = icmp eq i8 %ukind530, 2
  br i1 %is_int568, label %u14.view_int, label %u14.view_object

u14.view_int:                                     ; preds = %u14.view_not_float
  %bias569 = add i64 %ui532, 1152921504606846976
  %compact570 = icmp ult i64 %bias569, 2305843009213693952
  br i1 %compact570, label %u14.view_compact, label %u14.box_operands, !prof !1

u14.view_object:                                  ; preds = %u14.view_not_float
  %f571 = getelementptr i8, ptr %v529, i64 8
  %p572 = load ptr, ptr %f571, align 8
  %a573 = ptrtoint ptr %p572 to i64
  %eq574 = icmp eq i64 %a573, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq574, label %u14.view_float575, label %u14.view_long576

u14.view_compact:                                 ; preds = %u14.view_int
  br label %u14.view566

u14.view_float575:                                ; preds = %u14.view_object
  %f577 = getelementptr i8, ptr %v529, i64 16
  %fval578 = load double, ptr %f577, align 8
  br label %u14.view566

u14.view_long576:                                 ; preds = %u14.view_object
  %a579 = ptrtoint ptr %p572 to i64
  %eq580 = icmp eq i64 %a579, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq580, label %u14.view_is_int581, label %u14.box_operands, !prof !1

u14.view_is_int581:                               ; preds = %u14.view_long576
  %f582 = getelementptr i8, ptr %v529, i64 16
  %size583 = load i64, ptr %f582, align 4
  %size1584 = add i64 %size583, 1
  %one_digit585 = icmp ule i64 %size1584, 2
  %f586 = getelementptr i8, ptr %v529, i64 24
  %digit0587 = load i32, ptr %f586, align 4
  %digit0588 = zext i32 %digit0587 to i64
  %ival1589 = mul i64 %size583, %digit0588
  br i1 %one_digit585, label %u14.int_value591, label %u14.int_two_digits590, !prof !1

u14.int_two_digits590:                            ; preds = %u14.view_is_int581
  %size2592 = add i64 %size583, 2
  %two_digits593 = icmp ule i64 %size2592, 4
  br i1 %two_digits593, label %u14.two_digit_int594, label %u14.box_operands, !prof !1

u14.int_value591:                                 ; preds = %u14.two_digit_int594, %u14.view_is_int581
  %ival603 = phi i64 [ %ival1589, %u14.view_is_int581 ], [ %ival2602, %u14.two_digit_int594 ]
  br label %u14.view566

u14.two_digit_int594:                             ; preds = %u14.int_two_digits590
  %f595 = getelementptr i8, ptr %v529, i64 28
  %digit1596 = load i32, ptr %f595, align 4
  %digit1597 = zext i32 %digit1596 to i64
  %hi598 = shl i64 %digit1597, 30
  %mag599 = add i64 %digit0588, %hi598
  %negative600 = icmp slt i64 %size583, 0
  %neg_mag601 = sub i64 0, %mag599
  %ival2602 = select i1 %negative600, i64 %neg_mag601, i64 %mag599
  br label %u14.int_value591

u14.unboxed_ints:                                 ; preds = %u14.view566
  %bias610 = add i64 %vi565, 2147483648
  %small = icmp ult i64 %bias610, 4294967296
  %bias611 = add i64 %vi606, 2147483648
  %small612 = icmp ult i64 %bias611, 4294967296
  %both_small = and i1 %small, %small612
  br i1 %both_small, label %u14.imul_ok, label %u14.box_operands, !prof !1

u14.unboxed_floats:                               ; preds = %u14.view566
  %itof645 = sitofp i64 %vi565 to double
  %view_f646 = select i1 %lint607, double %itof645, double %vf564
  %itof647 = sitofp i64 %vi606 to double
  %view_f648 = select i1 %rint608, double %itof647, double %vf605
  %fmul = fmul double %view_f646, %view_f648
  %c649 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %u14.fbox_done

u14.imul_ok:                                      ; preds = %u14.unboxed_ints
  %imul = mul nsw i64 %vi565, %vi606
  %biased613 = sub i64 %imul, -5
  %is_small614 = icmp ult i64 %biased613, 262
  br i1 %is_small614, label %u14.ibox_small, label %u14.ibox_not_small

u14.ibox_done:                                    ; preds = %u14.ibox_call, %u14.ibox_init, %u14.ibox_table
  %int_box644 = phi ptr [ %fd618, %u14.ibox_table ], [ %c626, %u14.ibox_init ], [ %c643, %u14.ibox_call ]
  br label %u14.num_done

u14.ibox_small:                                   ; preds = %u14.imul_ok
  %p615 = load ptr, ptr @rjit_small_ints, align 8
  %have_table616 = icmp ne ptr %p615, null
  br i1 %have_table616, label %u14.ibox_table, label %u14.ibox_call, !prof !1

u14.ibox_not_small:                               ; preds = %u14.imul_ok
  %shifted621 = add i64 %imul, 1152921504606846975
  %fits622 = icmp ult i64 %shifted621, 2305843009213693951
  %i623 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced624 = icmp eq i32 %i623, 0
  %inline625 = and i1 %fits622, %untraced624
  br i1 %inline625, label %u14.ibox_alloc, label %u14.ibox_call, !prof !1

u14.ibox_alloc:                                   ; preds = %u14.ibox_not_small
  %c626 = call ptr @PyObject_Malloc(i64 32)
  %allocated627 = icmp ne ptr %c626, null
  br i1 %allocated627, label %u14.ibox_init, label %u14.ibox_call, !prof !1

u14.ibox_call:                                    ; preds = %u14.ibox_alloc, %u14.ibox_not_small, %u14.ibox_small
  %c643 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %u14.ibox_done

u14.ibox_table:                                   ; preds = %u14.ibox_small
  %off617 = mul i64 %biased613, 32
  %fd618 = getelementptr i8, ptr %p615, i64 %off617
  %rc619 = load i64, ptr %fd618, align 4
  %rc1620 = add i64 %rc619, 1
  store i64 %rc1620, ptr %fd618, align 4
  br label %u14.ibox_done

u14.ibox_init:                                    ; preds = %u14.ibox_alloc
  %neg628 = icmp slt i64 %imul, 0
  %minus629 = sub i64 0, %imul
  %mag630 = select i1 %neg628, i64 %minus629, i64 %imul
  %two631 = icmp ugt i64 %mag630, 1073741823
  %ndigits632 = select i1 %two631, i64 2, i64 1
  %minus_n633 = sub i64 0, %ndigits632
  %size634 = select i1 %neg628, i64 %minus_n633, i64 %ndigits632
  %d0635 = and i64 %mag630, 1073741823
  %d1636 = lshr i64 %mag630, 30
  store i64 1, ptr %c626, align 4
  %f637 = getelementptr i8, ptr %c626, i64 8
  store ptr @PyLong_Type, ptr %f637, align 8
  %f638 = getelementptr i8, ptr %c626, i64 16
  store i64 %size634, ptr %f638, align 4
  %digit639 = trunc i64 %d0635 to i32
  %f640 = getelementptr i8, ptr %c626, i64 24
  store i32 %digit639, ptr %f640, align 4
  %digit641 = trunc i64 %d1636 to i32
  %f642 = getelementptr i8, ptr %c626, i64 28
  store i32 %digit641, ptr %f642, align 4
  br label %u14.ibox_done

u14.fbox_done:                                    ; preds = %u14.unboxed_floats
  %fbox650 = phi ptr [ %c649, %u14.unboxed_floats ]
  br label %u14.num_done

u14.boxed_paths_unused:                           ; No predecessors!
  %f655 = getelementptr i8, ptr %v533, i64 8
  %p656 = load ptr, ptr %f655, align 8
  %f657 = getelementptr i8, ptr %p652, i64 8
  %p658 = load ptr, ptr %f657, align 8
  %a659 = ptrtoint ptr %p656 to i64
  %eq660 = icmp eq i64 %a659, ptrtoint (ptr @PyLong_Type to i64)
  %a661 = ptrtoint ptr %p658 to i64
  %eq662 = icmp eq i64 %a661, ptrtoint (ptr @PyLong_Type to i64)
  %both663 = and i1 %eq660, %eq662
  br i1 %both663, label %u14.int_test, label %u14.float_check

u14.int_test:                                     ; preds = %u14.boxed_paths_unused
  %f664 = getelementptr i8, ptr %v533, i64 16
  %size665 = load i64, ptr %f664, align 4
  %size1666 = add i64 %size665, 1
  %one_digit667 = icmp ule i64 %size1666, 2
  %f668 = getelementptr i8, ptr %v533, i64 24
  %digit0669 = load i32, ptr %f668, align 4
  %digit0670 = zext i32 %digit0669 to i64
  %ival1671 = mul i64 %size665, %digit0670
  br i1 %one_digit667, label %u14.int_value673, label %u14.int_two_digits672, !prof !1

u14.float_check:                                  ; preds = %u14.boxed_paths_unused
  %f754 = getelementptr i8, ptr %v533, i64 8
  %p755 = load ptr, ptr %f754, align 8
  %f756 = getelementptr i8, ptr %p652, i64 8
  %p757 = load ptr, ptr %f756, align 8
  %a758 = ptrtoint ptr %p755 to i64
  %eq759 = icmp eq i64 %a758, ptrtoint (ptr @PyFloat_Type to i64)
  %a760 = ptrtoint ptr %p757 to i64
  %eq761 = icmp eq i64 %a760, ptrtoint (ptr @PyFloat_Type to i64)
  %both762 = and i1 %eq759, %eq761
  br i1 %both762, label %u14.float_fast, label %u14.mixed_check, !prof !1

u14.int_two_digits672:                            ; preds = %u14.int_test
  %size2674 = add i64 %size665, 2
  %two_digits675 = icmp ule i64 %size2674, 4
  br i1 %two_digits675, label %u14.two_digit_int676, label %u14.num_slow, !prof !1

u14.int_value673:                                 ; preds = %u14.two_digit_int676, %u14.int_test
  %ival685 = phi i64 [ %ival1671, %u14.int_test ], [ %ival2684, %u14.two_digit_int676 ]
  %f686 = getelementptr i8, ptr %p652, i64 16
  %size687 = load i64, ptr %f686, align 4
  %size1688 = add i64 %size687, 1
  %one_digit689 = icmp ule i64 %size1688, 2
  %f690 = getelementptr i8, ptr %p652, i64 24
  %digit0691 = load i32, ptr %f690, align 4
  %digit0692 = zext i32 %digit0691 to i64
  %ival1693 = mul i64 %size687, %digit0692
  br i1 %one_digit689, label %u14.int_value695, label %u14.int_two_digits694, !prof !1

u14.two_digit_int676:                             ; preds = %u14.int_two_digits672
  %f677 = getelementptr i8, ptr %v533, i64 28
  %digit1678 = load i32, ptr %f677, align 4
  %digit1679 = zext i32 %digit1678 to i64
  %hi680 = shl i64 %digit1679, 30
  %mag681 = add i64 %digit0670, %hi680
  %negative682 = icmp slt i64 %size665, 0
  %neg_mag683 = sub i64 0, %mag681
  %ival2684 = select i1 %negative682, i64 %neg_mag683, i64 %mag681
  br label %u14.int_value673

u14.int_two_digits694:                            ; preds = %u14.int_value673
  %size2696 = add i64 %size687, 2
  %two_digits697 = icmp ule i64 %size2696, 4
  br i1 %two_digits697, label %u14.two_digit_int698, label %u14.num_slow, !prof !1

u14.int_value695:                                 ; preds = %u14.two_digit_int698, %u14.int_value673
  %ival707 = phi i64 [ %ival1693, %u14.int_value673 ], [ %ival2706, %u14.two_digit_int698 ]
  %bias708 = add i64 %ival685, 2147483648
  %small709 = icmp ult i64 %bias708, 4294967296
  %bias710 = add i64 %ival707, 2147483648
  %small711 = icmp ult i64 %bias710, 4294967296
  %both_small712 = and i1 %small709, %small711
  br i1 %both_small712, label %u14.imul_ok713, label %u14.num_slow, !prof !1

u14.two_digit_int698:                             ; preds = %u14.int_two_digits694
  %f699 = getelementptr i8, ptr %p652, i64 28
  %digit1700 = load i32, ptr %f699, align 4
  %digit1701 = zext i32 %digit1700 to i64
  %hi702 = shl i64 %digit1701, 30
  %mag703 = add i64 %digit0692, %hi702
  %negative704 = icmp slt i64 %size687, 0
  %neg_mag705 = sub i64 0, %mag703
  %ival2706 = select i1 %negative704, i64 %neg_mag705, i64 %mag703
  br label %u14.int_value695

u14.imul_ok713:                                   ; preds = %u14.int_value695
  %imul714 = mul nsw i64 %ival685, %ival707
  %biased720 = sub i64 %imul714, -5
  %is_small721 = icmp ult i64 %biased720, 262
  br i1 %is_small721, label %u14.ibox_small716, label %u14.ibox_not_small717

u14.ibox_done715:                                 ; preds = %u14.ibox_call719, %u14.ibox_init736, %u14.ibox_table724
  %int_box753 = phi ptr [ %fd726, %u14.ibox_table724 ], [ %c734, %u14.ibox_init736 ], [ %c752, %u14.ibox_call719 ]
  br label %u14.num_done

u14.ibox_small716:                                ; preds = %u14.imul_ok713
  %p722 = load ptr, ptr @rjit_small_ints, align 8
  %have_table723 = icmp ne ptr %p722, null
  br i1 %have_table723, label %u14.ibox_table724, label %u14.ibox_call719, !prof !1

u14.ibox_not_small717:                            ; preds = %u14.imul_ok713
  %shifted729 = add i64 %imul714, 1152921504606846975
  %fits730 = icmp ult i64 %shifted729, 2305843009213693951
  %i731 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced732 = icmp eq i32 %i731, 0
  %inline733 = and i1 %fits730, %untraced732
  br i1 %inline733, label %u14.ibox_alloc718, label %u14.ibox_call719, !prof !1

u14.ibox_alloc718:                                ; preds = %u14.ibox_not_small717
  %c734 = call ptr @PyObject_Malloc(i64 32)
  %allocated735 = icmp ne ptr %c734, null
  br i1 %allocated735, label %u14.ibox_init736, label %u14.ibox_call719, !prof !1

u14.ibox_call719:                                 ; preds = %u14.ibox_alloc718, %u14.ibox_not_small717, %u14.ibox_small716
  %c752 = call ptr @PyLong_FromLongLong(i64 %imul714)
  br label %u14.ibox_done715

u14.ibox_table724:                                ; preds = %u14.ibox_small716
  %off725 = mul i64 %biased720, 32
  %fd726 = getelementptr i8, ptr %p722, i64 %off725
  %rc727 = load i64, ptr %fd726, align 4
  %rc1728 = add i64 %rc727, 1
  store i64 %rc1728, ptr %fd726, align 4
  br label %u14.ibox_done715

u14.ibox_init736:                                 ; preds = %u14.ibox_alloc718
  %neg737 = icmp slt i64 %imul714, 0
  %minus738 = sub i64 0, %imul714
  %mag739 = select i1 %neg737, i64 %minus738, i64 %imul714
  %two740 = icmp ugt i64 %mag739, 1073741823
  %ndigits741 = select i1 %two740, i64 2, i64 1
  %minus_n742 = sub i64 0, %ndigits741
  %size743 = select i1 %neg737, i64 %minus_n742, i64 %ndigits741
  %d0744 = and i64 %mag739, 1073741823
  %d1745 = lshr i64 %mag739, 30
  store i64 1, ptr %c734, align 4
  %f746 = getelementptr i8, ptr %c734, i64 8
  store ptr @PyLong_Type, ptr %f746, align 8
  %f747 = getelementptr i8, ptr %c734, i64 16
  store i64 %size743, ptr %f747, align 4
  %digit748 = trunc i64 %d0744 to i32
  %f749 = getelementptr i8, ptr %c734, i64 24
  store i32 %digit748, ptr %f749, align 4
  %digit750 = trunc i64 %d1745 to i32
  %f751 = getelementptr i8, ptr %c734, i64 28
  store i32 %digit750, ptr %f751, align 4
  br label %u14.ibox_done715

u14.float_fast:                                   ; preds = %u14.float_check
  %f763 = getelementptr i8, ptr %v533, i64 16
  %fval764 = load double, ptr %f763, align 8
  %f765 = getelementptr i8, ptr %p652, i64 16
  %fval766 = load double, ptr %f765, align 8
  %fmul767 = fmul double %fval764, %fval766
  %rc769 = load i64, ptr %p652, align 4
  %only770 = icmp eq i64 %rc769, 1
  br i1 %only770, label %u14.fbox_operand, label %u14.fbox_next

u14.mixed_check:                                  ; preds = %u14.float_check
  %f776 = getelementptr i8, ptr %v533, i64 8
  %p777 = load ptr, ptr %f776, align 8
  %a778 = ptrtoint ptr %p777 to i64
  %eq779 = icmp eq i64 %a778, ptrtoint (ptr @PyFloat_Type to i64)
  %a780 = ptrtoint ptr %p777 to i64
  %eq781 = icmp eq i64 %a780, ptrtoint (ptr @PyLong_Type to i64)
  %f782 = getelementptr i8, ptr %p652, i64 8
  %p783 = load ptr, ptr %f782, align 8
  %a784 = ptrtoint ptr %p783 to i64
  %eq785 = icmp eq i64 %a784, ptrtoint (ptr @PyFloat_Type to i64)
  %a786 = ptrtoint ptr %p783 to i64
  %eq787 = icmp eq i64 %a786, ptrtoint (ptr @PyLong_Type to i64)
  %float_first788 = and i1 %eq779, %eq787
  %int_first789 = and i1 %eq781, %eq785
  %mixed790 = or i1 %float_first788, %int_first789
  br i1 %mixed790, label %u14.mixed, label %u14.num_slow, !prof !1

u14.fbox_done768:                                 ; preds = %u14.fbox_next, %u14.fbox_operand
  %fbox775 = phi ptr [ %p652, %u14.fbox_operand ], [ %c774, %u14.fbox_next ]
  br label %u14.num_done

u14.fbox_operand:                                 ; preds = %u14.float_fast
  %f771 = getelementptr i8, ptr %p652, i64 16
  store double %fmul767, ptr %f771, align 8
  %rc772 = load i64, ptr %p652, align 4
  %rc1773 = add i64 %rc772, 1
  store i64 %rc1773, ptr %p652, align 4
  br label %u14.fbox_done768

u14.fbox_next:                                    ; preds = %u14.float_fast
  %c774 = call ptr @PyFloat_FromDouble(double %fmul767)
  br label %u14.fbox_done768

u14.mixed:                                        ; preds = %u14.mixed_check
  %int_operand791 = select i1 %float_first788, ptr %p652, ptr %v533
  %float_operand792 = select i1 %float_first788, ptr %v533, ptr %p652
  %f793 = getelementptr i8, ptr %int_operand791, i64 16
  %size794 = load i64, ptr %f793, align 4
  %size1795 = add i64 %size794, 1
  %one_digit796 = icmp ule i64 %size1795, 2
  %f797 = getelementptr i8, ptr %int_operand791, i64 24
  %digit0798 = load i32, ptr %f797, align 4
  %digit0799 = zext i32 %digit0798 to i64
  %ival1800 = mul i64 %size794, %digit0799
  br i1 %one_digit796, label %u14.int_value802, label %u14.int_two_digits801, !prof !1

u14.int_two_digits801:                            ; preds = %u14.mixed
  %size2803 = add i64 %size794, 2
  %two_digits804 = icmp ule i64 %size2803, 4
  br i1 %two_digits804, label %u14.two_digit_int805, label %u14.num_slow, !prof !1

u14.int_value802:                                 ; preds = %u14.two_digit_int805, %u14.mixed
  %ival814 = phi i64 [ %ival1800, %u14.mixed ], [ %ival2813, %u14.two_digit_int805 ]
  %itof815 = sitofp i64 %ival814 to double
  %f816 = getelementptr i8, ptr %float_operand792, i64 16
  %fval817 = load double, ptr %f816, align 8
  %x818 = select i1 %float_first788, double %fval817, double %itof815
  %y819 = select i1 %float_first788, double %itof815, double %fval817
  %fmul820 = fmul double %x818, %y819
  br label %u14.float_result

u14.two_digit_int805:                             ; preds = %u14.int_two_digits801
  %f806 = getelementptr i8, ptr %int_operand791, i64 28
  %digit1807 = load i32, ptr %f806, align 4
  %digit1808 = zext i32 %digit1807 to i64
  %hi809 = shl i64 %digit1808, 30
  %mag810 = add i64 %digit0799, %hi809
  %negative811 = icmp slt i64 %size794, 0
  %neg_mag812 = sub i64 0, %mag810
  %ival2813 = select i1 %negative811, i64 %neg_mag812, i64 %mag810
  br label %u14.int_value802

u14.fbox_done822:                                 ; preds = %u14.fbox_next831, %u14.fbox_operand830
  %fbox836 = phi ptr [ %p652, %u14.fbox_operand830 ], [ %c835, %u14.fbox_next831 ]
  br label %u14.num_done

u14.fbox_operand830:                              ; preds = %u14.float_result
  %f832 = getelementptr i8, ptr %p652, i64 16
  store double %fres821, ptr %f832, align 8
  %rc833 = load i64, ptr %p652, align 4
  %rc1834 = add i64 %rc833, 1
  store i64 %rc1834, ptr %p652, align 4
  br label %u14.fbox_done822

u14.fbox_next831:                                 ; preds = %u14.float_result
  %c835 = call ptr @PyFloat_FromDouble(double %fres821)
  br label %u14.fbox_done822

u14.operator_dunder:                              ; preds = %u14.num_slow
  %c843 = call ptr @rjit_binary_dunder(ptr %0, ptr %v533, ptr %p652, i32 5)
  br label %u14.operator_done

u14.operator_c:                                   ; preds = %u14.num_slow
  %c844 = call ptr @PyNumber_Multiply(ptr %v533, ptr %p652)
  br label %u14.operator_done

u14.operator_done:                                ; preds = %u14.operator_c, %u14.operator_dunder
  %number845 = phi ptr [ %c843, %u14.operator_dunder ], [ %c844, %u14.operator_c ]
  br label %u14.num_done

u14.xdec:                                         ; preds = %u14.num_done
  %rc849 = load i64, ptr %v847, align 4
  %rc1850 = sub i64 %rc849, 1
  store i64 %rc1850, ptr %v847, align 4
  %dead851 = icmp eq i64 %rc1850, 0
  br i1 %dead851, label %u14.dealloc, label %u14.cont852, !prof !0

u14.cont:                                         ; preds = %u14.cont852, %u14.num_done
  %isnull854 = icmp eq ptr %res846, null
  br i1 %isnull854, label %u14.error, label %u14.ok, !prof !0

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v847)
  br label %u14.cont852

u14.cont852:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.error:                                        ; preds = %u14.cont
  %c853 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c853

u14.ok:                                           ; preds = %u14.cont
  store ptr %res846, ptr %s0, align 8
  br label %i16
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @PyObject_RichCompare(ptr, ptr, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @PyObject_IsTrue(ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Subtract(ptr, ptr)

declare ptr @PyNumber_Multiply(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
