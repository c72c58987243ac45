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

i11:                                              ; preds = %ok543
  br label %i16

i12:                                              ; preds = %decide
  %f545 = getelementptr i8, ptr %1, i64 72
  %local546 = load ptr, ptr %f545, align 8
  store ptr %local546, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v547 = load ptr, ptr %s1, align 8
  %ukind548 = load i8, ptr %k1, align 1
  %uf549 = load double, ptr %f1, align 8
  %ui550 = load i64, ptr %n1, align 4
  %v551 = load ptr, ptr %s0, align 8
  %f552 = getelementptr i8, ptr %f2, i64 28
  %f553 = getelementptr i8, ptr %1, i64 56
  store ptr %f552, ptr %f553, align 8
  %f560 = getelementptr i8, ptr %v551, i64 8
  %p561 = load ptr, ptr %f560, align 8
  %a562 = ptrtoint ptr %p561 to i64
  %eq563 = icmp eq i64 %a562, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq563, label %view_float564, label %view_long565

i16:                                              ; preds = %ok913, %i11
  %v915 = load ptr, ptr %s0, align 8
  %f916 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f916, align 4
  %f917 = getelementptr i8, ptr %f2, i64 32
  %f918 = getelementptr i8, ptr %1, i64 56
  store ptr %f917, ptr %f918, align 8
  %f919 = getelementptr i8, ptr %0, i64 56
  %p920 = load ptr, ptr %f919, align 8
  %f921 = getelementptr i8, ptr %1, i64 48
  %p922 = load ptr, ptr %f921, align 8
  %f923 = getelementptr i8, ptr %p920, i64 8
  store ptr %p922, ptr %f923, align 8
  %f924 = getelementptr i8, ptr %0, i64 32
  %rem925 = load i32, ptr %f924, align 4
  %rem1926 = add i32 %rem925, 1
  store i32 %rem1926, ptr %f924, align 4
  ret ptr %v915

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
  br i1 %dead, label %dealloc, label %cont191, !prof !0

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
  br i1 %dead198, label %dealloc199, label %cont200, !prof !0

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
  br i1 %dead215, label %dealloc216, label %cont217, !prof !0

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

num_done230:                                      ; preds = %operator_done, %fbox_done511, %fbox_done458, %ibox_done403, %fbox_done, %ibox_done
  %res531 = phi ptr [ %int_box, %ibox_done ], [ %fbox, %fbox_done ], [ %int_box441, %ibox_done403 ], [ %fbox464, %fbox_done458 ], [ %fbox524, %fbox_done511 ], [ %number, %operator_done ]
  %v532 = load ptr, ptr %s1, align 8
  %isnull533 = icmp eq ptr %v532, null
  br i1 %isnull533, label %cont535, label %xdec534

num_slow231:                                      ; preds = %mixed480, %mixed_check452, %int_test347, %box_operands233
  %f525 = getelementptr i8, ptr %v227, i64 8
  %p526 = load ptr, ptr %f525, align 8
  %f527 = getelementptr i8, ptr %p526, i64 168
  %i528 = load i64, ptr %f527, align 4
  %heap = and i64 %i528, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast504
  %fres = phi double [ %fsub510, %mixed_fast504 ]
  %rc512 = load i64, ptr %p343, align 4
  %only513 = icmp eq i64 %rc512, 1
  %f514 = getelementptr i8, ptr %p343, i64 8
  %p515 = load ptr, ptr %f514, align 8
  %a516 = ptrtoint ptr %p515 to i64
  %eq517 = icmp eq i64 %a516, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only513, %eq517
  br i1 %only_float, label %fbox_operand518, label %fbox_next519

box_operands233:                                  ; preds = %view_is_int290, %view_long285, %view_int274, %view_is_int245, %view_long240
  %f342 = getelementptr i8, ptr %2, i64 16
  %p343 = load ptr, ptr %f342, align 8
  %rc344 = load i64, ptr %p343, align 4
  %rc1345 = add i64 %rc344, 1
  store i64 %rc1345, ptr %p343, align 4
  store ptr %p343, ptr %s1, align 8
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
  %biased321 = sub i64 %isub, -5
  %is_small = icmp ult i64 %biased321, 262
  br i1 %is_small, label %ibox_small, label %ibox_not_small

unboxed_floats320:                                ; preds = %view271
  %itof337 = sitofp i64 %vi270 to double
  %view_f338 = select i1 %lint316, double %itof337, double %vf269
  %itof339 = sitofp i64 %vi315 to double
  %view_f340 = select i1 %rint317, double %itof339, double %vf314
  %fsub = fsub double %view_f338, %view_f340
  %c341 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %fbox_done

ibox_done:                                        ; preds = %ibox_call, %ibox_init, %ibox_table
  %int_box = phi ptr [ %fd, %ibox_table ], [ %c325, %ibox_init ], [ %c336, %ibox_call ]
  br label %num_done230

ibox_small:                                       ; preds = %unboxed_ints319
  %p322 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p322, null
  br i1 %have_table, label %ibox_table, label %ibox_call, !prof !1

ibox_not_small:                                   ; preds = %unboxed_ints319
  %shifted = add i64 %isub, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %ibox_alloc, label %ibox_call, !prof !1

ibox_alloc:                                       ; preds = %ibox_not_small
  %c325 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c325, null
  br i1 %allocated, label %ibox_init, label %ibox_call, !prof !1

ibox_call:                                        ; preds = %ibox_alloc, %ibox_not_small, %ibox_small
  %c336 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %ibox_done

ibox_table:                                       ; preds = %ibox_small
  %off = mul i64 %biased321, 32
  %fd = getelementptr i8, ptr %p322, i64 %off
  %rc323 = load i64, ptr %fd, align 4
  %rc1324 = add i64 %rc323, 1
  store i64 %rc1324, ptr %fd, align 4
  br label %ibox_done

ibox_init:                                        ; preds = %ibox_alloc
  %neg326 = icmp slt i64 %isub, 0
  %minus = sub i64 0, %isub
  %mag327 = select i1 %neg326, i64 %minus, i64 %isub
  %two328 = icmp ugt i64 %mag327, 1073741823
  %ndigits329 = select i1 %two328, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits329
  %size330 = select i1 %neg326, i64 %minus_n, i64 %ndigits329
  %d0 = and i64 %mag327, 1073741823
  %d1 = lshr i64 %mag327, 30
  store i64 1, ptr %c325, align 4
  %f331 = getelementptr i8, ptr %c325, i64 8
  store ptr @PyLong_Type, ptr %f331, align 8
  %f332 = getelementptr i8, ptr %c325, i64 16
  store i64 %size330, ptr %f332, align 4
  %digit = trunc i64 %d0 to i32
  %f333 = getelementptr i8, ptr %c325, i64 24
  store i32 %digit, ptr %f333, align 4
  %digit334 = trunc i64 %d1 to i32
  %f335 = getelementptr i8, ptr %c325, i64 28
  store i32 %digit334, ptr %f335, align 4
  br label %ibox_done

fbox_done:                                        ; preds = %unboxed_floats320
  %fbox = phi ptr [ %c341, %unboxed_floats320 ]
  br label %num_done230

boxed_paths_unused346:                            ; No predecessors!
  %f349 = getelementptr i8, ptr %v227, i64 8
  %p350 = load ptr, ptr %f349, align 8
  %f351 = getelementptr i8, ptr %p343, i64 8
  %p352 = load ptr, ptr %f351, align 8
  %a353 = ptrtoint ptr %p350 to i64
  %eq354 = icmp eq i64 %a353, ptrtoint (ptr @PyLong_Type to i64)
  %a355 = ptrtoint ptr %p352 to i64
  %eq356 = icmp eq i64 %a355, ptrtoint (ptr @PyLong_Type to i64)
  %both357 = and i1 %eq354, %eq356
  br i1 %both357, label %int_test347, label %float_check348

int_test347:                                      ; preds = %boxed_paths_unused346
  %f358 = getelementptr i8, ptr %v227, i64 16
  %size359 = load i64, ptr %f358, align 4
  %size2360 = add i64 %size359, 2
  %compact361 = icmp ule i64 %size2360, 4
  %f362 = getelementptr i8, ptr %v227, i64 24
  %digit0363 = load i32, ptr %f362, align 4
  %digit0364 = zext i32 %digit0363 to i64
  %f365 = getelementptr i8, ptr %v227, i64 28
  %digit1366 = load i32, ptr %f365, align 4
  %digit1367 = zext i32 %digit1366 to i64
  %negative368 = icmp slt i64 %size359, 0
  %neg_size369 = sub i64 0, %size359
  %ndigits370 = select i1 %negative368, i64 %neg_size369, i64 %size359
  %two371 = icmp eq i64 %ndigits370, 2
  %hi372 = shl i64 %digit1367, 30
  %hi2373 = select i1 %two371, i64 %hi372, i64 0
  %mag374 = add i64 %digit0364, %hi2373
  %zero375 = icmp eq i64 %size359, 0
  %mag0376 = select i1 %zero375, i64 0, i64 %mag374
  %neg_mag377 = sub i64 0, %mag0376
  %ival378 = select i1 %negative368, i64 %neg_mag377, i64 %mag0376
  %f379 = getelementptr i8, ptr %p343, i64 16
  %size380 = load i64, ptr %f379, align 4
  %size2381 = add i64 %size380, 2
  %compact382 = icmp ule i64 %size2381, 4
  %f383 = getelementptr i8, ptr %p343, i64 24
  %digit0384 = load i32, ptr %f383, align 4
  %digit0385 = zext i32 %digit0384 to i64
  %f386 = getelementptr i8, ptr %p343, i64 28
  %digit1387 = load i32, ptr %f386, align 4
  %digit1388 = zext i32 %digit1387 to i64
  %negative389 = icmp slt i64 %size380, 0
  %neg_size390 = sub i64 0, %size380
  %ndigits391 = select i1 %negative389, i64 %neg_size390, i64 %size380
  %two392 = icmp eq i64 %ndigits391, 2
  %hi393 = shl i64 %digit1388, 30
  %hi2394 = select i1 %two392, i64 %hi393, i64 0
  %mag395 = add i64 %digit0385, %hi2394
  %zero396 = icmp eq i64 %size380, 0
  %mag0397 = select i1 %zero396, i64 0, i64 %mag395
  %neg_mag398 = sub i64 0, %mag0397
  %ival399 = select i1 %negative389, i64 %neg_mag398, i64 %mag0397
  %compact400 = and i1 %compact361, %compact382
  br i1 %compact400, label %int_fast401, label %num_slow231, !prof !1

float_check348:                                   ; preds = %boxed_paths_unused346
  %f442 = getelementptr i8, ptr %v227, i64 8
  %p443 = load ptr, ptr %f442, align 8
  %f444 = getelementptr i8, ptr %p343, i64 8
  %p445 = load ptr, ptr %f444, align 8
  %a446 = ptrtoint ptr %p443 to i64
  %eq447 = icmp eq i64 %a446, ptrtoint (ptr @PyFloat_Type to i64)
  %a448 = ptrtoint ptr %p445 to i64
  %eq449 = icmp eq i64 %a448, ptrtoint (ptr @PyFloat_Type to i64)
  %both450 = and i1 %eq447, %eq449
  br i1 %both450, label %float_fast451, label %mixed_check452, !prof !1

int_fast401:                                      ; preds = %int_test347
  %isub402 = sub nsw i64 %ival378, %ival399
  %biased408 = sub i64 %isub402, -5
  %is_small409 = icmp ult i64 %biased408, 262
  br i1 %is_small409, label %ibox_small404, label %ibox_not_small405

ibox_done403:                                     ; preds = %ibox_call407, %ibox_init424, %ibox_table412
  %int_box441 = phi ptr [ %fd414, %ibox_table412 ], [ %c422, %ibox_init424 ], [ %c440, %ibox_call407 ]
  br label %num_done230

ibox_small404:                                    ; preds = %int_fast401
  %p410 = load ptr, ptr @rjit_small_ints, align 8
  %have_table411 = icmp ne ptr %p410, null
  br i1 %have_table411, label %ibox_table412, label %ibox_call407, !prof !1

ibox_not_small405:                                ; preds = %int_fast401
  %shifted417 = add i64 %isub402, 1152921504606846975
  %fits418 = icmp ult i64 %shifted417, 2305843009213693951
  %i419 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced420 = icmp eq i32 %i419, 0
  %inline421 = and i1 %fits418, %untraced420
  br i1 %inline421, label %ibox_alloc406, label %ibox_call407, !prof !1

ibox_alloc406:                                    ; preds = %ibox_not_small405
  %c422 = call ptr @PyObject_Malloc(i64 32)
  %allocated423 = icmp ne ptr %c422, null
  br i1 %allocated423, label %ibox_init424, label %ibox_call407, !prof !1

ibox_call407:                                     ; preds = %ibox_alloc406, %ibox_not_small405, %ibox_small404
  %c440 = call ptr @PyLong_FromLongLong(i64 %isub402)
  br label %ibox_done403

ibox_table412:                                    ; preds = %ibox_small404
  %off413 = mul i64 %biased408, 32
  %fd414 = getelementptr i8, ptr %p410, i64 %off413
  %rc415 = load i64, ptr %fd414, align 4
  %rc1416 = add i64 %rc415, 1
  store i64 %rc1416, ptr %fd414, align 4
  br label %ibox_done403

ibox_init424:                                     ; preds = %ibox_alloc406
  %neg425 = icmp slt i64 %isub402, 0
  %minus426 = sub i64 0, %isub402
  %mag427 = select i1 %neg425, i64 %minus426, i64 %isub402
  %two428 = icmp ugt i64 %mag427, 1073741823
  %ndigits429 = select i1 %two428, i64 2, i64 1
  %minus_n430 = sub i64 0, %ndigits429
  %size431 = select i1 %neg425, i64 %minus_n430, i64 %ndigits429
  %d0432 = and i64 %mag427, 1073741823
  %d1433 = lshr i64 %mag427, 30
  store i64 1, ptr %c422, align 4
  %f434 = getelementptr i8, ptr %c422, i64 8
  store ptr @PyLong_Type, ptr %f434, align 8
  %f435 = getelementptr i8, ptr %c422, i64 16
  store i64 %size431, ptr %f435, align 4
  %digit436 = trunc i64 %d0432 to i32
  %f437 = getelementptr i8, ptr %c422, i64 24
  store i32 %digit436, ptr %f437, align 4
  %digit438 = trunc i64 %d1433 to i32
  %f439 = getelementptr i8, ptr %c422, i64 28
  store i32 %digit438, ptr %f439, align 4
  br label %ibox_done403

float_fast451:                                    ; preds = %float_check348
  %f453 = getelementptr i8, ptr %v227, i64 16
  %fval454 = load double, ptr %f453, align 8
  %f455 = getelementptr i8, ptr %p343, i64 16
  %fval456 = load double, ptr %f455, align 8
  %fsub457 = fsub double %fval454, %fval456
  %rc459 = load i64, ptr %p343, align 4
  %only = icmp eq i64 %rc459, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check452:                                   ; preds = %float_check348
  %f465 = getelementptr i8, ptr %v227, i64 8
  %p466 = load ptr, ptr %f465, align 8
  %a467 = ptrtoint ptr %p466 to i64
  %eq468 = icmp eq i64 %a467, ptrtoint (ptr @PyFloat_Type to i64)
  %a469 = ptrtoint ptr %p466 to i64
  %eq470 = icmp eq i64 %a469, ptrtoint (ptr @PyLong_Type to i64)
  %f471 = getelementptr i8, ptr %p343, i64 8
  %p472 = load ptr, ptr %f471, align 8
  %a473 = ptrtoint ptr %p472 to i64
  %eq474 = icmp eq i64 %a473, ptrtoint (ptr @PyFloat_Type to i64)
  %a475 = ptrtoint ptr %p472 to i64
  %eq476 = icmp eq i64 %a475, ptrtoint (ptr @PyLong_Type to i64)
  %float_first477 = and i1 %eq468, %eq476
  %int_first478 = and i1 %eq470, %eq474
  %mixed479 = or i1 %float_first477, %int_first478
  br i1 %mixed479, label %mixed480, label %num_slow231, !prof !1

fbox_done458:                                     ; preds = %fbox_next, %fbox_operand
  %fbox464 = phi ptr [ %p343, %fbox_operand ], [ %c463, %fbox_next ]
  br label %num_done230

fbox_operand:                                     ; preds = %float_fast451
  %f460 = getelementptr i8, ptr %p343, i64 16
  store double %fsub457, ptr %f460, align 8
  %rc461 = load i64, ptr %p343, align 4
  %rc1462 = add i64 %rc461, 1
  store i64 %rc1462, ptr %p343, align 4
  br label %fbox_done458

fbox_next:                                        ; preds = %float_fast451
  %c463 = call ptr @PyFloat_FromDouble(double %fsub457)
  br label %fbox_done458

mixed480:                                         ; preds = %mixed_check452
  %int_operand481 = select i1 %float_first477, ptr %p343, ptr %v227
  %float_operand482 = select i1 %float_first477, ptr %v227, ptr %p343
  %f483 = getelementptr i8, ptr %int_operand481, i64 16
  %size484 = load i64, ptr %f483, align 4
  %size2485 = add i64 %size484, 2
  %compact486 = icmp ule i64 %size2485, 4
  %f487 = getelementptr i8, ptr %int_operand481, i64 24
  %digit0488 = load i32, ptr %f487, align 4
  %digit0489 = zext i32 %digit0488 to i64
  %f490 = getelementptr i8, ptr %int_operand481, i64 28
  %digit1491 = load i32, ptr %f490, align 4
  %digit1492 = zext i32 %digit1491 to i64
  %negative493 = icmp slt i64 %size484, 0
  %neg_size494 = sub i64 0, %size484
  %ndigits495 = select i1 %negative493, i64 %neg_size494, i64 %size484
  %two496 = icmp eq i64 %ndigits495, 2
  %hi497 = shl i64 %digit1492, 30
  %hi2498 = select i1 %two496, i64 %hi497, i64 0
  %mag499 = add i64 %digit0489, %hi2498
  %zero500 = icmp eq i64 %size484, 0
  %mag0501 = select i1 %zero500, i64 0, i64 %mag499
  %neg_mag502 = sub i64 0, %mag0501
  %ival503 = select i1 %negative493, i64 %neg_mag502, i64 %mag0501
  br i1 %compact486, label %mixed_fast504, label %num_slow231, !prof !1

mixed_fast504:                                    ; preds = %mixed480
  %itof505 = sitofp i64 %ival503 to double
  %f506 = getelementptr i8, ptr %float_operand482, i64 16
  %fval507 = load double, ptr %f506, align 8
  %x508 = select i1 %float_first477, double %fval507, double %itof505
  %y509 = select i1 %float_first477, double %itof505, double %fval507
  %fsub510 = fsub double %x508, %y509
  br label %float_result

fbox_done511:                                     ; preds = %fbox_next519, %fbox_operand518
  %fbox524 = phi ptr [ %p343, %fbox_operand518 ], [ %c523, %fbox_next519 ]
  br label %num_done230

fbox_operand518:                                  ; preds = %float_result
  %f520 = getelementptr i8, ptr %p343, i64 16
  store double %fres, ptr %f520, align 8
  %rc521 = load i64, ptr %p343, align 4
  %rc1522 = add i64 %rc521, 1
  store i64 %rc1522, ptr %p343, align 4
  br label %fbox_done511

fbox_next519:                                     ; preds = %float_result
  %c523 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done511

operator_dunder:                                  ; preds = %num_slow231
  %c529 = call ptr @rjit_binary_dunder(ptr %0, ptr %v227, ptr %p343, i32 10)
  br label %operator_done

operator_c:                                       ; preds = %num_slow231
  %c530 = call ptr @PyNumber_Subtract(ptr %v227, ptr %p343)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c529, %operator_dunder ], [ %c530, %operator_c ]
  br label %num_done230

xdec534:                                          ; preds = %num_done230
  %rc536 = load i64, ptr %v532, align 4
  %rc1537 = sub i64 %rc536, 1
  store i64 %rc1537, ptr %v532, align 4
  %dead538 = icmp eq i64 %rc1537, 0
  br i1 %dead538, label %dealloc539, label %cont540, !prof !0

cont535:                                          ; preds = %cont540, %num_done230
  %isnull544 = icmp eq ptr %res531, null
  br i1 %isnull544, label %error541, label %ok543, !prof !0

dealloc539:                                       ; preds = %xdec534
  call void @_Py_Dealloc(ptr %v532)
  br label %cont540

cont540:                                          ; preds = %dealloc539, %xdec534
  br label %cont535

error541:                                         ; preds = %cont535
  %c542 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c542

ok543:                                            ; preds = %cont535
  store ptr %res531, ptr %s0, align 8
  br label %i11

num_done554:                                      ; preds = %operator_done897, %fbox_done874, %fbox_done817, %ibox_done762, %fbox_done692, %ibox_done649
  %res901 = phi ptr [ %int_box687, %ibox_done649 ], [ %fbox694, %fbox_done692 ], [ %int_box800, %ibox_done762 ], [ %fbox826, %fbox_done817 ], [ %fbox888, %fbox_done874 ], [ %number900, %operator_done897 ]
  %v902 = load ptr, ptr %s1, align 8
  %isnull903 = icmp eq ptr %v902, null
  br i1 %isnull903, label %cont905, label %xdec904

num_slow555:                                      ; preds = %mixed842, %mixed_check811, %int_fast754, %int_test700, %box_operands558
  %f889 = getelementptr i8, ptr %v551, i64 8
  %p890 = load ptr, ptr %f889, align 8
  %f891 = getelementptr i8, ptr %p890, i64 168
  %i892 = load i64, ptr %f891, align 4
  %heap893 = and i64 %i892, 512
  %is_heap894 = icmp ne i64 %heap893, 0
  br i1 %is_heap894, label %operator_dunder895, label %operator_c896

float_result556:                                  ; preds = %mixed_fast866
  %fres873 = phi double [ %fmul872, %mixed_fast866 ]
  %rc875 = load i64, ptr %p696, align 4
  %only876 = icmp eq i64 %rc875, 1
  %f877 = getelementptr i8, ptr %p696, i64 8
  %p878 = load ptr, ptr %f877, align 8
  %a879 = ptrtoint ptr %p878 to i64
  %eq880 = icmp eq i64 %a879, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float881 = and i1 %only876, %eq880
  br i1 %only_float881, label %fbox_operand882, label %fbox_next883

box_operands558:                                  ; preds = %unboxed_ints644, %view_is_int615, %view_long610, %view_int599, %view_is_int570, %view_long565
  %f695 = getelementptr i8, ptr %2, i64 24
  %p696 = load ptr, ptr %f695, align 8
  %rc697 = load i64, ptr %p696, align 4
  %rc1698 = add i64 %rc697, 1
  store i64 %rc1698, ptr %p696, align 4
  store ptr %p696, ptr %s1, align 8
  br label %num_slow555

view559:                                          ; preds = %view_compact592, %view_float564
  %vkind593 = phi i8 [ 1, %view_float564 ], [ 2, %view_compact592 ]
  %vf594 = phi double [ %fval567, %view_float564 ], [ 0.000000e+00, %view_compact592 ]
  %vi595 = phi i64 [ 0, %view_float564 ], [ %ival591, %view_compact592 ]
  %is_float598 = icmp eq i8 %ukind548, 1
  br i1 %is_float598, label %view596, label %view_not_float597, !prof !1

view_float564:                                    ; preds = %i14
  %f566 = getelementptr i8, ptr %v551, i64 16
  %fval567 = load double, ptr %f566, align 8
  br label %view559

view_long565:                                     ; preds = %i14
  %a568 = ptrtoint ptr %p561 to i64
  %eq569 = icmp eq i64 %a568, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq569, label %view_is_int570, label %box_operands558, !prof !1

view_is_int570:                                   ; preds = %view_long565
  %f571 = getelementptr i8, ptr %v551, i64 16
  %size572 = load i64, ptr %f571, align 4
  %size2573 = add i64 %size572, 2
  %compact574 = icmp ule i64 %size2573, 4
  %f575 = getelementptr i8, ptr %v551, i64 24
  %digit0576 = load i32, ptr %f575, align 4
  %digit0577 = zext i32 %digit0576 to i64
  %f578 = getelementptr i8, ptr %v551, i64 28
  %digit1579 = load i32, ptr %f578, align 4
  %digit1580 = zext i32 %digit1579 to i64
  %negative581 = icmp slt i64 %size572, 0
  %neg_size582 = sub i64 0, %size572
  %ndigits583 = select i1 %negative581, i64 %neg_size582, i64 %size572
  %two584 = icmp eq i64 %ndigits583, 2
  %hi585 = shl i64 %digit1580, 30
  %hi2586 = select i1 %two584, i64 %hi585, i64 0
  %mag587 = add i64 %digit0577, %hi2586
  %zero588 = icmp eq i64 %size572, 0
  %mag0589 = select i1 %zero588, i64 0, i64 %mag587
  %neg_mag590 = sub i64 0, %mag0589
  %ival591 = select i1 %negative581, i64 %neg_mag590, i64 %mag0589
  br i1 %compact574, label %view_compact592, label %box_operands558, !prof !1

view_compact592:                                  ; preds = %view_is_int570
  br label %view559

view596:                                          ; preds = %view_compact637, %view_float609, %view_compact604, %view559
  %vkind638 = phi i8 [ 1, %view559 ], [ 2, %view_compact604 ], [ 1, %view_float609 ], [ 2, %view_compact637 ]
  %vf639 = phi double [ %uf549, %view559 ], [ 0.000000e+00, %view_compact604 ], [ %fval612, %view_float609 ], [ 0.000000e+00, %view_compact637 ]
  %vi640 = phi i64 [ 0, %view559 ], [ %ui550, %view_compact604 ], [ 0, %view_float609 ], [ %ival636, %view_compact637 ]
  %lint641 = icmp eq i8 %vkind593, 2
  %rint642 = icmp eq i8 %vkind638, 2
  %both_int643 = and i1 %lint641, %rint642
  br i1 %both_int643, label %unboxed_ints644, label %unboxed_floats645

view_not_float597:                                ; preds = %view559
  %is_int601 = icmp eq i8 %ukind548, 2
  br i1 %is_int601, label %view_int599, label %view_object600

view_int599:                                      ; preds = %view_not_float597
  %bias602 = add i64 %ui550, 1152921504606846976
  %compact603 = icmp ult i64 %bias602, 2305843009213693952
  br i1 %compact603, label %view_compact604, label %box_operands558, !prof !1

view_object600:                                   ; preds = %view_not_float597
  %f605 = getelementptr i8, ptr %v547, i64 8
  %p606 = load ptr, ptr %f605, align 8
  %a607 = ptrtoint ptr %p606 to i64
  %eq608 = icmp eq i64 %a607, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq608, label %view_float609, label %view_long610

view_compact604:                                  ; preds = %view_int599
  br label %view596

view_float609:                                    ; preds = %view_object600
  %f611 = getelementptr i8, ptr %v547, i64 16
  %fval612 = load double, ptr %f611, align 8
  br label %view596

view_long610:                                     ; preds = %view_object600
  %a613 = ptrtoint ptr %p606 to i64
  %eq614 = icmp eq i64 %a613, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq614, label %view_is_int615, label %box_operands558, !prof !1

view_is_int615:                                   ; preds = %view_long610
  %f616 = getelementptr i8, ptr %v547, i64 16
  %size617 = load i64, ptr %f616, align 4
  %size2618 = add i64 %size617, 2
  %compact619 = icmp ule i64 %size2618, 4
  %f620 = getelementptr i8, ptr %v547, i64 24
  %digit0621 = load i32, ptr %f620, align 4
  %digit0622 = zext i32 %digit0621 to i64
  %f623 = getelementptr i8, ptr %v547, i64 28
  %digit1624 = load i32, ptr %f623, align 4
  %digit1625 = zext i32 %digit1624 to i64
  %negative626 = icmp slt i64 %size617, 0
  %neg_size627 = sub i64 0, %size617
  %ndigits628 = select i1 %negative626, i64 %neg_size627, i64 %size617
  %two629 = icmp eq i64 %ndigits628, 2
  %hi630 = shl i64 %digit1625, 30
  %hi2631 = select i1 %two629, i64 %hi630, i64 0
  %mag632 = add i64 %digit0622, %hi2631
  %zero633 = icmp eq i64 %size617, 0
  %mag0634 = select i1 %zero633, i64 0, i64 %mag632
  %neg_mag635 = sub i64 0, %mag0634
  %ival636 = select i1 %negative626, i64 %neg_mag635, i64 %mag0634
  br i1 %compact619, label %view_compact637, label %box_operands558, !prof !1

view_compact637:                                  ; preds = %view_is_int615
  br label %view596

unboxed_ints644:                                  ; preds = %view596
  %bias646 = add i64 %vi595, 2147483648
  %small = icmp ult i64 %bias646, 4294967296
  %bias647 = add i64 %vi640, 2147483648
  %small648 = icmp ult i64 %bias647, 4294967296
  %both_small = and i1 %small, %small648
  br i1 %both_small, label %imul_ok, label %box_operands558, !prof !1

unboxed_floats645:                                ; preds = %view596
  %itof688 = sitofp i64 %vi595 to double
  %view_f689 = select i1 %lint641, double %itof688, double %vf594
  %itof690 = sitofp i64 %vi640 to double
  %view_f691 = select i1 %rint642, double %itof690, double %vf639
  %fmul = fmul double %view_f689, %view_f691
  %c693 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %fbox_done692

imul_ok:                                          ; preds = %unboxed_ints644
  %imul = mul nsw i64 %vi595, %vi640
  %biased654 = sub i64 %imul, -5
  %is_small655 = icmp ult i64 %biased654, 262
  br i1 %is_small655, label %ibox_small650, label %ibox_not_small651

ibox_done649:                                     ; preds = %ibox_call653, %ibox_init670, %ibox_table658
  %int_box687 = phi ptr [ %fd660, %ibox_table658 ], [ %c668, %ibox_init670 ], [ %c686, %ibox_call653 ]
  br label %num_done554

ibox_small650:                                    ; preds = %imul_ok
  %p656 = load ptr, ptr @rjit_small_ints, align 8
  %have_table657 = icmp ne ptr %p656, null
  br i1 %have_table657, label %ibox_table658, label %ibox_call653, !prof !1

ibox_not_small651:                                ; preds = %imul_ok
  %shifted663 = add i64 %imul, 1152921504606846975
  %fits664 = icmp ult i64 %shifted663, 2305843009213693951
  %i665 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced666 = icmp eq i32 %i665, 0
  %inline667 = and i1 %fits664, %untraced666
  br i1 %inline667, label %ibox_alloc652, label %ibox_call653, !prof !1

ibox_alloc652:                                    ; preds = %ibox_not_small651
  %c668 = call ptr @PyObject_Malloc(i64 32)
  %allocated669 = icmp ne ptr %c668, null
  br i1 %allocated669, label %ibox_init670, label %ibox_call653, !prof !1

ibox_call653:                                     ; preds = %ibox_alloc652, %ibox_not_small651, %ibox_small650
  %c686 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %ibox_done649

ibox_table658:                                    ; preds = %ibox_small650
  %off659 = mul i64 %biased654, 32
  %fd660 = getelementptr i8, ptr %p656, i64 %off659
  %rc661 = load i64, ptr %fd660, align 4
  %rc1662 = add i64 %rc661, 1
  store i64 %rc1662, ptr %fd660, align 4
  br label %ibox_done649

ibox_init670:                                     ; preds = %ibox_alloc652
  %neg671 = icmp slt i64 %imul, 0
  %minus672 = sub i64 0, %imul
  %mag673 = select i1 %neg671, i64 %minus672, i64 %imul
  %two674 = icmp ugt i64 %mag673, 1073741823
  %ndigits675 = select i1 %two674, i64 2, i64 1
  %minus_n676 = sub i64 0, %ndigits675
  %size677 = select i1 %neg671, i64 %minus_n676, i64 %ndigits675
  %d0678 = and i64 %mag673, 1073741823
  %d1679 = lshr i64 %mag673, 30
  store i64 1, ptr %c668, align 4
  %f680 = getelementptr i8, ptr %c668, i64 8
  store ptr @PyLong_Type, ptr %f680, align 8
  %f681 = getelementptr i8, ptr %c668, i64 16
  store i64 %size677, ptr %f681, align 4
  %digit682 = trunc i64 %d0678 to i32
  %f683 = getelementptr i8, ptr %c668, i64 24
  store i32 %digit682, ptr %f683, align 4
  %digit684 = trunc i64 %d1679 to i32
  %f685 = getelementptr i8, ptr %c668, i64 28
  store i32 %digit684, ptr %f685, align 4
  br label %ibox_done649

fbox_done692:                                     ; preds = %unboxed_floats645
  %fbox694 = phi ptr [ %c693, %unboxed_floats645 ]
  br label %num_done554

boxed_paths_unused699:                            ; No predecessors!
  %f702 = getelementptr i8, ptr %v551, i64 8
  %p703 = load ptr, ptr %f702, align 8
  %f704 = getelementptr i8, ptr %p696, i64 8
  %p705 = load ptr, ptr %f704, align 8
  %a706 = ptrtoint ptr %p703 to i64
  %eq707 = icmp eq i64 %a706, ptrtoint (ptr @PyLong_Type to i64)
  %a708 = ptrtoint ptr %p705 to i64
  %eq709 = icmp eq i64 %a708, ptrtoint (ptr @PyLong_Type to i64)
  %both710 = and i1 %eq707, %eq709
  br i1 %both710, label %int_test700, label %float_check701

int_test700:                                      ; preds = %boxed_paths_unused699
  %f711 = getelementptr i8, ptr %v551, i64 16
  %size712 = load i64, ptr %f711, align 4
  %size2713 = add i64 %size712, 2
  %compact714 = icmp ule i64 %size2713, 4
  %f715 = getelementptr i8, ptr %v551, i64 24
  %digit0716 = load i32, ptr %f715, align 4
  %digit0717 = zext i32 %digit0716 to i64
  %f718 = getelementptr i8, ptr %v551, i64 28
  %digit1719 = load i32, ptr %f718, align 4
  %digit1720 = zext i32 %digit1719 to i64
  %negative721 = icmp slt i64 %size712, 0
  %neg_size722 = sub i64 0, %size712
  %ndigits723 = select i1 %negative721, i64 %neg_size722, i64 %size712
  %two724 = icmp eq i64 %ndigits723, 2
  %hi725 = shl i64 %digit1720, 30
  %hi2726 = select i1 %two724, i64 %hi725, i64 0
  %mag727 = add i64 %digit0717, %hi2726
  %zero728 = icmp eq i64 %size712, 0
  %mag0729 = select i1 %zero728, i64 0, i64 %mag727
  %neg_mag730 = sub i64 0, %mag0729
  %ival731 = select i1 %negative721, i64 %neg_mag730, i64 %mag0729
  %f732 = getelementptr i8, ptr %p696, i64 16
  %size733 = load i64, ptr %f732, align 4
  %size2734 = add i64 %size733, 2
  %compact735 = icmp ule i64 %size2734, 4
  %f736 = getelementptr i8, ptr %p696, i64 24
  %digit0737 = load i32, ptr %f736, align 4
  %digit0738 = zext i32 %digit0737 to i64
  %f739 = getelementptr i8, ptr %p696, i64 28
  %digit1740 = load i32, ptr %f739, align 4
  %digit1741 = zext i32 %digit1740 to i64
  %negative742 = icmp slt i64 %size733, 0
  %neg_size743 = sub i64 0, %size733
  %ndigits744 = select i1 %negative742, i64 %neg_size743, i64 %size733
  %two745 = icmp eq i64 %ndigits744, 2
  %hi746 = shl i64 %digit1741, 30
  %hi2747 = select i1 %two745, i64 %hi746, i64 0
  %mag748 = add i64 %digit0738, %hi2747
  %zero749 = icmp eq i64 %size733, 0
  %mag0750 = select i1 %zero749, i64 0, i64 %mag748
  %neg_mag751 = sub i64 0, %mag0750
  %ival752 = select i1 %negative742, i64 %neg_mag751, i64 %mag0750
  %compact753 = and i1 %compact714, %compact735
  br i1 %compact753, label %int_fast754, label %num_slow555, !prof !1

float_check701:                                   ; preds = %boxed_paths_unused699
  %f801 = getelementptr i8, ptr %v551, i64 8
  %p802 = load ptr, ptr %f801, align 8
  %f803 = getelementptr i8, ptr %p696, i64 8
  %p804 = load ptr, ptr %f803, align 8
  %a805 = ptrtoint ptr %p802 to i64
  %eq806 = icmp eq i64 %a805, ptrtoint (ptr @PyFloat_Type to i64)
  %a807 = ptrtoint ptr %p804 to i64
  %eq808 = icmp eq i64 %a807, ptrtoint (ptr @PyFloat_Type to i64)
  %both809 = and i1 %eq806, %eq808
  br i1 %both809, label %float_fast810, label %mixed_check811, !prof !1

int_fast754:                                      ; preds = %int_test700
  %bias755 = add i64 %ival731, 2147483648
  %small756 = icmp ult i64 %bias755, 4294967296
  %bias757 = add i64 %ival752, 2147483648
  %small758 = icmp ult i64 %bias757, 4294967296
  %both_small759 = and i1 %small756, %small758
  br i1 %both_small759, label %imul_ok760, label %num_slow555, !prof !1

imul_ok760:                                       ; preds = %int_fast754
  %imul761 = mul nsw i64 %ival731, %ival752
  %biased767 = sub i64 %imul761, -5
  %is_small768 = icmp ult i64 %biased767, 262
  br i1 %is_small768, label %ibox_small763, label %ibox_not_small764

ibox_done762:                                     ; preds = %ibox_call766, %ibox_init783, %ibox_table771
  %int_box800 = phi ptr [ %fd773, %ibox_table771 ], [ %c781, %ibox_init783 ], [ %c799, %ibox_call766 ]
  br label %num_done554

ibox_small763:                                    ; preds = %imul_ok760
  %p769 = load ptr, ptr @rjit_small_ints, align 8
  %have_table770 = icmp ne ptr %p769, null
  br i1 %have_table770, label %ibox_table771, label %ibox_call766, !prof !1

ibox_not_small764:                                ; preds = %imul_ok760
  %shifted776 = add i64 %imul761, 1152921504606846975
  %fits777 = icmp ult i64 %shifted776, 2305843009213693951
  %i778 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced779 = icmp eq i32 %i778, 0
  %inline780 = and i1 %fits777, %untraced779
  br i1 %inline780, label %ibox_alloc765, label %ibox_call766, !prof !1

ibox_alloc765:                                    ; preds = %ibox_not_small764
  %c781 = call ptr @PyObject_Malloc(i64 32)
  %allocated782 = icmp ne ptr %c781, null
  br i1 %allocated782, label %ibox_init783, label %ibox_call766, !prof !1

ibox_call766:                                     ; preds = %ibox_alloc765, %ibox_not_small764, %ibox_small763
  %c799 = call ptr @PyLong_FromLongLong(i64 %imul761)
  br label %ibox_done762

ibox_table771:                                    ; preds = %ibox_small763
  %off772 = mul i64 %biased767, 32
  %fd773 = getelementptr i8, ptr %p769, i64 %off772
  %rc774 = load i64, ptr %fd773, align 4
  %rc1775 = add i64 %rc774, 1
  store i64 %rc1775, ptr %fd773, align 4
  br label %ibox_done762

ibox_init783:                                     ; preds = %ibox_alloc765
  %neg784 = icmp slt i64 %imul761, 0
  %minus785 = sub i64 0, %imul761
  %mag786 = select i1 %neg784, i64 %minus785, i64 %imul761
  %two787 = icmp ugt i64 %mag786, 1073741823
  %ndigits788 = select i1 %two787, i64 2, i64 1
  %minus_n789 = sub i64 0, %ndigits788
  %size790 = select i1 %neg784, i64 %minus_n789, i64 %ndigits788
  %d0791 = and i64 %mag786, 1073741823
  %d1792 = lshr i64 %mag786, 30
  store i64 1, ptr %c781, align 4
  %f793 = getelementptr i8, ptr %c781, i64 8
  store ptr @PyLong_Type, ptr %f793, align 8
  %f794 = getelementptr i8, ptr %c781, i64 16
  store i64 %size790, ptr %f794, align 4
  %digit795 = trunc i64 %d0791 to i32
  %f796 = getelementptr i8, ptr %c781, i64 24
  store i32 %digit795, ptr %f796, align 4
  %digit797 = trunc i64 %d1792 to i32
  %f798 = getelementptr i8, ptr %c781, i64 28
  store i32 %digit797, ptr %f798, align 4
  br label %ibox_done762

float_fast810:                                    ; preds = %float_check701
  %f812 = getelementptr i8, ptr %v551, i64 16
  %fval813 = load double, ptr %f812, align 8
  %f814 = getelementptr i8, ptr %p696, i64 16
  %fval815 = load double, ptr %f814, align 8
  %fmul816 = fmul double %fval813, %fval815
  %rc818 = load i64, ptr %p696, align 4
  %only819 = icmp eq i64 %rc818, 1
  br i1 %only819, label %fbox_operand820, label %fbox_next821

mixed_check811:                                   ; preds = %float_check701
  %f827 = getelementptr i8, ptr %v551, i64 8
  %p828 = load ptr, ptr %f827, align 8
  %a829 = ptrtoint ptr %p828 to i64
  %eq830 = icmp eq i64 %a829, ptrtoint (ptr @PyFloat_Type to i64)
  %a831 = ptrtoint ptr %p828 to i64
  %eq832 = icmp eq i64 %a831, ptrtoint (ptr @PyLong_Type to i64)
  %f833 = getelementptr i8, ptr %p696, i64 8
  %p834 = load ptr, ptr %f833, align 8
  %a835 = ptrtoint ptr %p834 to i64
  %eq836 = icmp eq i64 %a835, ptrtoint (ptr @PyFloat_Type to i64)
  %a837 = ptrtoint ptr %p834 to i64
  %eq838 = icmp eq i64 %a837, ptrtoint (ptr @PyLong_Type to i64)
  %float_first839 = and i1 %eq830, %eq838
  %int_first840 = and i1 %eq832, %eq836
  %mixed841 = or i1 %float_first839, %int_first840
  br i1 %mixed841, label %mixed842, label %num_slow555, !prof !1

fbox_done817:                                     ; preds = %fbox_next821, %fbox_operand820
  %fbox826 = phi ptr [ %p696, %fbox_operand820 ], [ %c825, %fbox_next821 ]
  br label %num_done554

fbox_operand820:                                  ; preds = %float_fast810
  %f822 = getelementptr i8, ptr %p696, i64 16
  store double %fmul816, ptr %f822, align 8
  %rc823 = load i64, ptr %p696, align 4
  %rc1824 = add i64 %rc823, 1
  store i64 %rc1824, ptr %p696, align 4
  br label %fbox_done817

fbox_next821:                                     ; preds = %float_fast810
  %c825 = call ptr @PyFloat_FromDouble(double %fmul816)
  br label %fbox_done817

mixed842:                                         ; preds = %mixed_check811
  %int_operand843 = select i1 %float_first839, ptr %p696, ptr %v551
  %float_operand844 = select i1 %float_first839, ptr %v551, ptr %p696
  %f845 = getelementptr i8, ptr %int_operand843, i64 16
  %size846 = load i64, ptr %f845, align 4
  %size2847 = add i64 %size846, 2
  %compact848 = icmp ule i64 %size2847, 4
  %f849 = getelementptr i8, ptr %int_operand843, i64 24
  %digit0850 = load i32, ptr %f849, align 4
  %digit0851 = zext i32 %digit0850 to i64
  %f852 = getelementptr i8, ptr %int_operand843, i64 28
  %digit1853 = load i32, ptr %f852, align 4
  %digit1854 = zext i32 %digit1853 to i64
  %negative855 = icmp slt i64 %size846, 0
  %neg_size856 = sub i64 0, %size846
  %ndigits857 = select i1 %negative855, i64 %neg_size856, i64 %size846
  %two858 = icmp eq i64 %ndigits857, 2
  %hi859 = shl i64 %digit1854, 30
  %hi2860 = select i1 %two858, i64 %hi859, i64 0
  %mag861 = add i64 %digit0851, %hi2860
  %zero862 = icmp eq i64 %size846, 0
  %mag0863 = select i1 %zero862, i64 0, i64 %mag861
  %neg_mag864 = sub i64 0, %mag0863
  %ival865 = select i1 %negative855, i64 %neg_mag864, i64 %mag0863
  br i1 %compact848, label %mixed_fast866, label %num_slow555, !prof !1

mixed_fast866:                                    ; preds = %mixed842
  %itof867 = sitofp i64 %ival865 to double
  %f868 = getelementptr i8, ptr %float_operand844, i64 16
  %fval869 = load double, ptr %f868, align 8
  %x870 = select i1 %float_first839, double %fval869, double %itof867
  %y871 = select i1 %float_first839, double %itof867, double %fval869
  %fmul872 = fmul double %x870, %y871
  br label %float_result556

fbox_done874:                                     ; preds = %fbox_next883, %fbox_operand882
  %fbox888 = phi ptr [ %p696, %fbox_operand882 ], [ %c887, %fbox_next883 ]
  br label %num_done554

fbox_operand882:                                  ; preds = %float_result556
  %f884 = getelementptr i8, ptr %p696, i64 16
  store double %fres873, ptr %f884, align 8
  %rc885 = load i64, ptr %p696, align 4
  %rc1886 = add i64 %rc885, 1
  store i64 %rc1886, ptr %p696, align 4
  br label %fbox_done874

fbox_next883:                                     ; preds = %float_result556
  %c887 = call ptr @PyFloat_FromDouble(double %fres873)
  br label %fbox_done874

operator_dunder895:                               ; preds = %num_slow555
  %c898 = call ptr @rjit_binary_dunder(ptr %0, ptr %v551, ptr %p696, i32 5)
  br label %operator_done897

operator_c896:                                    ; preds = %num_slow555
  %c899 = call ptr @PyNumber_Multiply(ptr %v551, ptr %p696)
  br label %operator_done897

operator_done897:                                 ; preds = %operator_c896, %operator_dunder895
  %number900 = phi ptr [ %c898, %operator_dunder895 ], [ %c899, %operator_c896 ]
  br label %num_done554

xdec904:                                          ; preds = %num_done554
  %rc906 = load i64, ptr %v902, align 4
  %rc1907 = sub i64 %rc906, 1
  store i64 %rc1907, ptr %v902, align 4
  %dead908 = icmp eq i64 %rc1907, 0
  br i1 %dead908, label %dealloc909, label %cont910, !prof !0

cont905:                                          ; preds = %cont910, %num_done554
  %isnull914 = icmp eq ptr %res901, null
  br i1 %isnull914, label %error911, label %ok913, !prof !0

dealloc909:                                       ; preds = %xdec904
  call void @_Py_Dealloc(ptr %v902)
  br label %cont910

cont910:                                          ; preds = %dealloc909, %xdec904
  br label %cont905

error911:                                         ; preds = %cont905
  %c912 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c912

ok913:                                            ; preds = %cont905
  store ptr %res901, ptr %s0, align 8
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
