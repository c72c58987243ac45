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
  %f236 = getelementptr i8, ptr %1, i64 72
  %local237 = load ptr, ptr %f236, align 8
  store ptr %local237, ptr %s0, align 8
  br label %i8

i8:                                               ; preds = %i7
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v238 = load ptr, ptr %s1, align 8
  %ukind239 = load i8, ptr %k1, align 1
  %uf240 = load double, ptr %f1, align 8
  %ui241 = load i64, ptr %n1, align 4
  %v242 = load ptr, ptr %s0, align 8
  %f243 = getelementptr i8, ptr %f2, i64 18
  %f244 = getelementptr i8, ptr %1, i64 56
  store ptr %f243, ptr %f244, align 8
  %f245 = getelementptr i8, ptr %v242, i64 8
  %p246 = load ptr, ptr %f245, align 8
  %a247 = ptrtoint ptr %p246 to i64
  %eq248 = icmp eq i64 %a247, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq248, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  br label %i16

i12:                                              ; preds = %u3.decide
  %f535 = getelementptr i8, ptr %1, i64 72
  %local536 = load ptr, ptr %f535, align 8
  store ptr %local536, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v537 = load ptr, ptr %s1, align 8
  %ukind538 = load i8, ptr %k1, align 1
  %uf539 = load double, ptr %f1, align 8
  %ui540 = load i64, ptr %n1, align 4
  %v541 = load ptr, ptr %s0, align 8
  %f542 = getelementptr i8, ptr %f2, i64 28
  %f543 = getelementptr i8, ptr %1, i64 56
  store ptr %f542, ptr %f543, align 8
  %f544 = getelementptr i8, ptr %v541, i64 8
  %p545 = load ptr, ptr %f544, align 8
  %a546 = ptrtoint ptr %p545 to i64
  %eq547 = icmp eq i64 %a546, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq547, label %u14.view_float, label %u14.view_long

i16:                                              ; preds = %u14.ok, %i11
  %v867 = load ptr, ptr %s0, align 8
  %f868 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f868, align 4
  %f869 = getelementptr i8, ptr %f2, i64 32
  %f870 = getelementptr i8, ptr %1, i64 56
  store ptr %f869, ptr %f870, align 8
  %f871 = getelementptr i8, ptr %0, i64 56
  %p872 = load ptr, ptr %f871, align 8
  %f873 = getelementptr i8, ptr %1, i64 48
  %p874 = load ptr, ptr %f873, align 8
  %f875 = getelementptr i8, ptr %p872, i64 8
  store ptr %p874, ptr %f875, align 8
  %f876 = getelementptr i8, ptr %0, i64 32
  %rem877 = load i32, ptr %f876, align 4
  %rem1878 = add i32 %rem877, 1
  store i32 %rem1878, ptr %f876, align 4
  ret ptr %v867

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
  %res = phi ptr [ %c188, %u3.num_slow ]
  %v193 = load ptr, ptr %s1, align 8
  %isnull194 = icmp eq ptr %v193, null
  br i1 %isnull194, label %u3.cont196, label %u3.xdec195

u3.num_slow:                                      ; preds = %u3.mixed_fast, %u3.int_value169, %u3.mixed_check, %u3.int_value119, %u3.box_operands
  %c188 = call ptr @PyObject_RichCompare(ptr %v19, ptr %p79, i32 0)
  br label %u3.num_done

u3.cond_done:                                     ; preds = %u3.mixed_exact, %u3.float_fast, %u3.int_fast, %u3.unboxed_mixed_exact, %u3.unboxed_ints
  %cmp = phi i1 [ %icmp, %u3.unboxed_ints ], [ %fcmp, %u3.unboxed_mixed_exact ], [ %icmp133, %u3.int_fast ], [ %fcmp147, %u3.float_fast ], [ %fcmp187, %u3.mixed_exact ]
  %v189 = load ptr, ptr %s1, align 8
  %isnull = icmp eq ptr %v189, null
  br i1 %isnull, label %u3.cont, label %u3.xdec

u3.box_operands:                                  ; preds = %u3.unboxed_floats, %u3.int_value55, %u3.view_long40, %u3.view_int, %u3.int_value, %u3.view_long
  %f78 = getelementptr i8, ptr %2, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %rc = load i64, ptr %p79, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p79, align 4
  store ptr %p79, ptr %s1, align 8
  br label %u3.num_slow

u3.view:                                          ; preds = %u3.view_compact, %u3.view_float
  %vkind = phi i8 [ 1, %u3.view_float ], [ 2, %u3.view_compact ]
  %vf = phi double [ %fval, %u3.view_float ], [ 0.000000e+00, %u3.view_compact ]
  %vi = phi i64 [ 0, %u3.view_float ], [ %ival, %u3.view_compact ]
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
  %f30 = getelementptr i8, ptr %v19, i64 28
  %digit1 = load i32, ptr %f30, align 4
  %digit131 = zext i32 %digit1 to i64
  %hi = shl i64 %digit131, 30
  %mag = add i64 %digit029, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u3.int_value

u3.int_value:                                     ; preds = %u3.int_two_digits, %u3.view_is_int
  %compact = phi i1 [ true, %u3.view_is_int ], [ %two_digits, %u3.int_two_digits ]
  %ival = phi i64 [ %ival1, %u3.view_is_int ], [ %ival2, %u3.int_two_digits ]
  br i1 %compact, label %u3.view_compact, label %u3.box_operands, !prof !1

u3.view_compact:                                  ; preds = %u3.int_value
  br label %u3.view

u3.view32:                                        ; preds = %u3.view_compact68, %u3.view_float39, %u3.view_compact34, %u3.view
  %vkind69 = phi i8 [ 1, %u3.view ], [ 2, %u3.view_compact34 ], [ 1, %u3.view_float39 ], [ 2, %u3.view_compact68 ]
  %vf70 = phi double [ %uf, %u3.view ], [ 0.000000e+00, %u3.view_compact34 ], [ %fval42, %u3.view_float39 ], [ 0.000000e+00, %u3.view_compact68 ]
  %vi71 = phi i64 [ 0, %u3.view ], [ %ui, %u3.view_compact34 ], [ 0, %u3.view_float39 ], [ %ival67, %u3.view_compact68 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind69, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u3.unboxed_ints, label %u3.unboxed_floats

u3.view_not_float:                                ; preds = %u3.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u3.view_int, label %u3.view_object

u3.view_int:                                      ; preds = %u3.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact33 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact33, label %u3.view_compact34, label %u3.box_operands, !prof !1

u3.view_object:                                   ; preds = %u3.view_not_float
  %f35 = getelementptr i8, ptr %v, i64 8
  %p36 = load ptr, ptr %f35, align 8
  %a37 = ptrtoint ptr %p36 to i64
  %eq38 = icmp eq i64 %a37, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq38, label %u3.view_float39, label %u3.view_long40

u3.view_compact34:                                ; preds = %u3.view_int
  br label %u3.view32

u3.view_float39:                                  ; preds = %u3.view_object
  %f41 = getelementptr i8, ptr %v, i64 16
  %fval42 = load double, ptr %f41, align 8
  br label %u3.view32

u3.view_long40:                                   ; preds = %u3.view_object
  %a43 = ptrtoint ptr %p36 to i64
  %eq44 = icmp eq i64 %a43, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq44, label %u3.view_is_int45, label %u3.box_operands, !prof !1

u3.view_is_int45:                                 ; preds = %u3.view_long40
  %f46 = getelementptr i8, ptr %v, i64 16
  %size47 = load i64, ptr %f46, align 4
  %size148 = add i64 %size47, 1
  %one_digit49 = icmp ule i64 %size148, 2
  %f50 = getelementptr i8, ptr %v, i64 24
  %digit051 = load i32, ptr %f50, align 4
  %digit052 = zext i32 %digit051 to i64
  %ival153 = mul i64 %size47, %digit052
  br i1 %one_digit49, label %u3.int_value55, label %u3.int_two_digits54, !prof !1

u3.int_two_digits54:                              ; preds = %u3.view_is_int45
  %size256 = add i64 %size47, 2
  %two_digits57 = icmp ule i64 %size256, 4
  %f58 = getelementptr i8, ptr %v, i64 28
  %digit159 = load i32, ptr %f58, align 4
  %digit160 = zext i32 %digit159 to i64
  %hi61 = shl i64 %digit160, 30
  %mag62 = add i64 %digit052, %hi61
  %negative63 = icmp slt i64 %size47, 0
  %neg_mag64 = sub i64 0, %mag62
  %ival265 = select i1 %negative63, i64 %neg_mag64, i64 %mag62
  br label %u3.int_value55

u3.int_value55:                                   ; preds = %u3.int_two_digits54, %u3.view_is_int45
  %compact66 = phi i1 [ true, %u3.view_is_int45 ], [ %two_digits57, %u3.int_two_digits54 ]
  %ival67 = phi i64 [ %ival153, %u3.view_is_int45 ], [ %ival265, %u3.int_two_digits54 ]
  br i1 %compact66, label %u3.view_compact68, label %u3.box_operands, !prof !1

u3.view_compact68:                                ; preds = %u3.int_value55
  br label %u3.view32

u3.unboxed_ints:                                  ; preds = %u3.view32
  %icmp = icmp slt i64 %vi, %vi71
  br label %u3.cond_done

u3.unboxed_floats:                                ; preds = %u3.view32
  %not_int = xor i1 %lint, true
  %biased = add i64 %vi, 9007199254740992
  %exact_int = icmp ule i64 %biased, 18014398509481984
  %float_or_exact = or i1 %not_int, %exact_int
  %not_int72 = xor i1 %rint, true
  %biased73 = add i64 %vi71, 9007199254740992
  %exact_int74 = icmp ule i64 %biased73, 18014398509481984
  %float_or_exact75 = or i1 %not_int72, %exact_int74
  %exact = and i1 %float_or_exact, %float_or_exact75
  br i1 %exact, label %u3.unboxed_mixed_exact, label %u3.box_operands, !prof !1

u3.unboxed_mixed_exact:                           ; preds = %u3.unboxed_floats
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof76 = sitofp i64 %vi71 to double
  %view_f77 = select i1 %rint, double %itof76, double %vf70
  %fcmp = fcmp olt double %view_f, %view_f77
  br label %u3.cond_done

u3.boxed_paths_unused:                            ; No predecessors!
  %f80 = getelementptr i8, ptr %v19, i64 8
  %p81 = load ptr, ptr %f80, align 8
  %f82 = getelementptr i8, ptr %p79, i64 8
  %p83 = load ptr, ptr %f82, align 8
  %a84 = ptrtoint ptr %p81 to i64
  %eq85 = icmp eq i64 %a84, ptrtoint (ptr @PyLong_Type to i64)
  %a86 = ptrtoint ptr %p83 to i64
  %eq87 = icmp eq i64 %a86, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq85, %eq87
  br i1 %both, label %u3.int_test, label %u3.float_check

u3.int_test:                                      ; preds = %u3.boxed_paths_unused
  %f88 = getelementptr i8, ptr %v19, i64 16
  %size89 = load i64, ptr %f88, align 4
  %size190 = add i64 %size89, 1
  %one_digit91 = icmp ule i64 %size190, 2
  %f92 = getelementptr i8, ptr %v19, i64 24
  %digit093 = load i32, ptr %f92, align 4
  %digit094 = zext i32 %digit093 to i64
  %ival195 = mul i64 %size89, %digit094
  br i1 %one_digit91, label %u3.int_value97, label %u3.int_two_digits96, !prof !1

u3.float_check:                                   ; preds = %u3.boxed_paths_unused
  %f134 = getelementptr i8, ptr %v19, i64 8
  %p135 = load ptr, ptr %f134, align 8
  %f136 = getelementptr i8, ptr %p79, i64 8
  %p137 = load ptr, ptr %f136, align 8
  %a138 = ptrtoint ptr %p135 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyFloat_Type to i64)
  %a140 = ptrtoint ptr %p137 to i64
  %eq141 = icmp eq i64 %a140, ptrtoint (ptr @PyFloat_Type to i64)
  %both142 = and i1 %eq139, %eq141
  br i1 %both142, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_two_digits96:                              ; preds = %u3.int_test
  %size298 = add i64 %size89, 2
  %two_digits99 = icmp ule i64 %size298, 4
  %f100 = getelementptr i8, ptr %v19, i64 28
  %digit1101 = load i32, ptr %f100, align 4
  %digit1102 = zext i32 %digit1101 to i64
  %hi103 = shl i64 %digit1102, 30
  %mag104 = add i64 %digit094, %hi103
  %negative105 = icmp slt i64 %size89, 0
  %neg_mag106 = sub i64 0, %mag104
  %ival2107 = select i1 %negative105, i64 %neg_mag106, i64 %mag104
  br label %u3.int_value97

u3.int_value97:                                   ; preds = %u3.int_two_digits96, %u3.int_test
  %compact108 = phi i1 [ true, %u3.int_test ], [ %two_digits99, %u3.int_two_digits96 ]
  %ival109 = phi i64 [ %ival195, %u3.int_test ], [ %ival2107, %u3.int_two_digits96 ]
  %f110 = getelementptr i8, ptr %p79, i64 16
  %size111 = load i64, ptr %f110, align 4
  %size1112 = add i64 %size111, 1
  %one_digit113 = icmp ule i64 %size1112, 2
  %f114 = getelementptr i8, ptr %p79, i64 24
  %digit0115 = load i32, ptr %f114, align 4
  %digit0116 = zext i32 %digit0115 to i64
  %ival1117 = mul i64 %size111, %digit0116
  br i1 %one_digit113, label %u3.int_value119, label %u3.int_two_digits118, !prof !1

u3.int_two_digits118:                             ; preds = %u3.int_value97
  %size2120 = add i64 %size111, 2
  %two_digits121 = icmp ule i64 %size2120, 4
  %f122 = getelementptr i8, ptr %p79, i64 28
  %digit1123 = load i32, ptr %f122, align 4
  %digit1124 = zext i32 %digit1123 to i64
  %hi125 = shl i64 %digit1124, 30
  %mag126 = add i64 %digit0116, %hi125
  %negative127 = icmp slt i64 %size111, 0
  %neg_mag128 = sub i64 0, %mag126
  %ival2129 = select i1 %negative127, i64 %neg_mag128, i64 %mag126
  br label %u3.int_value119

u3.int_value119:                                  ; preds = %u3.int_two_digits118, %u3.int_value97
  %compact130 = phi i1 [ true, %u3.int_value97 ], [ %two_digits121, %u3.int_two_digits118 ]
  %ival131 = phi i64 [ %ival1117, %u3.int_value97 ], [ %ival2129, %u3.int_two_digits118 ]
  %compact132 = and i1 %compact108, %compact130
  br i1 %compact132, label %u3.int_fast, label %u3.num_slow, !prof !1

u3.int_fast:                                      ; preds = %u3.int_value119
  %icmp133 = icmp slt i64 %ival109, %ival131
  br label %u3.cond_done

u3.float_fast:                                    ; preds = %u3.float_check
  %f143 = getelementptr i8, ptr %v19, i64 16
  %fval144 = load double, ptr %f143, align 8
  %f145 = getelementptr i8, ptr %p79, i64 16
  %fval146 = load double, ptr %f145, align 8
  %fcmp147 = fcmp olt double %fval144, %fval146
  br label %u3.cond_done

u3.mixed_check:                                   ; preds = %u3.float_check
  %f148 = getelementptr i8, ptr %v19, i64 8
  %p149 = load ptr, ptr %f148, align 8
  %a150 = ptrtoint ptr %p149 to i64
  %eq151 = icmp eq i64 %a150, ptrtoint (ptr @PyFloat_Type to i64)
  %a152 = ptrtoint ptr %p149 to i64
  %eq153 = icmp eq i64 %a152, ptrtoint (ptr @PyLong_Type to i64)
  %f154 = getelementptr i8, ptr %p79, i64 8
  %p155 = load ptr, ptr %f154, align 8
  %a156 = ptrtoint ptr %p155 to i64
  %eq157 = icmp eq i64 %a156, ptrtoint (ptr @PyFloat_Type to i64)
  %a158 = ptrtoint ptr %p155 to i64
  %eq159 = icmp eq i64 %a158, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq151, %eq159
  %int_first = and i1 %eq153, %eq157
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %p79, ptr %v19
  %float_operand = select i1 %float_first, ptr %v19, ptr %p79
  %f160 = getelementptr i8, ptr %int_operand, i64 16
  %size161 = load i64, ptr %f160, align 4
  %size1162 = add i64 %size161, 1
  %one_digit163 = icmp ule i64 %size1162, 2
  %f164 = getelementptr i8, ptr %int_operand, i64 24
  %digit0165 = load i32, ptr %f164, align 4
  %digit0166 = zext i32 %digit0165 to i64
  %ival1167 = mul i64 %size161, %digit0166
  br i1 %one_digit163, label %u3.int_value169, label %u3.int_two_digits168, !prof !1

u3.int_two_digits168:                             ; preds = %u3.mixed
  %size2170 = add i64 %size161, 2
  %two_digits171 = icmp ule i64 %size2170, 4
  %f172 = getelementptr i8, ptr %int_operand, i64 28
  %digit1173 = load i32, ptr %f172, align 4
  %digit1174 = zext i32 %digit1173 to i64
  %hi175 = shl i64 %digit1174, 30
  %mag176 = add i64 %digit0166, %hi175
  %negative177 = icmp slt i64 %size161, 0
  %neg_mag178 = sub i64 0, %mag176
  %ival2179 = select i1 %negative177, i64 %neg_mag178, i64 %mag176
  br label %u3.int_value169

u3.int_value169:                                  ; preds = %u3.int_two_digits168, %u3.mixed
  %compact180 = phi i1 [ true, %u3.mixed ], [ %two_digits171, %u3.int_two_digits168 ]
  %ival181 = phi i64 [ %ival1167, %u3.mixed ], [ %ival2179, %u3.int_two_digits168 ]
  br i1 %compact180, label %u3.mixed_fast, label %u3.num_slow, !prof !1

u3.mixed_fast:                                    ; preds = %u3.int_value169
  %biased182 = add i64 %ival181, 9007199254740992
  %exact_int183 = icmp ule i64 %biased182, 18014398509481984
  br i1 %exact_int183, label %u3.mixed_exact, label %u3.num_slow, !prof !1

u3.mixed_exact:                                   ; preds = %u3.mixed_fast
  %itof184 = sitofp i64 %ival181 to double
  %f185 = getelementptr i8, ptr %float_operand, i64 16
  %fval186 = load double, ptr %f185, align 8
  %x = select i1 %float_first, double %fval186, double %itof184
  %y = select i1 %float_first, double %itof184, double %fval186
  %fcmp187 = fcmp olt double %x, %y
  br label %u3.cond_done

u3.decide:                                        ; preds = %u3.truth, %u3.cont
  %jump_cond = phi i1 [ %cmp, %u3.cont ], [ %t, %u3.truth ]
  br i1 %jump_cond, label %i7, label %i12

u3.xdec:                                          ; preds = %u3.cond_done
  %rc190 = load i64, ptr %v189, align 4
  %rc1191 = sub i64 %rc190, 1
  store i64 %rc1191, ptr %v189, align 4
  %dead = icmp eq i64 %rc1191, 0
  br i1 %dead, label %u3.dealloc, label %u3.cont192, !prof !0

u3.cont:                                          ; preds = %u3.cont192, %u3.cond_done
  br label %u3.decide

u3.dealloc:                                       ; preds = %u3.xdec
  call void @_Py_Dealloc(ptr %v189)
  br label %u3.cont192

u3.cont192:                                       ; preds = %u3.dealloc, %u3.xdec
  br label %u3.cont

u3.xdec195:                                       ; preds = %u3.num_done
  %rc197 = load i64, ptr %v193, align 4
  %rc1198 = sub i64 %rc197, 1
  store i64 %rc1198, ptr %v193, align 4
  %dead199 = icmp eq i64 %rc1198, 0
  br i1 %dead199, label %u3.dealloc200, label %u3.cont201, !prof !0

u3.cont196:                                       ; preds = %u3.cont201, %u3.num_done
  %isnull203 = icmp eq ptr %res, null
  br i1 %isnull203, label %u3.error, label %u3.ok, !prof !0

u3.dealloc200:                                    ; preds = %u3.xdec195
  call void @_Py_Dealloc(ptr %v193)
  br label %u3.cont201

u3.cont201:                                       ; preds = %u3.dealloc200, %u3.xdec195
  br label %u3.cont196

u3.error:                                         ; preds = %u3.cont196
  %c202 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c202

u3.ok:                                            ; preds = %u3.cont196
  %a204 = ptrtoint ptr %res to i64
  %eq205 = icmp eq i64 %a204, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq205, label %u3.fast_bool, label %u3.chk_false

u3.chk_false:                                     ; preds = %u3.ok
  %a206 = ptrtoint ptr %res to i64
  %eq207 = icmp eq i64 %a206, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq207, label %u3.fast_bool, label %u3.is_true

u3.fast_bool:                                     ; preds = %u3.chk_false, %u3.ok
  %rc208 = load i64, ptr %res, align 4
  %rc1209 = sub i64 %rc208, 1
  store i64 %rc1209, ptr %res, align 4
  br label %u3.truth

u3.is_true:                                       ; preds = %u3.chk_false
  %f210 = getelementptr i8, ptr %f2, i64 12
  %f211 = getelementptr i8, ptr %1, i64 56
  store ptr %f210, ptr %f211, align 8
  %f212 = getelementptr i8, ptr %res, i64 8
  %p213 = load ptr, ptr %f212, align 8
  %a214 = ptrtoint ptr %p213 to i64
  %eq215 = icmp eq i64 %a214, ptrtoint (ptr @PyLong_Type to i64)
  %a216 = ptrtoint ptr %p213 to i64
  %eq217 = icmp eq i64 %a216, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq215, %eq217
  %a218 = ptrtoint ptr %p213 to i64
  %eq219 = icmp eq i64 %a218, ptrtoint (ptr @PyTuple_Type to i64)
  %sized220 = or i1 %sized, %eq219
  br i1 %sized220, label %u3.truth_by_size, label %u3.truth_call

u3.truth:                                         ; preds = %u3.ok235, %u3.cont226, %u3.fast_bool
  %t = phi i1 [ %eq205, %u3.fast_bool ], [ %size_nz, %u3.cont226 ], [ %truthy, %u3.ok235 ]
  br label %u3.decide

u3.truth_by_size:                                 ; preds = %u3.is_true
  %f221 = getelementptr i8, ptr %res, i64 16
  %i = load i64, ptr %f221, align 4
  %size_nz = icmp ne i64 %i, 0
  %rc222 = load i64, ptr %res, align 4
  %rc1223 = sub i64 %rc222, 1
  store i64 %rc1223, ptr %res, align 4
  %dead224 = icmp eq i64 %rc1223, 0
  br i1 %dead224, label %u3.dealloc225, label %u3.cont226, !prof !0

u3.truth_call:                                    ; preds = %u3.is_true
  %c227 = call i32 @PyObject_IsTrue(ptr %res)
  %rc228 = load i64, ptr %res, align 4
  %rc1229 = sub i64 %rc228, 1
  store i64 %rc1229, ptr %res, align 4
  %dead230 = icmp eq i64 %rc1229, 0
  br i1 %dead230, label %u3.dealloc231, label %u3.cont232, !prof !0

u3.dealloc225:                                    ; preds = %u3.truth_by_size
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont226

u3.cont226:                                       ; preds = %u3.dealloc225, %u3.truth_by_size
  br label %u3.truth

u3.dealloc231:                                    ; preds = %u3.truth_call
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont232

u3.cont232:                                       ; preds = %u3.dealloc231, %u3.truth_call
  %neg = icmp slt i32 %c227, 0
  br i1 %neg, label %u3.error233, label %u3.ok235, !prof !0

u3.error233:                                      ; preds = %u3.cont232
  %c234 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c234

u3.ok235:                                         ; preds = %u3.cont232
  %truthy = icmp ne i32 %c227, 0
  br label %u3.truth

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done506, %u9.fbox_done454, %u9.ibox_done401, %u9.fbox_done, %u9.ibox_done
  %res526 = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box439, %u9.ibox_done401 ], [ %fbox460, %u9.fbox_done454 ], [ %fbox519, %u9.fbox_done506 ], [ %number, %u9.operator_done ]
  %v527 = load ptr, ptr %s1, align 8
  %isnull528 = icmp eq ptr %v527, null
  br i1 %isnull528, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.int_value487, %u9.mixed_check, %u9.int_value386, %u9.box_operands
  %f520 = getelementptr i8, ptr %v242, i64 8
  %p521 = load ptr, ptr %f520, align 8
  %f522 = getelementptr i8, ptr %p521, i64 168
  %i523 = load i64, ptr %f522, align 4
  %heap = and i64 %i523, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fsub505, %u9.mixed_fast ]
  %rc507 = load i64, ptr %p343, align 4
  %only508 = icmp eq i64 %rc507, 1
  %f509 = getelementptr i8, ptr %p343, i64 8
  %p510 = load ptr, ptr %f509, align 8
  %a511 = ptrtoint ptr %p510 to i64
  %eq512 = icmp eq i64 %a511, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only508, %eq512
  br i1 %only_float, label %u9.fbox_operand513, label %u9.fbox_next514

u9.box_operands:                                  ; preds = %u9.int_value302, %u9.view_long287, %u9.view_int, %u9.int_value, %u9.view_long
  %f342 = getelementptr i8, ptr %2, i64 16
  %p343 = load ptr, ptr %f342, align 8
  %rc344 = load i64, ptr %p343, align 4
  %rc1345 = add i64 %rc344, 1
  store i64 %rc1345, ptr %p343, align 4
  store ptr %p343, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind273 = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf274 = phi double [ %fval250, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi275 = phi i64 [ 0, %u9.view_float ], [ %ival272, %u9.view_compact ]
  %is_float277 = icmp eq i8 %ukind239, 1
  br i1 %is_float277, label %u9.view276, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f249 = getelementptr i8, ptr %v242, i64 16
  %fval250 = load double, ptr %f249, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a251 = ptrtoint ptr %p246 to i64
  %eq252 = icmp eq i64 %a251, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq252, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f253 = getelementptr i8, ptr %v242, i64 16
  %size254 = load i64, ptr %f253, align 4
  %size1255 = add i64 %size254, 1
  %one_digit256 = icmp ule i64 %size1255, 2
  %f257 = getelementptr i8, ptr %v242, i64 24
  %digit0258 = load i32, ptr %f257, align 4
  %digit0259 = zext i32 %digit0258 to i64
  %ival1260 = mul i64 %size254, %digit0259
  br i1 %one_digit256, label %u9.int_value, label %u9.int_two_digits, !prof !1

u9.int_two_digits:                                ; preds = %u9.view_is_int
  %size2261 = add i64 %size254, 2
  %two_digits262 = icmp ule i64 %size2261, 4
  %f263 = getelementptr i8, ptr %v242, i64 28
  %digit1264 = load i32, ptr %f263, align 4
  %digit1265 = zext i32 %digit1264 to i64
  %hi266 = shl i64 %digit1265, 30
  %mag267 = add i64 %digit0259, %hi266
  %negative268 = icmp slt i64 %size254, 0
  %neg_mag269 = sub i64 0, %mag267
  %ival2270 = select i1 %negative268, i64 %neg_mag269, i64 %mag267
  br label %u9.int_value

u9.int_value:                                     ; preds = %u9.int_two_digits, %u9.view_is_int
  %compact271 = phi i1 [ true, %u9.view_is_int ], [ %two_digits262, %u9.int_two_digits ]
  %ival272 = phi i64 [ %ival1260, %u9.view_is_int ], [ %ival2270, %u9.int_two_digits ]
  br i1 %compact271, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.int_value
  br label %u9.view

u9.view276:                                       ; preds = %u9.view_compact315, %u9.view_float286, %u9.view_compact281, %u9.view
  %vkind316 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact281 ], [ 1, %u9.view_float286 ], [ 2, %u9.view_compact315 ]
  %vf317 = phi double [ %uf240, %u9.view ], [ 0.000000e+00, %u9.view_compact281 ], [ %fval289, %u9.view_float286 ], [ 0.000000e+00, %u9.view_compact315 ]
  %vi318 = phi i64 [ 0, %u9.view ], [ %ui241, %u9.view_compact281 ], [ 0, %u9.view_float286 ], [ %ival314, %u9.view_compact315 ]
  %lint319 = icmp eq i8 %vkind273, 2
  %rint320 = icmp eq i8 %vkind316, 2
  %both_int321 = and i1 %lint319, %rint320
  br i1 %both_int321, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int278 = icmp eq i8 %ukind239, 2
  br i1 %is_int278, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias279 = add i64 %ui241, 1152921504606846976
  %compact280 = icmp ult i64 %bias279, 2305843009213693952
  br i1 %compact280, label %u9.view_compact281, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f282 = getelementptr i8, ptr %v238, i64 8
  %p283 = load ptr, ptr %f282, align 8
  %a284 = ptrtoint ptr %p283 to i64
  %eq285 = icmp eq i64 %a284, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq285, label %u9.view_float286, label %u9.view_long287

u9.view_compact281:                               ; preds = %u9.view_int
  br label %u9.view276

u9.view_float286:                                 ; preds = %u9.view_object
  %f288 = getelementptr i8, ptr %v238, i64 16
  %fval289 = load double, ptr %f288, align 8
  br label %u9.view276

u9.view_long287:                                  ; preds = %u9.view_object
  %a290 = ptrtoint ptr %p283 to i64
  %eq291 = icmp eq i64 %a290, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq291, label %u9.view_is_int292, label %u9.box_operands, !prof !1

u9.view_is_int292:                                ; preds = %u9.view_long287
  %f293 = getelementptr i8, ptr %v238, i64 16
  %size294 = load i64, ptr %f293, align 4
  %size1295 = add i64 %size294, 1
  %one_digit296 = icmp ule i64 %size1295, 2
  %f297 = getelementptr i8, ptr %v238, i64 24
  %digit0298 = load i32, ptr %f297, align 4
  %digit0299 = zext i32 %digit0298 to i64
  %ival1300 = mul i64 %size294, %digit0299
  br i1 %one_digit296, label %u9.int_value302, label %u9.int_two_digits301, !prof !1

u9.int_two_digits301:                             ; preds = %u9.view_is_int292
  %size2303 = add i64 %size294, 2
  %two_digits304 = icmp ule i64 %size2303, 4
  %f305 = getelementptr i8, ptr %v238, i64 28
  %digit1306 = load i32, ptr %f305, align 4
  %digit1307 = zext i32 %digit1306 to i64
  %hi308 = shl i64 %digit1307, 30
  %mag309 = add i64 %digit0299, %hi308
  %negative310 = icmp slt i64 %size294, 0
  %neg_mag311 = sub i64 0, %mag309
  %ival2312 = select i1 %negative310, i64 %neg_mag311, i64 %mag309
  br label %u9.int_value302

u9.int_value302:                                  ; preds = %u9.int_two_digits301, %u9.view_is_int292
  %compact313 = phi i1 [ true, %u9.view_is_int292 ], [ %two_digits304, %u9.int_two_digits301 ]
  %ival314 = phi i64 [ %ival1300, %u9.view_is_int292 ], [ %ival2312, %u9.int_two_digits301 ]
  br i1 %compact313, label %u9.view_compact315, label %u9.box_operands, !prof !1

u9.view_compact315:                               ; preds = %u9.int_value302
  br label %u9.view276

u9.unboxed_ints:                                  ; preds = %u9.view276
  %isub = sub nsw i64 %vi275, %vi318
  %biased322 = sub i64 %isub, -5
  %is_small = icmp ult i64 %biased322, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view276
  %itof337 = sitofp i64 %vi275 to double
  %view_f338 = select i1 %lint319, double %itof337, double %vf274
  %itof339 = sitofp i64 %vi318 to double
  %view_f340 = select i1 %rint320, double %itof339, double %vf317
  %fsub = fsub double %view_f338, %view_f340
  %c341 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c327, %u9.ibox_init ], [ %c336, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p323 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p323, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %isub, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i326 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i326, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c327 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c327, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c336 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased322, 32
  %fd = getelementptr i8, ptr %p323, i64 %off
  %rc324 = load i64, ptr %fd, align 4
  %rc1325 = add i64 %rc324, 1
  store i64 %rc1325, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg328 = icmp slt i64 %isub, 0
  %minus = sub i64 0, %isub
  %mag329 = select i1 %neg328, i64 %minus, i64 %isub
  %two = icmp ugt i64 %mag329, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size330 = select i1 %neg328, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag329, 1073741823
  %d1 = lshr i64 %mag329, 30
  store i64 1, ptr %c327, align 4
  %f331 = getelementptr i8, ptr %c327, i64 8
  store ptr @PyLong_Type, ptr %f331, align 8
  %f332 = getelementptr i8, ptr %c327, i64 16
  store i64 %size330, ptr %f332, align 4
  %digit = trunc i64 %d0 to i32
  %f333 = getelementptr i8, ptr %c327, i64 24
  store i32 %digit, ptr %f333, align 4
  %digit334 = trunc i64 %d1 to i32
  %f335 = getelementptr i8, ptr %c327, i64 28
  store i32 %digit334, ptr %f335, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c341, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f346 = getelementptr i8, ptr %v242, i64 8
  %p347 = load ptr, ptr %f346, align 8
  %f348 = getelementptr i8, ptr %p343, i64 8
  %p349 = load ptr, ptr %f348, align 8
  %a350 = ptrtoint ptr %p347 to i64
  %eq351 = icmp eq i64 %a350, ptrtoint (ptr @PyLong_Type to i64)
  %a352 = ptrtoint ptr %p349 to i64
  %eq353 = icmp eq i64 %a352, ptrtoint (ptr @PyLong_Type to i64)
  %both354 = and i1 %eq351, %eq353
  br i1 %both354, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f355 = getelementptr i8, ptr %v242, i64 16
  %size356 = load i64, ptr %f355, align 4
  %size1357 = add i64 %size356, 1
  %one_digit358 = icmp ule i64 %size1357, 2
  %f359 = getelementptr i8, ptr %v242, i64 24
  %digit0360 = load i32, ptr %f359, align 4
  %digit0361 = zext i32 %digit0360 to i64
  %ival1362 = mul i64 %size356, %digit0361
  br i1 %one_digit358, label %u9.int_value364, label %u9.int_two_digits363, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f440 = getelementptr i8, ptr %v242, i64 8
  %p441 = load ptr, ptr %f440, align 8
  %f442 = getelementptr i8, ptr %p343, i64 8
  %p443 = load ptr, ptr %f442, align 8
  %a444 = ptrtoint ptr %p441 to i64
  %eq445 = icmp eq i64 %a444, ptrtoint (ptr @PyFloat_Type to i64)
  %a446 = ptrtoint ptr %p443 to i64
  %eq447 = icmp eq i64 %a446, ptrtoint (ptr @PyFloat_Type to i64)
  %both448 = and i1 %eq445, %eq447
  br i1 %both448, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_two_digits363:                             ; preds = %u9.int_test
  %size2365 = add i64 %size356, 2
  %two_digits366 = icmp ule i64 %size2365, 4
  %f367 = getelementptr i8, ptr %v242, i64 28
  %digit1368 = load i32, ptr %f367, align 4
  %digit1369 = zext i32 %digit1368 to i64
  %hi370 = shl i64 %digit1369, 30
  %mag371 = add i64 %digit0361, %hi370
  %negative372 = icmp slt i64 %size356, 0
  %neg_mag373 = sub i64 0, %mag371
  %ival2374 = select i1 %negative372, i64 %neg_mag373, i64 %mag371
  br label %u9.int_value364

u9.int_value364:                                  ; preds = %u9.int_two_digits363, %u9.int_test
  %compact375 = phi i1 [ true, %u9.int_test ], [ %two_digits366, %u9.int_two_digits363 ]
  %ival376 = phi i64 [ %ival1362, %u9.int_test ], [ %ival2374, %u9.int_two_digits363 ]
  %f377 = getelementptr i8, ptr %p343, i64 16
  %size378 = load i64, ptr %f377, align 4
  %size1379 = add i64 %size378, 1
  %one_digit380 = icmp ule i64 %size1379, 2
  %f381 = getelementptr i8, ptr %p343, i64 24
  %digit0382 = load i32, ptr %f381, align 4
  %digit0383 = zext i32 %digit0382 to i64
  %ival1384 = mul i64 %size378, %digit0383
  br i1 %one_digit380, label %u9.int_value386, label %u9.int_two_digits385, !prof !1

u9.int_two_digits385:                             ; preds = %u9.int_value364
  %size2387 = add i64 %size378, 2
  %two_digits388 = icmp ule i64 %size2387, 4
  %f389 = getelementptr i8, ptr %p343, i64 28
  %digit1390 = load i32, ptr %f389, align 4
  %digit1391 = zext i32 %digit1390 to i64
  %hi392 = shl i64 %digit1391, 30
  %mag393 = add i64 %digit0383, %hi392
  %negative394 = icmp slt i64 %size378, 0
  %neg_mag395 = sub i64 0, %mag393
  %ival2396 = select i1 %negative394, i64 %neg_mag395, i64 %mag393
  br label %u9.int_value386

u9.int_value386:                                  ; preds = %u9.int_two_digits385, %u9.int_value364
  %compact397 = phi i1 [ true, %u9.int_value364 ], [ %two_digits388, %u9.int_two_digits385 ]
  %ival398 = phi i64 [ %ival1384, %u9.int_value364 ], [ %ival2396, %u9.int_two_digits385 ]
  %compact399 = and i1 %compact375, %compact397
  br i1 %compact399, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.int_fast:                                      ; preds = %u9.int_value386
  %isub400 = sub nsw i64 %ival376, %ival398
  %biased406 = sub i64 %isub400, -5
  %is_small407 = icmp ult i64 %biased406, 262
  br i1 %is_small407, label %u9.ibox_small402, label %u9.ibox_not_small403

u9.ibox_done401:                                  ; preds = %u9.ibox_call405, %u9.ibox_init422, %u9.ibox_table410
  %int_box439 = phi ptr [ %fd412, %u9.ibox_table410 ], [ %c420, %u9.ibox_init422 ], [ %c438, %u9.ibox_call405 ]
  br label %u9.num_done

u9.ibox_small402:                                 ; preds = %u9.int_fast
  %p408 = load ptr, ptr @rjit_small_ints, align 8
  %have_table409 = icmp ne ptr %p408, null
  br i1 %have_table409, label %u9.ibox_table410, label %u9.ibox_call405, !prof !1

u9.ibox_not_small403:                             ; preds = %u9.int_fast
  %shifted415 = add i64 %isub400, 1152921504606846975
  %fits416 = icmp ult i64 %shifted415, 2305843009213693951
  %i417 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced418 = icmp eq i32 %i417, 0
  %inline419 = and i1 %fits416, %untraced418
  br i1 %inline419, label %u9.ibox_alloc404, label %u9.ibox_call405, !prof !1

u9.ibox_alloc404:                                 ; preds = %u9.ibox_not_small403
  %c420 = call ptr @PyObject_Malloc(i64 32)
  %allocated421 = icmp ne ptr %c420, null
  br i1 %allocated421, label %u9.ibox_init422, label %u9.ibox_call405, !prof !1

u9.ibox_call405:                                  ; preds = %u9.ibox_alloc404, %u9.ibox_not_small403, %u9.ibox_small402
  %c438 = call ptr @PyLong_FromLongLong(i64 %isub400)
  br label %u9.ibox_done401

u9.ibox_table410:                                 ; preds = %u9.ibox_small402
  %off411 = mul i64 %biased406, 32
  %fd412 = getelementptr i8, ptr %p408, i64 %off411
  %rc413 = load i64, ptr %fd412, align 4
  %rc1414 = add i64 %rc413, 1
  store i64 %rc1414, ptr %fd412, align 4
  br label %u9.ibox_done401

u9.ibox_init422:                                  ; preds = %u9.ibox_alloc404
  %neg423 = icmp slt i64 %isub400, 0
  %minus424 = sub i64 0, %isub400
  %mag425 = select i1 %neg423, i64 %minus424, i64 %isub400
  %two426 = icmp ugt i64 %mag425, 1073741823
  %ndigits427 = select i1 %two426, i64 2, i64 1
  %minus_n428 = sub i64 0, %ndigits427
  %size429 = select i1 %neg423, i64 %minus_n428, i64 %ndigits427
  %d0430 = and i64 %mag425, 1073741823
  %d1431 = lshr i64 %mag425, 30
  store i64 1, ptr %c420, align 4
  %f432 = getelementptr i8, ptr %c420, i64 8
  store ptr @PyLong_Type, ptr %f432, align 8
  %f433 = getelementptr i8, ptr %c420, i64 16
  store i64 %size429, ptr %f433, align 4
  %digit434 = trunc i64 %d0430 to i32
  %f435 = getelementptr i8, ptr %c420, i64 24
  store i32 %digit434, ptr %f435, align 4
  %digit436 = trunc i64 %d1431 to i32
  %f437 = getelementptr i8, ptr %c420, i64 28
  store i32 %digit436, ptr %f437, align 4
  br label %u9.ibox_done401

u9.float_fast:                                    ; preds = %u9.float_check
  %f449 = getelementptr i8, ptr %v242, i64 16
  %fval450 = load double, ptr %f449, align 8
  %f451 = getelementptr i8, ptr %p343, i64 16
  %fval452 = load double, ptr %f451, align 8
  %fsub453 = fsub double %fval450, %fval452
  %rc455 = load i64, ptr %p343, align 4
  %only = icmp eq i64 %rc455, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f461 = getelementptr i8, ptr %v242, i64 8
  %p462 = load ptr, ptr %f461, align 8
  %a463 = ptrtoint ptr %p462 to i64
  %eq464 = icmp eq i64 %a463, ptrtoint (ptr @PyFloat_Type to i64)
  %a465 = ptrtoint ptr %p462 to i64
  %eq466 = icmp eq i64 %a465, ptrtoint (ptr @PyLong_Type to i64)
  %f467 = getelementptr i8, ptr %p343, i64 8
  %p468 = load ptr, ptr %f467, align 8
  %a469 = ptrtoint ptr %p468 to i64
  %eq470 = icmp eq i64 %a469, ptrtoint (ptr @PyFloat_Type to i64)
  %a471 = ptrtoint ptr %p468 to i64
  %eq472 = icmp eq i64 %a471, ptrtoint (ptr @PyLong_Type to i64)
  %float_first473 = and i1 %eq464, %eq472
  %int_first474 = and i1 %eq466, %eq470
  %mixed475 = or i1 %float_first473, %int_first474
  br i1 %mixed475, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done454:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox460 = phi ptr [ %p343, %u9.fbox_operand ], [ %c459, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f456 = getelementptr i8, ptr %p343, i64 16
  store double %fsub453, ptr %f456, align 8
  %rc457 = load i64, ptr %p343, align 4
  %rc1458 = add i64 %rc457, 1
  store i64 %rc1458, ptr %p343, align 4
  br label %u9.fbox_done454

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c459 = call ptr @PyFloat_FromDouble(double %fsub453)
  br label %u9.fbox_done454

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand476 = select i1 %float_first473, ptr %p343, ptr %v242
  %float_operand477 = select i1 %float_first473, ptr %v242, ptr %p343
  %f478 = getelementptr i8, ptr %int_operand476, i64 16
  %size479 = load i64, ptr %f478, align 4
  %size1480 = add i64 %size479, 1
  %one_digit481 = icmp ule i64 %size1480, 2
  %f482 = getelementptr i8, ptr %int_operand476, i64 24
  %digit0483 = load i32, ptr %f482, align 4
  %digit0484 = zext i32 %digit0483 to i64
  %ival1485 = mul i64 %size479, %digit0484
  br i1 %one_digit481, label %u9.int_value487, label %u9.int_two_digits486, !prof !1

u9.int_two_digits486:                             ; preds = %u9.mixed
  %size2488 = add i64 %size479, 2
  %two_digits489 = icmp ule i64 %size2488, 4
  %f490 = getelementptr i8, ptr %int_operand476, i64 28
  %digit1491 = load i32, ptr %f490, align 4
  %digit1492 = zext i32 %digit1491 to i64
  %hi493 = shl i64 %digit1492, 30
  %mag494 = add i64 %digit0484, %hi493
  %negative495 = icmp slt i64 %size479, 0
  %neg_mag496 = sub i64 0, %mag494
  %ival2497 = select i1 %negative495, i64 %neg_mag496, i64 %mag494
  br label %u9.int_value487

u9.int_value487:                                  ; preds = %u9.int_two_digits486, %u9.mixed
  %compact498 = phi i1 [ true, %u9.mixed ], [ %two_digits489, %u9.int_two_digits486 ]
  %ival499 = phi i64 [ %ival1485, %u9.mixed ], [ %ival2497, %u9.int_two_digits486 ]
  br i1 %compact498, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.int_value487
  %itof500 = sitofp i64 %ival499 to double
  %f501 = getelementptr i8, ptr %float_operand477, i64 16
  %fval502 = load double, ptr %f501, align 8
  %x503 = select i1 %float_first473, double %fval502, double %itof500
  %y504 = select i1 %float_first473, double %itof500, double %fval502
  %fsub505 = fsub double %x503, %y504
  br label %u9.float_result

u9.fbox_done506:                                  ; preds = %u9.fbox_next514, %u9.fbox_operand513
  %fbox519 = phi ptr [ %p343, %u9.fbox_operand513 ], [ %c518, %u9.fbox_next514 ]
  br label %u9.num_done

u9.fbox_operand513:                               ; preds = %u9.float_result
  %f515 = getelementptr i8, ptr %p343, i64 16
  store double %fres, ptr %f515, align 8
  %rc516 = load i64, ptr %p343, align 4
  %rc1517 = add i64 %rc516, 1
  store i64 %rc1517, ptr %p343, align 4
  br label %u9.fbox_done506

u9.fbox_next514:                                  ; preds = %u9.float_result
  %c518 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done506

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c524 = call ptr @rjit_binary_dunder(ptr %0, ptr %v242, ptr %p343, i32 10)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c525 = call ptr @PyNumber_Subtract(ptr %v242, ptr %p343)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c524, %u9.operator_dunder ], [ %c525, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc529 = load i64, ptr %v527, align 4
  %rc1530 = sub i64 %rc529, 1
  store i64 %rc1530, ptr %v527, align 4
  %dead531 = icmp eq i64 %rc1530, 0
  br i1 %dead531, label %u9.dealloc, label %u9.cont532, !prof !0

u9.cont:                                          ; preds = %u9.cont532, %u9.num_done
  %isnull534 = icmp eq ptr %res526, null
  br i1 %isnull534, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v527)
  br label %u9.cont532

u9.cont532:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c533 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c533

u9.ok:                                            ; preds = %u9.cont
  store ptr %res526, ptr %s0, align 8
  br label %i11

u14.num_done:                                     ; preds = %u14.operator_done, %u14.fbox_done834, %u14.fbox_done780, %u14.ibox_done727, %u14.fbox_done, %u14.ibox_done
  %res858 = phi ptr [ %int_box655, %u14.ibox_done ], [ %fbox661, %u14.fbox_done ], [ %int_box765, %u14.ibox_done727 ], [ %fbox787, %u14.fbox_done780 ], [ %fbox848, %u14.fbox_done834 ], [ %number857, %u14.operator_done ]
  %v859 = load ptr, ptr %s1, align 8
  %isnull860 = icmp eq ptr %v859, null
  br i1 %isnull860, label %u14.cont, label %u14.xdec

u14.num_slow:                                     ; preds = %u14.int_value814, %u14.mixed_check, %u14.int_fast, %u14.int_value706, %u14.box_operands
  %f849 = getelementptr i8, ptr %v541, i64 8
  %p850 = load ptr, ptr %f849, align 8
  %f851 = getelementptr i8, ptr %p850, i64 168
  %i852 = load i64, ptr %f851, align 4
  %heap853 = and i64 %i852, 512
  %is_heap854 = icmp ne i64 %heap853, 0
  br i1 %is_heap854, label %u14.operator_dunder, label %u14.operator_c

u14.float_result:                                 ; preds = %u14.mixed_fast
  %fres833 = phi double [ %fmul832, %u14.mixed_fast ]
  %rc835 = load i64, ptr %p663, align 4
  %only836 = icmp eq i64 %rc835, 1
  %f837 = getelementptr i8, ptr %p663, i64 8
  %p838 = load ptr, ptr %f837, align 8
  %a839 = ptrtoint ptr %p838 to i64
  %eq840 = icmp eq i64 %a839, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float841 = and i1 %only836, %eq840
  br i1 %only_float841, label %u14.fbox_operand842, label %u14.fbox_next843

u14.box_operands:                                 ; preds = %u14.unboxed_ints, %u14.int_value601, %u14.view_long586, %u14.view_int, %u14.int_value, %u14.view_long
  %f662 = getelementptr i8, ptr %2, i64 24
  %p663 = load ptr, ptr %f662, align 8
  %rc664 = load i64, ptr %p663, align 4
  %rc1665 = add i64 %rc664, 1
  store i64 %rc1665, ptr %p663, align 4
  store ptr %p663, ptr %s1, align 8
  br label %u14.num_slow

u14.view:                                         ; preds = %u14.view_compact, %u14.view_float
  %vkind572 = phi i8 [ 1, %u14.view_float ], [ 2, %u14.view_compact ]
  %vf573 = phi double [ %fval549, %u14.view_float ], [ 0.000000e+00, %u14.view_compact ]
  %vi574 = phi i64 [ 0, %u14.view_float ], [ %ival571, %u14.view_compact ]
  %is_float576 = icmp eq i8 %ukind538, 1
  br i1 %is_float576, label %u14.view575, label %u14.view_not_float, !prof !1

u14.view_float:                                   ; preds = %i14
  %f548 = getelementptr i8, ptr %v541, i64 16
  %fval549 = load double, ptr %f548, align 8
  br label %u14.view

u14.view_long:                                    ; preds = %i14
  %a550 = ptrtoint ptr %p545 to i64
  %eq551 = icmp eq i64 %a550, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq551, label %u14.view_is_int, label %u14.box_operands, !prof !1

u14.view_is_int:                                  ; preds = %u14.view_long
  %f552 = getelementptr i8, ptr %v541, i64 16
  %size553 = load i64, ptr %f552, align 4
  %size1554 = add i64 %size553, 1
  %one_digit555 = icmp ule i64 %size1554, 2
  %f556 = getelementptr i8, ptr %v541, i64 24
  %digit0557 = load i32, ptr %f556, align 4
  %digit0558 = zext i32 %digit0557 to i64
  %ival1559 = mul i64 %size553, %digit0558
  br i1 %one_digit555, label %u14.int_value, label %u14.int_two_digits, !prof !1

u14.int_two_digits:                               ; preds = %u14.view_is_int
  %size2560 = add i64 %size553, 2
  %two_digits561 = icmp ule i64 %size2560, 4
  %f562 = getelementptr i8, ptr %v541, i64 28
  %digit1563 = load i32, ptr %f562, align 4
  %digit1564 = zext i32 %digit1563 to i64
  %hi565 = shl i64 %digit1564, 30
  %mag566 = add i64 %digit0558, %hi565
  %negative567 = icmp slt i64 %size553, 0
  %neg_mag568 = sub i64 0, %mag566
  %ival2569 = select i1 %negative567, i64 %neg_mag568, i64 %mag566
  br label %u14.int_value

u14.int_value:                                    ; preds = %u14.int_two_digits, %u14.view_is_int
  %compact570 = phi i1 [ true, %u14.view_is_int ], [ %two_digits561, %u14.int_two_digits ]
  %ival571 = phi i64 [ %ival1559, %u14.view_is_int ], [ %ival2569, %u14.int_two_digits ]
  br i1 %compact570, label %u14.view_compact, label %u14.box_operands, !prof !1

u14.view_compact:                                 ; preds = %u14.int_value
  br label %u14.view

u14.view575:                                      ; preds = %u14.view_compact614, %u14.view_float585, %u14.view_compact580, %u14.view
  %vkind615 = phi i8 [ 1, %u14.view ], [ 2, %u14.view_compact580 ], [ 1, %u14.view_float585 ], [ 2, %u14.view_compact614 ]
  %vf616 = phi double [ %uf539, %u14.view ], [ 0.000000e+00, %u14.view_compact580 ], [ %fval588, %u14.view_float585 ], [ 0.000000e+00, %u14.view_compact614 ]
  %vi617 = phi i64 [ 0, %u14.view ], [ %ui540, %u14.view_compact580 ], [ 0, %u14.view_float585 ], [ %ival613, %u14.view_compact614 ]
  %lint618 = icmp eq i8 %vkind572, 2
  %rint619 = icmp eq i8 %vkind615, 2
  %both_int620 = and i1 %lint618, %rint619
  br i1 %both_int620, label %u14.unboxed_ints, label %u14.unboxed_floats

u14.view_not_float:                               ; preds = %u14.view
  %is_int577 = icmp eq i8 %ukind538, 2
  br i1 %is_int577, label %u14.view_int, label %u14.view_object

u14.view_int:                                     ; preds = %u14.view_not_float
  %bias578 = add i64 %ui540, 1152921504606846976
  %compact579 = icmp ult i64 %bias578, 2305843009213693952
  br i1 %compact579, label %u14.view_compact580, label %u14.box_operands, !prof !1

u14.view_object:                                  ; preds = %u14.view_not_float
  %f581 = getelementptr i8, ptr %v537, i64 8
  %p582 = load ptr, ptr %f581, align 8
  %a583 = ptrtoint ptr %p582 to i64
  %eq584 = icmp eq i64 %a583, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq584, label %u14.view_float585, label %u14.view_long586

u14.view_compact580:                              ; preds = %u14.view_int
  br label %u14.view575

u14.view_float585:                                ; preds = %u14.view_object
  %f587 = getelementptr i8, ptr %v537, i64 16
  %fval588 = load double, ptr %f587, align 8
  br label %u14.view575

u14.view_long586:                                 ; preds = %u14.view_object
  %a589 = ptrtoint ptr %p582 to i64
  %eq590 = icmp eq i64 %a589, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq590, label %u14.view_is_int591, label %u14.box_operands, !prof !1

u14.view_is_int591:                               ; preds = %u14.view_long586
  %f592 = getelementptr i8, ptr %v537, i64 16
  %size593 = load i64, ptr %f592, align 4
  %size1594 = add i64 %size593, 1
  %one_digit595 = icmp ule i64 %size1594, 2
  %f596 = getelementptr i8, ptr %v537, i64 24
  %digit0597 = load i32, ptr %f596, align 4
  %digit0598 = zext i32 %digit0597 to i64
  %ival1599 = mul i64 %size593, %digit0598
  br i1 %one_digit595, label %u14.int_value601, label %u14.int_two_digits600, !prof !1

u14.int_two_digits600:                            ; preds = %u14.view_is_int591
  %size2602 = add i64 %size593, 2
  %two_digits603 = icmp ule i64 %size2602, 4
  %f604 = getelementptr i8, ptr %v537, i64 28
  %digit1605 = load i32, ptr %f604, align 4
  %digit1606 = zext i32 %digit1605 to i64
  %hi607 = shl i64 %digit1606, 30
  %mag608 = add i64 %digit0598, %hi607
  %negative609 = icmp slt i64 %size593, 0
  %neg_mag610 = sub i64 0, %mag608
  %ival2611 = select i1 %negative609, i64 %neg_mag610, i64 %mag608
  br label %u14.int_value601

u14.int_value601:                                 ; preds = %u14.int_two_digits600, %u14.view_is_int591
  %compact612 = phi i1 [ true, %u14.view_is_int591 ], [ %two_digits603, %u14.int_two_digits600 ]
  %ival613 = phi i64 [ %ival1599, %u14.view_is_int591 ], [ %ival2611, %u14.int_two_digits600 ]
  br i1 %compact612, label %u14.view_compact614, label %u14.box_operands, !prof !1

u14.view_compact614:                              ; preds = %u14.int_value601
  br label %u14.view575

u14.unboxed_ints:                                 ; preds = %u14.view575
  %bias621 = add i64 %vi574, 2147483648
  %small = icmp ult i64 %bias621, 4294967296
  %bias622 = add i64 %vi617, 2147483648
  %small623 = icmp ult i64 %bias622, 4294967296
  %both_small = and i1 %small, %small623
  br i1 %both_small, label %u14.imul_ok, label %u14.box_operands, !prof !1

u14.unboxed_floats:                               ; preds = %u14.view575
  %itof656 = sitofp i64 %vi574 to double
  %view_f657 = select i1 %lint618, double %itof656, double %vf573
  %itof658 = sitofp i64 %vi617 to double
  %view_f659 = select i1 %rint619, double %itof658, double %vf616
  %fmul = fmul double %view_f657, %view_f659
  %c660 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %u14.fbox_done

u14.imul_ok:                                      ; preds = %u14.unboxed_ints
  %imul = mul nsw i64 %vi574, %vi617
  %biased624 = sub i64 %imul, -5
  %is_small625 = icmp ult i64 %biased624, 262
  br i1 %is_small625, label %u14.ibox_small, label %u14.ibox_not_small

u14.ibox_done:                                    ; preds = %u14.ibox_call, %u14.ibox_init, %u14.ibox_table
  %int_box655 = phi ptr [ %fd629, %u14.ibox_table ], [ %c637, %u14.ibox_init ], [ %c654, %u14.ibox_call ]
  br label %u14.num_done

u14.ibox_small:                                   ; preds = %u14.imul_ok
  %p626 = load ptr, ptr @rjit_small_ints, align 8
  %have_table627 = icmp ne ptr %p626, null
  br i1 %have_table627, label %u14.ibox_table, label %u14.ibox_call, !prof !1

u14.ibox_not_small:                               ; preds = %u14.imul_ok
  %shifted632 = add i64 %imul, 1152921504606846975
  %fits633 = icmp ult i64 %shifted632, 2305843009213693951
  %i634 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced635 = icmp eq i32 %i634, 0
  %inline636 = and i1 %fits633, %untraced635
  br i1 %inline636, label %u14.ibox_alloc, label %u14.ibox_call, !prof !1

u14.ibox_alloc:                                   ; preds = %u14.ibox_not_small
  %c637 = call ptr @PyObject_Malloc(i64 32)
  %allocated638 = icmp ne ptr %c637, null
  br i1 %allocated638, label %u14.ibox_init, label %u14.ibox_call, !prof !1

u14.ibox_call:                                    ; preds = %u14.ibox_alloc, %u14.ibox_not_small, %u14.ibox_small
  %c654 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %u14.ibox_done

u14.ibox_table:                                   ; preds = %u14.ibox_small
  %off628 = mul i64 %biased624, 32
  %fd629 = getelementptr i8, ptr %p626, i64 %off628
  %rc630 = load i64, ptr %fd629, align 4
  %rc1631 = add i64 %rc630, 1
  store i64 %rc1631, ptr %fd629, align 4
  br label %u14.ibox_done

u14.ibox_init:                                    ; preds = %u14.ibox_alloc
  %neg639 = icmp slt i64 %imul, 0
  %minus640 = sub i64 0, %imul
  %mag641 = select i1 %neg639, i64 %minus640, i64 %imul
  %two642 = icmp ugt i64 %mag641, 1073741823
  %ndigits643 = select i1 %two642, i64 2, i64 1
  %minus_n644 = sub i64 0, %ndigits643
  %size645 = select i1 %neg639, i64 %minus_n644, i64 %ndigits643
  %d0646 = and i64 %mag641, 1073741823
  %d1647 = lshr i64 %mag641, 30
  store i64 1, ptr %c637, align 4
  %f648 = getelementptr i8, ptr %c637, i64 8
  store ptr @PyLong_Type, ptr %f648, align 8
  %f649 = getelementptr i8, ptr %c637, i64 16
  store i64 %size645, ptr %f649, align 4
  %digit650 = trunc i64 %d0646 to i32
  %f651 = getelementptr i8, ptr %c637, i64 24
  store i32 %digit650, ptr %f651, align 4
  %digit652 = trunc i64 %d1647 to i32
  %f653 = getelementptr i8, ptr %c637, i64 28
  store i32 %digit652, ptr %f653, align 4
  br label %u14.ibox_done

u14.fbox_done:                                    ; preds = %u14.unboxed_floats
  %fbox661 = phi ptr [ %c660, %u14.unboxed_floats ]
  br label %u14.num_done

u14.boxed_paths_unused:                           ; No predecessors!
  %f666 = getelementptr i8, ptr %v541, i64 8
  %p667 = load ptr, ptr %f666, align 8
  %f668 = getelementptr i8, ptr %p663, i64 8
  %p669 = load ptr, ptr %f668, align 8
  %a670 = ptrtoint ptr %p667 to i64
  %eq671 = icmp eq i64 %a670, ptrtoint (ptr @PyLong_Type to i64)
  %a672 = ptrtoint ptr %p669 to i64
  %eq673 = icmp eq i64 %a672, ptrtoint (ptr @PyLong_Type to i64)
  %both674 = and i1 %eq671, %eq673
  br i1 %both674, label %u14.int_test, label %u14.float_check

u14.int_test:                                     ; preds = %u14.boxed_paths_unused
  %f675 = getelementptr i8, ptr %v541, i64 16
  %size676 = load i64, ptr %f675, align 4
  %size1677 = add i64 %size676, 1
  %one_digit678 = icmp ule i64 %size1677, 2
  %f679 = getelementptr i8, ptr %v541, i64 24
  %digit0680 = load i32, ptr %f679, align 4
  %digit0681 = zext i32 %digit0680 to i64
  %ival1682 = mul i64 %size676, %digit0681
  br i1 %one_digit678, label %u14.int_value684, label %u14.int_two_digits683, !prof !1

u14.float_check:                                  ; preds = %u14.boxed_paths_unused
  %f766 = getelementptr i8, ptr %v541, i64 8
  %p767 = load ptr, ptr %f766, align 8
  %f768 = getelementptr i8, ptr %p663, i64 8
  %p769 = load ptr, ptr %f768, align 8
  %a770 = ptrtoint ptr %p767 to i64
  %eq771 = icmp eq i64 %a770, ptrtoint (ptr @PyFloat_Type to i64)
  %a772 = ptrtoint ptr %p769 to i64
  %eq773 = icmp eq i64 %a772, ptrtoint (ptr @PyFloat_Type to i64)
  %both774 = and i1 %eq771, %eq773
  br i1 %both774, label %u14.float_fast, label %u14.mixed_check, !prof !1

u14.int_two_digits683:                            ; preds = %u14.int_test
  %size2685 = add i64 %size676, 2
  %two_digits686 = icmp ule i64 %size2685, 4
  %f687 = getelementptr i8, ptr %v541, i64 28
  %digit1688 = load i32, ptr %f687, align 4
  %digit1689 = zext i32 %digit1688 to i64
  %hi690 = shl i64 %digit1689, 30
  %mag691 = add i64 %digit0681, %hi690
  %negative692 = icmp slt i64 %size676, 0
  %neg_mag693 = sub i64 0, %mag691
  %ival2694 = select i1 %negative692, i64 %neg_mag693, i64 %mag691
  br label %u14.int_value684

u14.int_value684:                                 ; preds = %u14.int_two_digits683, %u14.int_test
  %compact695 = phi i1 [ true, %u14.int_test ], [ %two_digits686, %u14.int_two_digits683 ]
  %ival696 = phi i64 [ %ival1682, %u14.int_test ], [ %ival2694, %u14.int_two_digits683 ]
  %f697 = getelementptr i8, ptr %p663, i64 16
  %size698 = load i64, ptr %f697, align 4
  %size1699 = add i64 %size698, 1
  %one_digit700 = icmp ule i64 %size1699, 2
  %f701 = getelementptr i8, ptr %p663, i64 24
  %digit0702 = load i32, ptr %f701, align 4
  %digit0703 = zext i32 %digit0702 to i64
  %ival1704 = mul i64 %size698, %digit0703
  br i1 %one_digit700, label %u14.int_value706, label %u14.int_two_digits705, !prof !1

u14.int_two_digits705:                            ; preds = %u14.int_value684
  %size2707 = add i64 %size698, 2
  %two_digits708 = icmp ule i64 %size2707, 4
  %f709 = getelementptr i8, ptr %p663, i64 28
  %digit1710 = load i32, ptr %f709, align 4
  %digit1711 = zext i32 %digit1710 to i64
  %hi712 = shl i64 %digit1711, 30
  %mag713 = add i64 %digit0703, %hi712
  %negative714 = icmp slt i64 %size698, 0
  %neg_mag715 = sub i64 0, %mag713
  %ival2716 = select i1 %negative714, i64 %neg_mag715, i64 %mag713
  br label %u14.int_value706

u14.int_value706:                                 ; preds = %u14.int_two_digits705, %u14.int_value684
  %compact717 = phi i1 [ true, %u14.int_value684 ], [ %two_digits708, %u14.int_two_digits705 ]
  %ival718 = phi i64 [ %ival1704, %u14.int_value684 ], [ %ival2716, %u14.int_two_digits705 ]
  %compact719 = and i1 %compact695, %compact717
  br i1 %compact719, label %u14.int_fast, label %u14.num_slow, !prof !1

u14.int_fast:                                     ; preds = %u14.int_value706
  %bias720 = add i64 %ival696, 2147483648
  %small721 = icmp ult i64 %bias720, 4294967296
  %bias722 = add i64 %ival718, 2147483648
  %small723 = icmp ult i64 %bias722, 4294967296
  %both_small724 = and i1 %small721, %small723
  br i1 %both_small724, label %u14.imul_ok725, label %u14.num_slow, !prof !1

u14.imul_ok725:                                   ; preds = %u14.int_fast
  %imul726 = mul nsw i64 %ival696, %ival718
  %biased732 = sub i64 %imul726, -5
  %is_small733 = icmp ult i64 %biased732, 262
  br i1 %is_small733, label %u14.ibox_small728, label %u14.ibox_not_small729

u14.ibox_done727:                                 ; preds = %u14.ibox_call731, %u14.ibox_init748, %u14.ibox_table736
  %int_box765 = phi ptr [ %fd738, %u14.ibox_table736 ], [ %c746, %u14.ibox_init748 ], [ %c764, %u14.ibox_call731 ]
  br label %u14.num_done

u14.ibox_small728:                                ; preds = %u14.imul_ok725
  %p734 = load ptr, ptr @rjit_small_ints, align 8
  %have_table735 = icmp ne ptr %p734, null
  br i1 %have_table735, label %u14.ibox_table736, label %u14.ibox_call731, !prof !1

u14.ibox_not_small729:                            ; preds = %u14.imul_ok725
  %shifted741 = add i64 %imul726, 1152921504606846975
  %fits742 = icmp ult i64 %shifted741, 2305843009213693951
  %i743 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced744 = icmp eq i32 %i743, 0
  %inline745 = and i1 %fits742, %untraced744
  br i1 %inline745, label %u14.ibox_alloc730, label %u14.ibox_call731, !prof !1

u14.ibox_alloc730:                                ; preds = %u14.ibox_not_small729
  %c746 = call ptr @PyObject_Malloc(i64 32)
  %allocated747 = icmp ne ptr %c746, null
  br i1 %allocated747, label %u14.ibox_init748, label %u14.ibox_call731, !prof !1

u14.ibox_call731:                                 ; preds = %u14.ibox_alloc730, %u14.ibox_not_small729, %u14.ibox_small728
  %c764 = call ptr @PyLong_FromLongLong(i64 %imul726)
  br label %u14.ibox_done727

u14.ibox_table736:                                ; preds = %u14.ibox_small728
  %off737 = mul i64 %biased732, 32
  %fd738 = getelementptr i8, ptr %p734, i64 %off737
  %rc739 = load i64, ptr %fd738, align 4
  %rc1740 = add i64 %rc739, 1
  store i64 %rc1740, ptr %fd738, align 4
  br label %u14.ibox_done727

u14.ibox_init748:                                 ; preds = %u14.ibox_alloc730
  %neg749 = icmp slt i64 %imul726, 0
  %minus750 = sub i64 0, %imul726
  %mag751 = select i1 %neg749, i64 %minus750, i64 %imul726
  %two752 = icmp ugt i64 %mag751, 1073741823
  %ndigits753 = select i1 %two752, i64 2, i64 1
  %minus_n754 = sub i64 0, %ndigits753
  %size755 = select i1 %neg749, i64 %minus_n754, i64 %ndigits753
  %d0756 = and i64 %mag751, 1073741823
  %d1757 = lshr i64 %mag751, 30
  store i64 1, ptr %c746, align 4
  %f758 = getelementptr i8, ptr %c746, i64 8
  store ptr @PyLong_Type, ptr %f758, align 8
  %f759 = getelementptr i8, ptr %c746, i64 16
  store i64 %size755, ptr %f759, align 4
  %digit760 = trunc i64 %d0756 to i32
  %f761 = getelementptr i8, ptr %c746, i64 24
  store i32 %digit760, ptr %f761, align 4
  %digit762 = trunc i64 %d1757 to i32
  %f763 = getelementptr i8, ptr %c746, i64 28
  store i32 %digit762, ptr %f763, align 4
  br label %u14.ibox_done727

u14.float_fast:                                   ; preds = %u14.float_check
  %f775 = getelementptr i8, ptr %v541, i64 16
  %fval776 = load double, ptr %f775, align 8
  %f777 = getelementptr i8, ptr %p663, i64 16
  %fval778 = load double, ptr %f777, align 8
  %fmul779 = fmul double %fval776, %fval778
  %rc781 = load i64, ptr %p663, align 4
  %only782 = icmp eq i64 %rc781, 1
  br i1 %only782, label %u14.fbox_operand, label %u14.fbox_next

u14.mixed_check:                                  ; preds = %u14.float_check
  %f788 = getelementptr i8, ptr %v541, i64 8
  %p789 = load ptr, ptr %f788, align 8
  %a790 = ptrtoint ptr %p789 to i64
  %eq791 = icmp eq i64 %a790, ptrtoint (ptr @PyFloat_Type to i64)
  %a792 = ptrtoint ptr %p789 to i64
  %eq793 = icmp eq i64 %a792, ptrtoint (ptr @PyLong_Type to i64)
  %f794 = getelementptr i8, ptr %p663, i64 8
  %p795 = load ptr, ptr %f794, align 8
  %a796 = ptrtoint ptr %p795 to i64
  %eq797 = icmp eq i64 %a796, ptrtoint (ptr @PyFloat_Type to i64)
  %a798 = ptrtoint ptr %p795 to i64
  %eq799 = icmp eq i64 %a798, ptrtoint (ptr @PyLong_Type to i64)
  %float_first800 = and i1 %eq791, %eq799
  %int_first801 = and i1 %eq793, %eq797
  %mixed802 = or i1 %float_first800, %int_first801
  br i1 %mixed802, label %u14.mixed, label %u14.num_slow, !prof !1

u14.fbox_done780:                                 ; preds = %u14.fbox_next, %u14.fbox_operand
  %fbox787 = phi ptr [ %p663, %u14.fbox_operand ], [ %c786, %u14.fbox_next ]
  br label %u14.num_done

u14.fbox_operand:                                 ; preds = %u14.float_fast
  %f783 = getelementptr i8, ptr %p663, i64 16
  store double %fmul779, ptr %f783, align 8
  %rc784 = load i64, ptr %p663, align 4
  %rc1785 = add i64 %rc784, 1
  store i64 %rc1785, ptr %p663, align 4
  br label %u14.fbox_done780

u14.fbox_next:                                    ; preds = %u14.float_fast
  %c786 = call ptr @PyFloat_FromDouble(double %fmul779)
  br label %u14.fbox_done780

u14.mixed:                                        ; preds = %u14.mixed_check
  %int_operand803 = select i1 %float_first800, ptr %p663, ptr %v541
  %float_operand804 = select i1 %float_first800, ptr %v541, ptr %p663
  %f805 = getelementptr i8, ptr %int_operand803, i64 16
  %size806 = load i64, ptr %f805, align 4
  %size1807 = add i64 %size806, 1
  %one_digit808 = icmp ule i64 %size1807, 2
  %f809 = getelementptr i8, ptr %int_operand803, i64 24
  %digit0810 = load i32, ptr %f809, align 4
  %digit0811 = zext i32 %digit0810 to i64
  %ival1812 = mul i64 %size806, %digit0811
  br i1 %one_digit808, label %u14.int_value814, label %u14.int_two_digits813, !prof !1

u14.int_two_digits813:                            ; preds = %u14.mixed
  %size2815 = add i64 %size806, 2
  %two_digits816 = icmp ule i64 %size2815, 4
  %f817 = getelementptr i8, ptr %int_operand803, i64 28
  %digit1818 = load i32, ptr %f817, align 4
  %digit1819 = zext i32 %digit1818 to i64
  %hi820 = shl i64 %digit1819, 30
  %mag821 = add i64 %digit0811, %hi820
  %negative822 = icmp slt i64 %size806, 0
  %neg_mag823 = sub i64 0, %mag821
  %ival2824 = select i1 %negative822, i64 %neg_mag823, i64 %mag821
  br label %u14.int_value814

u14.int_value814:                                 ; preds = %u14.int_two_digits813, %u14.mixed
  %compact825 = phi i1 [ true, %u14.mixed ], [ %two_digits816, %u14.int_two_digits813 ]
  %ival826 = phi i64 [ %ival1812, %u14.mixed ], [ %ival2824, %u14.int_two_digits813 ]
  br i1 %compact825, label %u14.mixed_fast, label %u14.num_slow, !prof !1

u14.mixed_fast:                                   ; preds = %u14.int_value814
  %itof827 = sitofp i64 %ival826 to double
  %f828 = getelementptr i8, ptr %float_operand804, i64 16
  %fval829 = load double, ptr %f828, align 8
  %x830 = select i1 %float_first800, double %fval829, double %itof827
  %y831 = select i1 %float_first800, double %itof827, double %fval829
  %fmul832 = fmul double %x830, %y831
  br label %u14.float_result

u14.fbox_done834:                                 ; preds = %u14.fbox_next843, %u14.fbox_operand842
  %fbox848 = phi ptr [ %p663, %u14.fbox_operand842 ], [ %c847, %u14.fbox_next843 ]
  br label %u14.num_done

u14.fbox_operand842:                              ; preds = %u14.float_result
  %f844 = getelementptr i8, ptr %p663, i64 16
  store double %fres833, ptr %f844, align 8
  %rc845 = load i64, ptr %p663, align 4
  %rc1846 = add i64 %rc845, 1
  store i64 %rc1846, ptr %p663, align 4
  br label %u14.fbox_done834

u14.fbox_next843:                                 ; preds = %u14.float_result
  %c847 = call ptr @PyFloat_FromDouble(double %fres833)
  br label %u14.fbox_done834

u14.operator_dunder:                              ; preds = %u14.num_slow
  %c855 = call ptr @rjit_binary_dunder(ptr %0, ptr %v541, ptr %p663, i32 5)
  br label %u14.operator_done

u14.operator_c:                                   ; preds = %u14.num_slow
  %c856 = call ptr @PyNumber_Multiply(ptr %v541, ptr %p663)
  br label %u14.operator_done

u14.operator_done:                                ; preds = %u14.operator_c, %u14.operator_dunder
  %number857 = phi ptr [ %c855, %u14.operator_dunder ], [ %c856, %u14.operator_c ]
  br label %u14.num_done

u14.xdec:                                         ; preds = %u14.num_done
  %rc861 = load i64, ptr %v859, align 4
  %rc1862 = sub i64 %rc861, 1
  store i64 %rc1862, ptr %v859, align 4
  %dead863 = icmp eq i64 %rc1862, 0
  br i1 %dead863, label %u14.dealloc, label %u14.cont864, !prof !0

u14.cont:                                         ; preds = %u14.cont864, %u14.num_done
  %isnull866 = icmp eq ptr %res858, null
  br i1 %isnull866, label %u14.error, label %u14.ok, !prof !0

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v859)
  br label %u14.cont864

u14.cont864:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.error:                                        ; preds = %u14.cont
  %c865 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c865

u14.ok:                                           ; preds = %u14.cont
  store ptr %res858, ptr %s0, align 8
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
