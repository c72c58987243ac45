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
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker15, label %cont, !prof !0

i1:                                               ; preds = %cont
  %f19 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f19, align 8
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
  %v20 = load ptr, ptr %s0, align 8
  %f21 = getelementptr i8, ptr %f2, i64 6
  %f22 = getelementptr i8, ptr %1, i64 56
  store ptr %f21, ptr %f22, align 8
  %f23 = getelementptr i8, ptr %v20, i64 8
  %p24 = load ptr, ptr %f23, align 8
  %a = ptrtoint ptr %p24 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %view_float, label %view_long

i6:                                               ; No predecessors!
  unreachable

i7:                                               ; preds = %decide
  %f221 = getelementptr i8, ptr %1, i64 72
  %local222 = load ptr, ptr %f221, align 8
  store ptr %local222, ptr %s0, align 8
  br label %i8

i8:                                               ; preds = %i7
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v223 = load ptr, ptr %s1, align 8
  %ukind224 = load i8, ptr %k1, align 1
  %uf225 = load double, ptr %f1, align 8
  %ui226 = load i64, ptr %n1, align 4
  %v227 = load ptr, ptr %s0, align 8
  %f228 = getelementptr i8, ptr %f2, i64 18
  %f229 = getelementptr i8, ptr %1, i64 56
  store ptr %f228, ptr %f229, align 8
  %f235 = getelementptr i8, ptr %v227, i64 8
  %p236 = load ptr, ptr %f235, align 8
  %a237 = ptrtoint ptr %p236 to i64
  %eq238 = icmp eq i64 %a237, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq238, label %view_float239, label %view_long240

i11:                                              ; preds = %ok489
  br label %i16

i12:                                              ; preds = %decide
  %f491 = getelementptr i8, ptr %1, i64 72
  %local492 = load ptr, ptr %f491, align 8
  store ptr %local492, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v493 = load ptr, ptr %s1, align 8
  %ukind494 = load i8, ptr %k1, align 1
  %uf495 = load double, ptr %f1, align 8
  %ui496 = load i64, ptr %n1, align 4
  %v497 = load ptr, ptr %s0, align 8
  %f498 = getelementptr i8, ptr %f2, i64 28
  %f499 = getelementptr i8, ptr %1, i64 56
  store ptr %f498, ptr %f499, align 8
  %f506 = getelementptr i8, ptr %v497, i64 8
  %p507 = load ptr, ptr %f506, align 8
  %a508 = ptrtoint ptr %p507 to i64
  %eq509 = icmp eq i64 %a508, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq509, label %view_float510, label %view_long511

i16:                                              ; preds = %ok783, %i11
  %v785 = load ptr, ptr %s0, align 8
  %f786 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f786, align 4
  %f787 = getelementptr i8, ptr %f2, i64 32
  %f788 = getelementptr i8, ptr %1, i64 56
  store ptr %f787, ptr %f788, align 8
  %f789 = getelementptr i8, ptr %0, i64 56
  %p790 = load ptr, ptr %f789, align 8
  %f791 = getelementptr i8, ptr %1, i64 48
  %p792 = load ptr, ptr %f791, align 8
  %f793 = getelementptr i8, ptr %p790, i64 8
  store ptr %p792, ptr %f793, align 8
  %f794 = getelementptr i8, ptr %0, i64 32
  %rem795 = load i32, ptr %f794, align 4
  %rem1796 = add i32 %rem795, 1
  store i32 %rem1796, ptr %f794, align 4
  ret ptr %v785

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker15:                                   ; preds = %i0
  %c16 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c16, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker15, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker15
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c17

error:                                            ; preds = %eval_breaker15
  %c18 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c18

num_done:                                         ; preds = %num_slow
  %res = phi ptr [ %c186, %num_slow ]
  %v192 = load ptr, ptr %s1, align 8
  %isnull193 = icmp eq ptr %v192, null
  br i1 %isnull193, label %cont195, label %xdec194

num_slow:                                         ; preds = %mixed_fast, %mixed158, %mixed_check, %int_test, %box_operands
  %c186 = call ptr @PyObject_RichCompare(ptr %v20, ptr %p79, i32 0)
  br label %num_done

cond_done:                                        ; preds = %mixed_exact, %float_fast, %int_fast, %unboxed_mixed_exact, %unboxed_ints
  %cmp = phi i1 [ %icmp, %unboxed_ints ], [ %fcmp, %unboxed_mixed_exact ], [ %icmp131, %int_fast ], [ %fcmp145, %float_fast ], [ %fcmp185, %mixed_exact ]
  %v187 = load ptr, ptr %s1, align 8
  %isnull = icmp eq ptr %v187, null
  br i1 %isnull, label %cont188, label %xdec

box_operands:                                     ; preds = %unboxed_floats, %view_is_int46, %view_long41, %view_int, %view_is_int, %view_long
  %f78 = getelementptr i8, ptr %2, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %rc = load i64, ptr %p79, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p79, align 4
  store ptr %p79, ptr %s1, align 8
  br label %num_slow

view:                                             ; preds = %view_compact, %view_float
  %vkind = phi i8 [ 1, %view_float ], [ 2, %view_compact ]
  %vf = phi double [ %fval, %view_float ], [ 0.000000e+00, %view_compact ]
  %vi = phi i64 [ 0, %view_float ], [ %ival, %view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %view33, label %view_not_float, !prof !1

view_float:                                       ; preds = %i3
  %f25 = getelementptr i8, ptr %v20, i64 16
  %fval = load double, ptr %f25, align 8
  br label %view

view_long:                                        ; preds = %i3
  %a26 = ptrtoint ptr %p24 to i64
  %eq27 = icmp eq i64 %a26, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq27, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f28 = getelementptr i8, ptr %v20, i64 16
  %size = load i64, ptr %f28, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f29 = getelementptr i8, ptr %v20, i64 24
  %digit0 = load i32, ptr %f29, align 4
  %digit030 = zext i32 %digit0 to i64
  %f31 = getelementptr i8, ptr %v20, i64 28
  %digit1 = load i32, ptr %f31, align 4
  %digit132 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit132, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit030, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %view_compact, label %box_operands, !prof !1

view_compact:                                     ; preds = %view_is_int
  br label %view

view33:                                           ; preds = %view_compact68, %view_float40, %view_compact35, %view
  %vkind69 = phi i8 [ 1, %view ], [ 2, %view_compact35 ], [ 1, %view_float40 ], [ 2, %view_compact68 ]
  %vf70 = phi double [ %uf, %view ], [ 0.000000e+00, %view_compact35 ], [ %fval43, %view_float40 ], [ 0.000000e+00, %view_compact68 ]
  %vi71 = phi i64 [ 0, %view ], [ %ui, %view_compact35 ], [ 0, %view_float40 ], [ %ival67, %view_compact68 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind69, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_not_float:                                   ; preds = %view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact34 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact34, label %view_compact35, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f36 = getelementptr i8, ptr %v, i64 8
  %p37 = load ptr, ptr %f36, align 8
  %a38 = ptrtoint ptr %p37 to i64
  %eq39 = icmp eq i64 %a38, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq39, label %view_float40, label %view_long41

view_compact35:                                   ; preds = %view_int
  br label %view33

view_float40:                                     ; preds = %view_object
  %f42 = getelementptr i8, ptr %v, i64 16
  %fval43 = load double, ptr %f42, align 8
  br label %view33

view_long41:                                      ; preds = %view_object
  %a44 = ptrtoint ptr %p37 to i64
  %eq45 = icmp eq i64 %a44, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq45, label %view_is_int46, label %box_operands, !prof !1

view_is_int46:                                    ; preds = %view_long41
  %f47 = getelementptr i8, ptr %v, i64 16
  %size48 = load i64, ptr %f47, align 4
  %size249 = add i64 %size48, 2
  %compact50 = icmp ule i64 %size249, 4
  %f51 = getelementptr i8, ptr %v, i64 24
  %digit052 = load i32, ptr %f51, align 4
  %digit053 = zext i32 %digit052 to i64
  %f54 = getelementptr i8, ptr %v, i64 28
  %digit155 = load i32, ptr %f54, align 4
  %digit156 = zext i32 %digit155 to i64
  %negative57 = icmp slt i64 %size48, 0
  %neg_size58 = sub i64 0, %size48
  %ndigits59 = select i1 %negative57, i64 %neg_size58, i64 %size48
  %two60 = icmp eq i64 %ndigits59, 2
  %hi61 = shl i64 %digit156, 30
  %hi262 = select i1 %two60, i64 %hi61, i64 0
  %mag63 = add i64 %digit053, %hi262
  %zero64 = icmp eq i64 %size48, 0
  %mag065 = select i1 %zero64, i64 0, i64 %mag63
  %neg_mag66 = sub i64 0, %mag065
  %ival67 = select i1 %negative57, i64 %neg_mag66, i64 %mag065
  br i1 %compact50, label %view_compact68, label %box_operands, !prof !1

view_compact68:                                   ; preds = %view_is_int46
  br label %view33

unboxed_ints:                                     ; preds = %view33
  %icmp = icmp slt i64 %vi, %vi71
  br label %cond_done

unboxed_floats:                                   ; preds = %view33
  %not_int = xor i1 %lint, true
  %biased = add i64 %vi, 9007199254740992
  %exact_int = icmp ule i64 %biased, 18014398509481984
  %float_or_exact = or i1 %not_int, %exact_int
  %not_int72 = xor i1 %rint, true
  %biased73 = add i64 %vi71, 9007199254740992
  %exact_int74 = icmp ule i64 %biased73, 18014398509481984
  %float_or_exact75 = or i1 %not_int72, %exact_int74
  %exact = and i1 %float_or_exact, %float_or_exact75
  br i1 %exact, label %unboxed_mixed_exact, label %box_operands, !prof !1

unboxed_mixed_exact:                              ; preds = %unboxed_floats
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof76 = sitofp i64 %vi71 to double
  %view_f77 = select i1 %rint, double %itof76, double %vf70
  %fcmp = fcmp olt double %view_f, %view_f77
  br label %cond_done

boxed_paths_unused:                               ; No predecessors!
  %f80 = getelementptr i8, ptr %v20, i64 8
  %p81 = load ptr, ptr %f80, align 8
  %f82 = getelementptr i8, ptr %p79, i64 8
  %p83 = load ptr, ptr %f82, align 8
  %a84 = ptrtoint ptr %p81 to i64
  %eq85 = icmp eq i64 %a84, ptrtoint (ptr @PyLong_Type to i64)
  %a86 = ptrtoint ptr %p83 to i64
  %eq87 = icmp eq i64 %a86, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq85, %eq87
  br i1 %both, label %int_test, label %float_check

int_test:                                         ; preds = %boxed_paths_unused
  %f88 = getelementptr i8, ptr %v20, i64 16
  %size89 = load i64, ptr %f88, align 4
  %size290 = add i64 %size89, 2
  %compact91 = icmp ule i64 %size290, 4
  %f92 = getelementptr i8, ptr %v20, i64 24
  %digit093 = load i32, ptr %f92, align 4
  %digit094 = zext i32 %digit093 to i64
  %f95 = getelementptr i8, ptr %v20, i64 28
  %digit196 = load i32, ptr %f95, align 4
  %digit197 = zext i32 %digit196 to i64
  %negative98 = icmp slt i64 %size89, 0
  %neg_size99 = sub i64 0, %size89
  %ndigits100 = select i1 %negative98, i64 %neg_size99, i64 %size89
  %two101 = icmp eq i64 %ndigits100, 2
  %hi102 = shl i64 %digit197, 30
  %hi2103 = select i1 %two101, i64 %hi102, i64 0
  %mag104 = add i64 %digit094, %hi2103
  %zero105 = icmp eq i64 %size89, 0
  %mag0106 = select i1 %zero105, i64 0, i64 %mag104
  %neg_mag107 = sub i64 0, %mag0106
  %ival108 = select i1 %negative98, i64 %neg_mag107, i64 %mag0106
  %f109 = getelementptr i8, ptr %p79, i64 16
  %size110 = load i64, ptr %f109, align 4
  %size2111 = add i64 %size110, 2
  %compact112 = icmp ule i64 %size2111, 4
  %f113 = getelementptr i8, ptr %p79, i64 24
  %digit0114 = load i32, ptr %f113, align 4
  %digit0115 = zext i32 %digit0114 to i64
  %f116 = getelementptr i8, ptr %p79, i64 28
  %digit1117 = load i32, ptr %f116, align 4
  %digit1118 = zext i32 %digit1117 to i64
  %negative119 = icmp slt i64 %size110, 0
  %neg_size120 = sub i64 0, %size110
  %ndigits121 = select i1 %negative119, i64 %neg_size120, i64 %size110
  %two122 = icmp eq i64 %ndigits121, 2
  %hi123 = shl i64 %digit1118, 30
  %hi2124 = select i1 %two122, i64 %hi123, i64 0
  %mag125 = add i64 %digit0115, %hi2124
  %zero126 = icmp eq i64 %size110, 0
  %mag0127 = select i1 %zero126, i64 0, i64 %mag125
  %neg_mag128 = sub i64 0, %mag0127
  %ival129 = select i1 %negative119, i64 %neg_mag128, i64 %mag0127
  %compact130 = and i1 %compact91, %compact112
  br i1 %compact130, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %boxed_paths_unused
  %f132 = getelementptr i8, ptr %v20, i64 8
  %p133 = load ptr, ptr %f132, align 8
  %f134 = getelementptr i8, ptr %p79, i64 8
  %p135 = load ptr, ptr %f134, align 8
  %a136 = ptrtoint ptr %p133 to i64
  %eq137 = icmp eq i64 %a136, ptrtoint (ptr @PyFloat_Type to i64)
  %a138 = ptrtoint ptr %p135 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyFloat_Type to i64)
  %both140 = and i1 %eq137, %eq139
  br i1 %both140, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %icmp131 = icmp slt i64 %ival108, %ival129
  br label %cond_done

float_fast:                                       ; preds = %float_check
  %f141 = getelementptr i8, ptr %v20, i64 16
  %fval142 = load double, ptr %f141, align 8
  %f143 = getelementptr i8, ptr %p79, i64 16
  %fval144 = load double, ptr %f143, align 8
  %fcmp145 = fcmp olt double %fval142, %fval144
  br label %cond_done

mixed_check:                                      ; preds = %float_check
  %f146 = getelementptr i8, ptr %v20, i64 8
  %p147 = load ptr, ptr %f146, align 8
  %a148 = ptrtoint ptr %p147 to i64
  %eq149 = icmp eq i64 %a148, ptrtoint (ptr @PyFloat_Type to i64)
  %a150 = ptrtoint ptr %p147 to i64
  %eq151 = icmp eq i64 %a150, ptrtoint (ptr @PyLong_Type to i64)
  %f152 = getelementptr i8, ptr %p79, i64 8
  %p153 = load ptr, ptr %f152, align 8
  %a154 = ptrtoint ptr %p153 to i64
  %eq155 = icmp eq i64 %a154, ptrtoint (ptr @PyFloat_Type to i64)
  %a156 = ptrtoint ptr %p153 to i64
  %eq157 = icmp eq i64 %a156, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq149, %eq157
  %int_first = and i1 %eq151, %eq155
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed158, label %num_slow, !prof !1

mixed158:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %p79, ptr %v20
  %float_operand = select i1 %float_first, ptr %v20, ptr %p79
  %f159 = getelementptr i8, ptr %int_operand, i64 16
  %size160 = load i64, ptr %f159, align 4
  %size2161 = add i64 %size160, 2
  %compact162 = icmp ule i64 %size2161, 4
  %f163 = getelementptr i8, ptr %int_operand, i64 24
  %digit0164 = load i32, ptr %f163, align 4
  %digit0165 = zext i32 %digit0164 to i64
  %f166 = getelementptr i8, ptr %int_operand, i64 28
  %digit1167 = load i32, ptr %f166, align 4
  %digit1168 = zext i32 %digit1167 to i64
  %negative169 = icmp slt i64 %size160, 0
  %neg_size170 = sub i64 0, %size160
  %ndigits171 = select i1 %negative169, i64 %neg_size170, i64 %size160
  %two172 = icmp eq i64 %ndigits171, 2
  %hi173 = shl i64 %digit1168, 30
  %hi2174 = select i1 %two172, i64 %hi173, i64 0
  %mag175 = add i64 %digit0165, %hi2174
  %zero176 = icmp eq i64 %size160, 0
  %mag0177 = select i1 %zero176, i64 0, i64 %mag175
  %neg_mag178 = sub i64 0, %mag0177
  %ival179 = select i1 %negative169, i64 %neg_mag178, i64 %mag0177
  br i1 %compact162, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed158
  %biased180 = add i64 %ival179, 9007199254740992
  %exact_int181 = icmp ule i64 %biased180, 18014398509481984
  br i1 %exact_int181, label %mixed_exact, label %num_slow, !prof !1

mixed_exact:                                      ; preds = %mixed_fast
  %itof182 = sitofp i64 %ival179 to double
  %f183 = getelementptr i8, ptr %float_operand, i64 16
  %fval184 = load double, ptr %f183, align 8
  %x = select i1 %float_first, double %fval184, double %itof182
  %y = select i1 %float_first, double %itof182, double %fval184
  %fcmp185 = fcmp olt double %x, %y
  br label %cond_done

decide:                                           ; preds = %truth, %cont188
  %jump_cond = phi i1 [ %cmp, %cont188 ], [ %t, %truth ]
  br i1 %jump_cond, label %i7, label %i12

xdec:                                             ; preds = %cond_done
  %rc189 = load i64, ptr %v187, align 4
  %rc1190 = sub i64 %rc189, 1
  store i64 %rc1190, ptr %v187, align 4
  %dead = icmp eq i64 %rc1190, 0
  br i1 %dead, label %dealloc, label %cont191

cont188:                                          ; preds = %cont191, %cond_done
  br label %decide

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v187)
  br label %cont191

cont191:                                          ; preds = %dealloc, %xdec
  br label %cont188

xdec194:                                          ; preds = %num_done
  %rc196 = load i64, ptr %v192, align 4
  %rc1197 = sub i64 %rc196, 1
  store i64 %rc1197, ptr %v192, align 4
  %dead198 = icmp eq i64 %rc1197, 0
  br i1 %dead198, label %dealloc199, label %cont200

cont195:                                          ; preds = %cont200, %num_done
  %isnull203 = icmp eq ptr %res, null
  br i1 %isnull203, label %error201, label %ok, !prof !0

dealloc199:                                       ; preds = %xdec194
  call void @_Py_Dealloc(ptr %v192)
  br label %cont200

cont200:                                          ; preds = %dealloc199, %xdec194
  br label %cont195

error201:                                         ; preds = %cont195
  %c202 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c202

ok:                                               ; preds = %cont195
  %a204 = ptrtoint ptr %res to i64
  %eq205 = icmp eq i64 %a204, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq205, label %fast_bool, label %chk_false

chk_false:                                        ; preds = %ok
  %a206 = ptrtoint ptr %res to i64
  %eq207 = icmp eq i64 %a206, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq207, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %ok
  %rc208 = load i64, ptr %res, align 4
  %rc1209 = sub i64 %rc208, 1
  store i64 %rc1209, ptr %res, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f210 = getelementptr i8, ptr %f2, i64 12
  %f211 = getelementptr i8, ptr %1, i64 56
  store ptr %f210, ptr %f211, align 8
  %c212 = call i32 @PyObject_IsTrue(ptr %res)
  %rc213 = load i64, ptr %res, align 4
  %rc1214 = sub i64 %rc213, 1
  store i64 %rc1214, ptr %res, align 4
  %dead215 = icmp eq i64 %rc1214, 0
  br i1 %dead215, label %dealloc216, label %cont217

truth:                                            ; preds = %ok220, %fast_bool
  %t = phi i1 [ %eq205, %fast_bool ], [ %truthy, %ok220 ]
  br label %decide

dealloc216:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %res)
  br label %cont217

cont217:                                          ; preds = %dealloc216, %is_true
  %neg = icmp slt i32 %c212, 0
  br i1 %neg, label %error218, label %ok220, !prof !0

error218:                                         ; preds = %cont217
  %c219 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c219

ok220:                                            ; preds = %cont217
  %truthy = icmp ne i32 %c212, 0
  br label %truth

num_done230:                                      ; preds = %operator_done, %fbox_done458, %fbox_done405, %int_fast386, %fbox_done, %unboxed_ints319
  %res477 = phi ptr [ %c321, %unboxed_ints319 ], [ %fbox, %fbox_done ], [ %c388, %int_fast386 ], [ %fbox411, %fbox_done405 ], [ %fbox471, %fbox_done458 ], [ %number, %operator_done ]
  %v478 = load ptr, ptr %s1, align 8
  %isnull479 = icmp eq ptr %v478, null
  br i1 %isnull479, label %cont481, label %xdec480

num_slow231:                                      ; preds = %mixed427, %mixed_check399, %int_test332, %box_operands233
  %f472 = getelementptr i8, ptr %v227, i64 8
  %p473 = load ptr, ptr %f472, align 8
  %f474 = getelementptr i8, ptr %p473, i64 168
  %i = load i64, ptr %f474, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast451
  %fres = phi double [ %fsub457, %mixed_fast451 ]
  %rc459 = load i64, ptr %p328, align 4
  %only460 = icmp eq i64 %rc459, 1
  %f461 = getelementptr i8, ptr %p328, i64 8
  %p462 = load ptr, ptr %f461, align 8
  %a463 = ptrtoint ptr %p462 to i64
  %eq464 = icmp eq i64 %a463, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only460, %eq464
  br i1 %only_float, label %fbox_operand465, label %fbox_next466

box_operands233:                                  ; preds = %view_is_int290, %view_long285, %view_int274, %view_is_int245, %view_long240
  %f327 = getelementptr i8, ptr %2, i64 16
  %p328 = load ptr, ptr %f327, align 8
  %rc329 = load i64, ptr %p328, align 4
  %rc1330 = add i64 %rc329, 1
  store i64 %rc1330, ptr %p328, align 4
  store ptr %p328, ptr %s1, align 8
  br label %num_slow231

view234:                                          ; preds = %view_compact267, %view_float239
  %vkind268 = phi i8 [ 1, %view_float239 ], [ 2, %view_compact267 ]
  %vf269 = phi double [ %fval242, %view_float239 ], [ 0.000000e+00, %view_compact267 ]
  %vi270 = phi i64 [ 0, %view_float239 ], [ %ival266, %view_compact267 ]
  %is_float273 = icmp eq i8 %ukind224, 1
  br i1 %is_float273, label %view271, label %view_not_float272, !prof !1

view_float239:                                    ; preds = %i9
  %f241 = getelementptr i8, ptr %v227, i64 16
  %fval242 = load double, ptr %f241, align 8
  br label %view234

view_long240:                                     ; preds = %i9
  %a243 = ptrtoint ptr %p236 to i64
  %eq244 = icmp eq i64 %a243, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq244, label %view_is_int245, label %box_operands233, !prof !1

view_is_int245:                                   ; preds = %view_long240
  %f246 = getelementptr i8, ptr %v227, i64 16
  %size247 = load i64, ptr %f246, align 4
  %size2248 = add i64 %size247, 2
  %compact249 = icmp ule i64 %size2248, 4
  %f250 = getelementptr i8, ptr %v227, i64 24
  %digit0251 = load i32, ptr %f250, align 4
  %digit0252 = zext i32 %digit0251 to i64
  %f253 = getelementptr i8, ptr %v227, i64 28
  %digit1254 = load i32, ptr %f253, align 4
  %digit1255 = zext i32 %digit1254 to i64
  %negative256 = icmp slt i64 %size247, 0
  %neg_size257 = sub i64 0, %size247
  %ndigits258 = select i1 %negative256, i64 %neg_size257, i64 %size247
  %two259 = icmp eq i64 %ndigits258, 2
  %hi260 = shl i64 %digit1255, 30
  %hi2261 = select i1 %two259, i64 %hi260, i64 0
  %mag262 = add i64 %digit0252, %hi2261
  %zero263 = icmp eq i64 %size247, 0
  %mag0264 = select i1 %zero263, i64 0, i64 %mag262
  %neg_mag265 = sub i64 0, %mag0264
  %ival266 = select i1 %negative256, i64 %neg_mag265, i64 %mag0264
  br i1 %compact249, label %view_compact267, label %box_operands233, !prof !1

view_compact267:                                  ; preds = %view_is_int245
  br label %view234

view271:                                          ; preds = %view_compact312, %view_float284, %view_compact279, %view234
  %vkind313 = phi i8 [ 1, %view234 ], [ 2, %view_compact279 ], [ 1, %view_float284 ], [ 2, %view_compact312 ]
  %vf314 = phi double [ %uf225, %view234 ], [ 0.000000e+00, %view_compact279 ], [ %fval287, %view_float284 ], [ 0.000000e+00, %view_compact312 ]
  %vi315 = phi i64 [ 0, %view234 ], [ %ui226, %view_compact279 ], [ 0, %view_float284 ], [ %ival311, %view_compact312 ]
  %lint316 = icmp eq i8 %vkind268, 2
  %rint317 = icmp eq i8 %vkind313, 2
  %both_int318 = and i1 %lint316, %rint317
  br i1 %both_int318, label %unboxed_ints319, label %unboxed_floats320

view_not_float272:                                ; preds = %view234
  %is_int276 = icmp eq i8 %ukind224, 2
  br i1 %is_int276, label %view_int274, label %view_object275

view_int274:                                      ; preds = %view_not_float272
  %bias277 = add i64 %ui226, 1152921504606846976
  %compact278 = icmp ult i64 %bias277, 2305843009213693952
  br i1 %compact278, label %view_compact279, label %box_operands233, !prof !1

view_object275:                                   ; preds = %view_not_float272
  %f280 = getelementptr i8, ptr %v223, i64 8
  %p281 = load ptr, ptr %f280, align 8
  %a282 = ptrtoint ptr %p281 to i64
  %eq283 = icmp eq i64 %a282, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq283, label %view_float284, label %view_long285

view_compact279:                                  ; preds = %view_int274
  br label %view271

view_float284:                                    ; preds = %view_object275
  %f286 = getelementptr i8, ptr %v223, i64 16
  %fval287 = load double, ptr %f286, align 8
  br label %view271

view_long285:                                     ; preds = %view_object275
  %a288 = ptrtoint ptr %p281 to i64
  %eq289 = icmp eq i64 %a288, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq289, label %view_is_int290, label %box_operands233, !prof !1

view_is_int290:                                   ; preds = %view_long285
  %f291 = getelementptr i8, ptr %v223, i64 16
  %size292 = load i64, ptr %f291, align 4
  %size2293 = add i64 %size292, 2
  %compact294 = icmp ule i64 %size2293, 4
  %f295 = getelementptr i8, ptr %v223, i64 24
  %digit0296 = load i32, ptr %f295, align 4
  %digit0297 = zext i32 %digit0296 to i64
  %f298 = getelementptr i8, ptr %v223, i64 28
  %digit1299 = load i32, ptr %f298, align 4
  %digit1300 = zext i32 %digit1299 to i64
  %negative301 = icmp slt i64 %size292, 0
  %neg_size302 = sub i64 0, %size292
  %ndigits303 = select i1 %negative301, i64 %neg_size302, i64 %size292
  %two304 = icmp eq i64 %ndigits303, 2
  %hi305 = shl i64 %digit1300, 30
  %hi2306 = select i1 %two304, i64 %hi305, i64 0
  %mag307 = add i64 %digit0297, %hi2306
  %zero308 = icmp eq i64 %size292, 0
  %mag0309 = select i1 %zero308, i64 0, i64 %mag307
  %neg_mag310 = sub i64 0, %mag0309
  %ival311 = select i1 %negative301, i64 %neg_mag310, i64 %mag0309
  br i1 %compact294, label %view_compact312, label %box_operands233, !prof !1

view_compact312:                                  ; preds = %view_is_int290
  br label %view271

unboxed_ints319:                                  ; preds = %view271
  %isub = sub nsw i64 %vi270, %vi315
  %c321 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %num_done230

unboxed_floats320:                                ; preds = %view271
  %itof322 = sitofp i64 %vi270 to double
  %view_f323 = select i1 %lint316, double %itof322, double %vf269
  %itof324 = sitofp i64 %vi315 to double
  %view_f325 = select i1 %rint317, double %itof324, double %vf314
  %fsub = fsub double %view_f323, %view_f325
  %c326 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %fbox_done

fbox_done:                                        ; preds = %unboxed_floats320
  %fbox = phi ptr [ %c326, %unboxed_floats320 ]
  br label %num_done230

boxed_paths_unused331:                            ; No predecessors!
  %f334 = getelementptr i8, ptr %v227, i64 8
  %p335 = load ptr, ptr %f334, align 8
  %f336 = getelementptr i8, ptr %p328, i64 8
  %p337 = load ptr, ptr %f336, align 8
  %a338 = ptrtoint ptr %p335 to i64
  %eq339 = icmp eq i64 %a338, ptrtoint (ptr @PyLong_Type to i64)
  %a340 = ptrtoint ptr %p337 to i64
  %eq341 = icmp eq i64 %a340, ptrtoint (ptr @PyLong_Type to i64)
  %both342 = and i1 %eq339, %eq341
  br i1 %both342, label %int_test332, label %float_check333

int_test332:                                      ; preds = %boxed_paths_unused331
  %f343 = getelementptr i8, ptr %v227, i64 16
  %size344 = load i64, ptr %f343, align 4
  %size2345 = add i64 %size344, 2
  %compact346 = icmp ule i64 %size2345, 4
  %f347 = getelementptr i8, ptr %v227, i64 24
  %digit0348 = load i32, ptr %f347, align 4
  %digit0349 = zext i32 %digit0348 to i64
  %f350 = getelementptr i8, ptr %v227, i64 28
  %digit1351 = load i32, ptr %f350, align 4
  %digit1352 = zext i32 %digit1351 to i64
  %negative353 = icmp slt i64 %size344, 0
  %neg_size354 = sub i64 0, %size344
  %ndigits355 = select i1 %negative353, i64 %neg_size354, i64 %size344
  %two356 = icmp eq i64 %ndigits355, 2
  %hi357 = shl i64 %digit1352, 30
  %hi2358 = select i1 %two356, i64 %hi357, i64 0
  %mag359 = add i64 %digit0349, %hi2358
  %zero360 = icmp eq i64 %size344, 0
  %mag0361 = select i1 %zero360, i64 0, i64 %mag359
  %neg_mag362 = sub i64 0, %mag0361
  %ival363 = select i1 %negative353, i64 %neg_mag362, i64 %mag0361
  %f364 = getelementptr i8, ptr %p328, i64 16
  %size365 = load i64, ptr %f364, align 4
  %size2366 = add i64 %size365, 2
  %compact367 = icmp ule i64 %size2366, 4
  %f368 = getelementptr i8, ptr %p328, i64 24
  %digit0369 = load i32, ptr %f368, align 4
  %digit0370 = zext i32 %digit0369 to i64
  %f371 = getelementptr i8, ptr %p328, i64 28
  %digit1372 = load i32, ptr %f371, align 4
  %digit1373 = zext i32 %digit1372 to i64
  %negative374 = icmp slt i64 %size365, 0
  %neg_size375 = sub i64 0, %size365
  %ndigits376 = select i1 %negative374, i64 %neg_size375, i64 %size365
  %two377 = icmp eq i64 %ndigits376, 2
  %hi378 = shl i64 %digit1373, 30
  %hi2379 = select i1 %two377, i64 %hi378, i64 0
  %mag380 = add i64 %digit0370, %hi2379
  %zero381 = icmp eq i64 %size365, 0
  %mag0382 = select i1 %zero381, i64 0, i64 %mag380
  %neg_mag383 = sub i64 0, %mag0382
  %ival384 = select i1 %negative374, i64 %neg_mag383, i64 %mag0382
  %compact385 = and i1 %compact346, %compact367
  br i1 %compact385, label %int_fast386, label %num_slow231, !prof !1

float_check333:                                   ; preds = %boxed_paths_unused331
  %f389 = getelementptr i8, ptr %v227, i64 8
  %p390 = load ptr, ptr %f389, align 8
  %f391 = getelementptr i8, ptr %p328, i64 8
  %p392 = load ptr, ptr %f391, align 8
  %a393 = ptrtoint ptr %p390 to i64
  %eq394 = icmp eq i64 %a393, ptrtoint (ptr @PyFloat_Type to i64)
  %a395 = ptrtoint ptr %p392 to i64
  %eq396 = icmp eq i64 %a395, ptrtoint (ptr @PyFloat_Type to i64)
  %both397 = and i1 %eq394, %eq396
  br i1 %both397, label %float_fast398, label %mixed_check399, !prof !1

int_fast386:                                      ; preds = %int_test332
  %isub387 = sub nsw i64 %ival363, %ival384
  %c388 = call ptr @PyLong_FromLongLong(i64 %isub387)
  br label %num_done230

float_fast398:                                    ; preds = %float_check333
  %f400 = getelementptr i8, ptr %v227, i64 16
  %fval401 = load double, ptr %f400, align 8
  %f402 = getelementptr i8, ptr %p328, i64 16
  %fval403 = load double, ptr %f402, align 8
  %fsub404 = fsub double %fval401, %fval403
  %rc406 = load i64, ptr %p328, align 4
  %only = icmp eq i64 %rc406, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check399:                                   ; preds = %float_check333
  %f412 = getelementptr i8, ptr %v227, i64 8
  %p413 = load ptr, ptr %f412, align 8
  %a414 = ptrtoint ptr %p413 to i64
  %eq415 = icmp eq i64 %a414, ptrtoint (ptr @PyFloat_Type to i64)
  %a416 = ptrtoint ptr %p413 to i64
  %eq417 = icmp eq i64 %a416, ptrtoint (ptr @PyLong_Type to i64)
  %f418 = getelementptr i8, ptr %p328, i64 8
  %p419 = load ptr, ptr %f418, align 8
  %a420 = ptrtoint ptr %p419 to i64
  %eq421 = icmp eq i64 %a420, ptrtoint (ptr @PyFloat_Type to i64)
  %a422 = ptrtoint ptr %p419 to i64
  %eq423 = icmp eq i64 %a422, ptrtoint (ptr @PyLong_Type to i64)
  %float_first424 = and i1 %eq415, %eq423
  %int_first425 = and i1 %eq417, %eq421
  %mixed426 = or i1 %float_first424, %int_first425
  br i1 %mixed426, label %mixed427, label %num_slow231, !prof !1

fbox_done405:                                     ; preds = %fbox_next, %fbox_operand
  %fbox411 = phi ptr [ %p328, %fbox_operand ], [ %c410, %fbox_next ]
  br label %num_done230

fbox_operand:                                     ; preds = %float_fast398
  %f407 = getelementptr i8, ptr %p328, i64 16
  store double %fsub404, ptr %f407, align 8
  %rc408 = load i64, ptr %p328, align 4
  %rc1409 = add i64 %rc408, 1
  store i64 %rc1409, ptr %p328, align 4
  br label %fbox_done405

fbox_next:                                        ; preds = %float_fast398
  %c410 = call ptr @PyFloat_FromDouble(double %fsub404)
  br label %fbox_done405

mixed427:                                         ; preds = %mixed_check399
  %int_operand428 = select i1 %float_first424, ptr %p328, ptr %v227
  %float_operand429 = select i1 %float_first424, ptr %v227, ptr %p328
  %f430 = getelementptr i8, ptr %int_operand428, i64 16
  %size431 = load i64, ptr %f430, align 4
  %size2432 = add i64 %size431, 2
  %compact433 = icmp ule i64 %size2432, 4
  %f434 = getelementptr i8, ptr %int_operand428, i64 24
  %digit0435 = load i32, ptr %f434, align 4
  %digit0436 = zext i32 %digit0435 to i64
  %f437 = getelementptr i8, ptr %int_operand428, i64 28
  %digit1438 = load i32, ptr %f437, align 4
  %digit1439 = zext i32 %digit1438 to i64
  %negative440 = icmp slt i64 %size431, 0
  %neg_size441 = sub i64 0, %size431
  %ndigits442 = select i1 %negative440, i64 %neg_size441, i64 %size431
  %two443 = icmp eq i64 %ndigits442, 2
  %hi444 = shl i64 %digit1439, 30
  %hi2445 = select i1 %two443, i64 %hi444, i64 0
  %mag446 = add i64 %digit0436, %hi2445
  %zero447 = icmp eq i64 %size431, 0
  %mag0448 = select i1 %zero447, i64 0, i64 %mag446
  %neg_mag449 = sub i64 0, %mag0448
  %ival450 = select i1 %negative440, i64 %neg_mag449, i64 %mag0448
  br i1 %compact433, label %mixed_fast451, label %num_slow231, !prof !1

mixed_fast451:                                    ; preds = %mixed427
  %itof452 = sitofp i64 %ival450 to double
  %f453 = getelementptr i8, ptr %float_operand429, i64 16
  %fval454 = load double, ptr %f453, align 8
  %x455 = select i1 %float_first424, double %fval454, double %itof452
  %y456 = select i1 %float_first424, double %itof452, double %fval454
  %fsub457 = fsub double %x455, %y456
  br label %float_result

fbox_done458:                                     ; preds = %fbox_next466, %fbox_operand465
  %fbox471 = phi ptr [ %p328, %fbox_operand465 ], [ %c470, %fbox_next466 ]
  br label %num_done230

fbox_operand465:                                  ; preds = %float_result
  %f467 = getelementptr i8, ptr %p328, i64 16
  store double %fres, ptr %f467, align 8
  %rc468 = load i64, ptr %p328, align 4
  %rc1469 = add i64 %rc468, 1
  store i64 %rc1469, ptr %p328, align 4
  br label %fbox_done458

fbox_next466:                                     ; preds = %float_result
  %c470 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done458

operator_dunder:                                  ; preds = %num_slow231
  %c475 = call ptr @rjit_binary_dunder(ptr %0, ptr %v227, ptr %p328, i32 10)
  br label %operator_done

operator_c:                                       ; preds = %num_slow231
  %c476 = call ptr @PyNumber_Subtract(ptr %v227, ptr %p328)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c475, %operator_dunder ], [ %c476, %operator_c ]
  br label %num_done230

xdec480:                                          ; preds = %num_done230
  %rc482 = load i64, ptr %v478, align 4
  %rc1483 = sub i64 %rc482, 1
  store i64 %rc1483, ptr %v478, align 4
  %dead484 = icmp eq i64 %rc1483, 0
  br i1 %dead484, label %dealloc485, label %cont486

cont481:                                          ; preds = %cont486, %num_done230
  %isnull490 = icmp eq ptr %res477, null
  br i1 %isnull490, label %error487, label %ok489, !prof !0

dealloc485:                                       ; preds = %xdec480
  call void @_Py_Dealloc(ptr %v478)
  br label %cont486

cont486:                                          ; preds = %dealloc485, %xdec480
  br label %cont481

error487:                                         ; preds = %cont481
  %c488 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c488

ok489:                                            ; preds = %cont481
  store ptr %res477, ptr %s0, align 8
  br label %i11

num_done500:                                      ; preds = %operator_done767, %fbox_done744, %fbox_done687, %imul_ok668, %fbox_done600, %imul_ok
  %res771 = phi ptr [ %c595, %imul_ok ], [ %fbox602, %fbox_done600 ], [ %c670, %imul_ok668 ], [ %fbox696, %fbox_done687 ], [ %fbox758, %fbox_done744 ], [ %number770, %operator_done767 ]
  %v772 = load ptr, ptr %s1, align 8
  %isnull773 = icmp eq ptr %v772, null
  br i1 %isnull773, label %cont775, label %xdec774

num_slow501:                                      ; preds = %mixed712, %mixed_check681, %int_fast662, %int_test608, %box_operands504
  %f759 = getelementptr i8, ptr %v497, i64 8
  %p760 = load ptr, ptr %f759, align 8
  %f761 = getelementptr i8, ptr %p760, i64 168
  %i762 = load i64, ptr %f761, align 4
  %heap763 = and i64 %i762, 512
  %is_heap764 = icmp ne i64 %heap763, 0
  br i1 %is_heap764, label %operator_dunder765, label %operator_c766

float_result502:                                  ; preds = %mixed_fast736
  %fres743 = phi double [ %fmul742, %mixed_fast736 ]
  %rc745 = load i64, ptr %p604, align 4
  %only746 = icmp eq i64 %rc745, 1
  %f747 = getelementptr i8, ptr %p604, i64 8
  %p748 = load ptr, ptr %f747, align 8
  %a749 = ptrtoint ptr %p748 to i64
  %eq750 = icmp eq i64 %a749, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float751 = and i1 %only746, %eq750
  br i1 %only_float751, label %fbox_operand752, label %fbox_next753

box_operands504:                                  ; preds = %unboxed_ints590, %view_is_int561, %view_long556, %view_int545, %view_is_int516, %view_long511
  %f603 = getelementptr i8, ptr %2, i64 24
  %p604 = load ptr, ptr %f603, align 8
  %rc605 = load i64, ptr %p604, align 4
  %rc1606 = add i64 %rc605, 1
  store i64 %rc1606, ptr %p604, align 4
  store ptr %p604, ptr %s1, align 8
  br label %num_slow501

view505:                                          ; preds = %view_compact538, %view_float510
  %vkind539 = phi i8 [ 1, %view_float510 ], [ 2, %view_compact538 ]
  %vf540 = phi double [ %fval513, %view_float510 ], [ 0.000000e+00, %view_compact538 ]
  %vi541 = phi i64 [ 0, %view_float510 ], [ %ival537, %view_compact538 ]
  %is_float544 = icmp eq i8 %ukind494, 1
  br i1 %is_float544, label %view542, label %view_not_float543, !prof !1

view_float510:                                    ; preds = %i14
  %f512 = getelementptr i8, ptr %v497, i64 16
  %fval513 = load double, ptr %f512, align 8
  br label %view505

view_long511:                                     ; preds = %i14
  %a514 = ptrtoint ptr %p507 to i64
  %eq515 = icmp eq i64 %a514, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq515, label %view_is_int516, label %box_operands504, !prof !1

view_is_int516:                                   ; preds = %view_long511
  %f517 = getelementptr i8, ptr %v497, i64 16
  %size518 = load i64, ptr %f517, align 4
  %size2519 = add i64 %size518, 2
  %compact520 = icmp ule i64 %size2519, 4
  %f521 = getelementptr i8, ptr %v497, i64 24
  %digit0522 = load i32, ptr %f521, align 4
  %digit0523 = zext i32 %digit0522 to i64
  %f524 = getelementptr i8, ptr %v497, i64 28
  %digit1525 = load i32, ptr %f524, align 4
  %digit1526 = zext i32 %digit1525 to i64
  %negative527 = icmp slt i64 %size518, 0
  %neg_size528 = sub i64 0, %size518
  %ndigits529 = select i1 %negative527, i64 %neg_size528, i64 %size518
  %two530 = icmp eq i64 %ndigits529, 2
  %hi531 = shl i64 %digit1526, 30
  %hi2532 = select i1 %two530, i64 %hi531, i64 0
  %mag533 = add i64 %digit0523, %hi2532
  %zero534 = icmp eq i64 %size518, 0
  %mag0535 = select i1 %zero534, i64 0, i64 %mag533
  %neg_mag536 = sub i64 0, %mag0535
  %ival537 = select i1 %negative527, i64 %neg_mag536, i64 %mag0535
  br i1 %compact520, label %view_compact538, label %box_operands504, !prof !1

view_compact538:                                  ; preds = %view_is_int516
  br label %view505

view542:                                          ; preds = %view_compact583, %view_float555, %view_compact550, %view505
  %vkind584 = phi i8 [ 1, %view505 ], [ 2, %view_compact550 ], [ 1, %view_float555 ], [ 2, %view_compact583 ]
  %vf585 = phi double [ %uf495, %view505 ], [ 0.000000e+00, %view_compact550 ], [ %fval558, %view_float555 ], [ 0.000000e+00, %view_compact583 ]
  %vi586 = phi i64 [ 0, %view505 ], [ %ui496, %view_compact550 ], [ 0, %view_float555 ], [ %ival582, %view_compact583 ]
  %lint587 = icmp eq i8 %vkind539, 2
  %rint588 = icmp eq i8 %vkind584, 2
  %both_int589 = and i1 %lint587, %rint588
  br i1 %both_int589, label %unboxed_ints590, label %unboxed_floats591

view_not_float543:                                ; preds = %view505
  %is_int547 = icmp eq i8 %ukind494, 2
  br i1 %is_int547, label %view_int545, label %view_object546

view_int545:                                      ; preds = %view_not_float543
  %bias548 = add i64 %ui496, 1152921504606846976
  %compact549 = icmp ult i64 %bias548, 2305843009213693952
  br i1 %compact549, label %view_compact550, label %box_operands504, !prof !1

view_object546:                                   ; preds = %view_not_float543
  %f551 = getelementptr i8, ptr %v493, i64 8
  %p552 = load ptr, ptr %f551, align 8
  %a553 = ptrtoint ptr %p552 to i64
  %eq554 = icmp eq i64 %a553, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq554, label %view_float555, label %view_long556

view_compact550:                                  ; preds = %view_int545
  br label %view542

view_float555:                                    ; preds = %view_object546
  %f557 = getelementptr i8, ptr %v493, i64 16
  %fval558 = load double, ptr %f557, align 8
  br label %view542

view_long556:                                     ; preds = %view_object546
  %a559 = ptrtoint ptr %p552 to i64
  %eq560 = icmp eq i64 %a559, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq560, label %view_is_int561, label %box_operands504, !prof !1

view_is_int561:                                   ; preds = %view_long556
  %f562 = getelementptr i8, ptr %v493, i64 16
  %size563 = load i64, ptr %f562, align 4
  %size2564 = add i64 %size563, 2
  %compact565 = icmp ule i64 %size2564, 4
  %f566 = getelementptr i8, ptr %v493, i64 24
  %digit0567 = load i32, ptr %f566, align 4
  %digit0568 = zext i32 %digit0567 to i64
  %f569 = getelementptr i8, ptr %v493, i64 28
  %digit1570 = load i32, ptr %f569, align 4
  %digit1571 = zext i32 %digit1570 to i64
  %negative572 = icmp slt i64 %size563, 0
  %neg_size573 = sub i64 0, %size563
  %ndigits574 = select i1 %negative572, i64 %neg_size573, i64 %size563
  %two575 = icmp eq i64 %ndigits574, 2
  %hi576 = shl i64 %digit1571, 30
  %hi2577 = select i1 %two575, i64 %hi576, i64 0
  %mag578 = add i64 %digit0568, %hi2577
  %zero579 = icmp eq i64 %size563, 0
  %mag0580 = select i1 %zero579, i64 0, i64 %mag578
  %neg_mag581 = sub i64 0, %mag0580
  %ival582 = select i1 %negative572, i64 %neg_mag581, i64 %mag0580
  br i1 %compact565, label %view_compact583, label %box_operands504, !prof !1

view_compact583:                                  ; preds = %view_is_int561
  br label %view542

unboxed_ints590:                                  ; preds = %view542
  %bias592 = add i64 %vi541, 2147483648
  %small = icmp ult i64 %bias592, 4294967296
  %bias593 = add i64 %vi586, 2147483648
  %small594 = icmp ult i64 %bias593, 4294967296
  %both_small = and i1 %small, %small594
  br i1 %both_small, label %imul_ok, label %box_operands504, !prof !1

unboxed_floats591:                                ; preds = %view542
  %itof596 = sitofp i64 %vi541 to double
  %view_f597 = select i1 %lint587, double %itof596, double %vf540
  %itof598 = sitofp i64 %vi586 to double
  %view_f599 = select i1 %rint588, double %itof598, double %vf585
  %fmul = fmul double %view_f597, %view_f599
  %c601 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %fbox_done600

imul_ok:                                          ; preds = %unboxed_ints590
  %imul = mul nsw i64 %vi541, %vi586
  %c595 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %num_done500

fbox_done600:                                     ; preds = %unboxed_floats591
  %fbox602 = phi ptr [ %c601, %unboxed_floats591 ]
  br label %num_done500

boxed_paths_unused607:                            ; No predecessors!
  %f610 = getelementptr i8, ptr %v497, i64 8
  %p611 = load ptr, ptr %f610, align 8
  %f612 = getelementptr i8, ptr %p604, i64 8
  %p613 = load ptr, ptr %f612, align 8
  %a614 = ptrtoint ptr %p611 to i64
  %eq615 = icmp eq i64 %a614, ptrtoint (ptr @PyLong_Type to i64)
  %a616 = ptrtoint ptr %p613 to i64
  %eq617 = icmp eq i64 %a616, ptrtoint (ptr @PyLong_Type to i64)
  %both618 = and i1 %eq615, %eq617
  br i1 %both618, label %int_test608, label %float_check609

int_test608:                                      ; preds = %boxed_paths_unused607
  %f619 = getelementptr i8, ptr %v497, i64 16
  %size620 = load i64, ptr %f619, align 4
  %size2621 = add i64 %size620, 2
  %compact622 = icmp ule i64 %size2621, 4
  %f623 = getelementptr i8, ptr %v497, i64 24
  %digit0624 = load i32, ptr %f623, align 4
  %digit0625 = zext i32 %digit0624 to i64
  %f626 = getelementptr i8, ptr %v497, i64 28
  %digit1627 = load i32, ptr %f626, align 4
  %digit1628 = zext i32 %digit1627 to i64
  %negative629 = icmp slt i64 %size620, 0
  %neg_size630 = sub i64 0, %size620
  %ndigits631 = select i1 %negative629, i64 %neg_size630, i64 %size620
  %two632 = icmp eq i64 %ndigits631, 2
  %hi633 = shl i64 %digit1628, 30
  %hi2634 = select i1 %two632, i64 %hi633, i64 0
  %mag635 = add i64 %digit0625, %hi2634
  %zero636 = icmp eq i64 %size620, 0
  %mag0637 = select i1 %zero636, i64 0, i64 %mag635
  %neg_mag638 = sub i64 0, %mag0637
  %ival639 = select i1 %negative629, i64 %neg_mag638, i64 %mag0637
  %f640 = getelementptr i8, ptr %p604, i64 16
  %size641 = load i64, ptr %f640, align 4
  %size2642 = add i64 %size641, 2
  %compact643 = icmp ule i64 %size2642, 4
  %f644 = getelementptr i8, ptr %p604, i64 24
  %digit0645 = load i32, ptr %f644, align 4
  %digit0646 = zext i32 %digit0645 to i64
  %f647 = getelementptr i8, ptr %p604, i64 28
  %digit1648 = load i32, ptr %f647, align 4
  %digit1649 = zext i32 %digit1648 to i64
  %negative650 = icmp slt i64 %size641, 0
  %neg_size651 = sub i64 0, %size641
  %ndigits652 = select i1 %negative650, i64 %neg_size651, i64 %size641
  %two653 = icmp eq i64 %ndigits652, 2
  %hi654 = shl i64 %digit1649, 30
  %hi2655 = select i1 %two653, i64 %hi654, i64 0
  %mag656 = add i64 %digit0646, %hi2655
  %zero657 = icmp eq i64 %size641, 0
  %mag0658 = select i1 %zero657, i64 0, i64 %mag656
  %neg_mag659 = sub i64 0, %mag0658
  %ival660 = select i1 %negative650, i64 %neg_mag659, i64 %mag0658
  %compact661 = and i1 %compact622, %compact643
  br i1 %compact661, label %int_fast662, label %num_slow501, !prof !1

float_check609:                                   ; preds = %boxed_paths_unused607
  %f671 = getelementptr i8, ptr %v497, i64 8
  %p672 = load ptr, ptr %f671, align 8
  %f673 = getelementptr i8, ptr %p604, i64 8
  %p674 = load ptr, ptr %f673, align 8
  %a675 = ptrtoint ptr %p672 to i64
  %eq676 = icmp eq i64 %a675, ptrtoint (ptr @PyFloat_Type to i64)
  %a677 = ptrtoint ptr %p674 to i64
  %eq678 = icmp eq i64 %a677, ptrtoint (ptr @PyFloat_Type to i64)
  %both679 = and i1 %eq676, %eq678
  br i1 %both679, label %float_fast680, label %mixed_check681, !prof !1

int_fast662:                                      ; preds = %int_test608
  %bias663 = add i64 %ival639, 2147483648
  %small664 = icmp ult i64 %bias663, 4294967296
  %bias665 = add i64 %ival660, 2147483648
  %small666 = icmp ult i64 %bias665, 4294967296
  %both_small667 = and i1 %small664, %small666
  br i1 %both_small667, label %imul_ok668, label %num_slow501, !prof !1

imul_ok668:                                       ; preds = %int_fast662
  %imul669 = mul nsw i64 %ival639, %ival660
  %c670 = call ptr @PyLong_FromLongLong(i64 %imul669)
  br label %num_done500

float_fast680:                                    ; preds = %float_check609
  %f682 = getelementptr i8, ptr %v497, i64 16
  %fval683 = load double, ptr %f682, align 8
  %f684 = getelementptr i8, ptr %p604, i64 16
  %fval685 = load double, ptr %f684, align 8
  %fmul686 = fmul double %fval683, %fval685
  %rc688 = load i64, ptr %p604, align 4
  %only689 = icmp eq i64 %rc688, 1
  br i1 %only689, label %fbox_operand690, label %fbox_next691

mixed_check681:                                   ; preds = %float_check609
  %f697 = getelementptr i8, ptr %v497, i64 8
  %p698 = load ptr, ptr %f697, align 8
  %a699 = ptrtoint ptr %p698 to i64
  %eq700 = icmp eq i64 %a699, ptrtoint (ptr @PyFloat_Type to i64)
  %a701 = ptrtoint ptr %p698 to i64
  %eq702 = icmp eq i64 %a701, ptrtoint (ptr @PyLong_Type to i64)
  %f703 = getelementptr i8, ptr %p604, i64 8
  %p704 = load ptr, ptr %f703, align 8
  %a705 = ptrtoint ptr %p704 to i64
  %eq706 = icmp eq i64 %a705, ptrtoint (ptr @PyFloat_Type to i64)
  %a707 = ptrtoint ptr %p704 to i64
  %eq708 = icmp eq i64 %a707, ptrtoint (ptr @PyLong_Type to i64)
  %float_first709 = and i1 %eq700, %eq708
  %int_first710 = and i1 %eq702, %eq706
  %mixed711 = or i1 %float_first709, %int_first710
  br i1 %mixed711, label %mixed712, label %num_slow501, !prof !1

fbox_done687:                                     ; preds = %fbox_next691, %fbox_operand690
  %fbox696 = phi ptr [ %p604, %fbox_operand690 ], [ %c695, %fbox_next691 ]
  br label %num_done500

fbox_operand690:                                  ; preds = %float_fast680
  %f692 = getelementptr i8, ptr %p604, i64 16
  store double %fmul686, ptr %f692, align 8
  %rc693 = load i64, ptr %p604, align 4
  %rc1694 = add i64 %rc693, 1
  store i64 %rc1694, ptr %p604, align 4
  br label %fbox_done687

fbox_next691:                                     ; preds = %float_fast680
  %c695 = call ptr @PyFloat_FromDouble(double %fmul686)
  br label %fbox_done687

mixed712:                                         ; preds = %mixed_check681
  %int_operand713 = select i1 %float_first709, ptr %p604, ptr %v497
  %float_operand714 = select i1 %float_first709, ptr %v497, ptr %p604
  %f715 = getelementptr i8, ptr %int_operand713, i64 16
  %size716 = load i64, ptr %f715, align 4
  %size2717 = add i64 %size716, 2
  %compact718 = icmp ule i64 %size2717, 4
  %f719 = getelementptr i8, ptr %int_operand713, i64 24
  %digit0720 = load i32, ptr %f719, align 4
  %digit0721 = zext i32 %digit0720 to i64
  %f722 = getelementptr i8, ptr %int_operand713, i64 28
  %digit1723 = load i32, ptr %f722, align 4
  %digit1724 = zext i32 %digit1723 to i64
  %negative725 = icmp slt i64 %size716, 0
  %neg_size726 = sub i64 0, %size716
  %ndigits727 = select i1 %negative725, i64 %neg_size726, i64 %size716
  %two728 = icmp eq i64 %ndigits727, 2
  %hi729 = shl i64 %digit1724, 30
  %hi2730 = select i1 %two728, i64 %hi729, i64 0
  %mag731 = add i64 %digit0721, %hi2730
  %zero732 = icmp eq i64 %size716, 0
  %mag0733 = select i1 %zero732, i64 0, i64 %mag731
  %neg_mag734 = sub i64 0, %mag0733
  %ival735 = select i1 %negative725, i64 %neg_mag734, i64 %mag0733
  br i1 %compact718, label %mixed_fast736, label %num_slow501, !prof !1

mixed_fast736:                                    ; preds = %mixed712
  %itof737 = sitofp i64 %ival735 to double
  %f738 = getelementptr i8, ptr %float_operand714, i64 16
  %fval739 = load double, ptr %f738, align 8
  %x740 = select i1 %float_first709, double %fval739, double %itof737
  %y741 = select i1 %float_first709, double %itof737, double %fval739
  %fmul742 = fmul double %x740, %y741
  br label %float_result502

fbox_done744:                                     ; preds = %fbox_next753, %fbox_operand752
  %fbox758 = phi ptr [ %p604, %fbox_operand752 ], [ %c757, %fbox_next753 ]
  br label %num_done500

fbox_operand752:                                  ; preds = %float_result502
  %f754 = getelementptr i8, ptr %p604, i64 16
  store double %fres743, ptr %f754, align 8
  %rc755 = load i64, ptr %p604, align 4
  %rc1756 = add i64 %rc755, 1
  store i64 %rc1756, ptr %p604, align 4
  br label %fbox_done744

fbox_next753:                                     ; preds = %float_result502
  %c757 = call ptr @PyFloat_FromDouble(double %fres743)
  br label %fbox_done744

operator_dunder765:                               ; preds = %num_slow501
  %c768 = call ptr @rjit_binary_dunder(ptr %0, ptr %v497, ptr %p604, i32 5)
  br label %operator_done767

operator_c766:                                    ; preds = %num_slow501
  %c769 = call ptr @PyNumber_Multiply(ptr %v497, ptr %p604)
  br label %operator_done767

operator_done767:                                 ; preds = %operator_c766, %operator_dunder765
  %number770 = phi ptr [ %c768, %operator_dunder765 ], [ %c769, %operator_c766 ]
  br label %num_done500

xdec774:                                          ; preds = %num_done500
  %rc776 = load i64, ptr %v772, align 4
  %rc1777 = sub i64 %rc776, 1
  store i64 %rc1777, ptr %v772, align 4
  %dead778 = icmp eq i64 %rc1777, 0
  br i1 %dead778, label %dealloc779, label %cont780

cont775:                                          ; preds = %cont780, %num_done500
  %isnull784 = icmp eq ptr %res771, null
  br i1 %isnull784, label %error781, label %ok783, !prof !0

dealloc779:                                       ; preds = %xdec774
  call void @_Py_Dealloc(ptr %v772)
  br label %cont780

cont780:                                          ; preds = %dealloc779, %xdec774
  br label %cont775

error781:                                         ; preds = %cont775
  %c782 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c782

ok783:                                            ; preds = %cont775
  store ptr %res771, ptr %s0, align 8
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

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Subtract(ptr, ptr)

declare ptr @PyNumber_Multiply(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
