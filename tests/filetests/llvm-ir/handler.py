# test: llvm-ir
def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
# run: f(2)
# run: f(0)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
@PyDict_Type = external global i8
@_Py_TrueStruct = external global i8
@_Py_FalseStruct = external global i8
@PyList_Type = external global i8
@PyTuple_Type = external global i8

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
  %s2 = alloca ptr, align 8
  %f2 = alloca double, align 8
  %n2 = alloca i64, align 8
  %k2 = alloca i8, align 1
  %s3 = alloca ptr, align 8
  %f3 = alloca double, align 8
  %n3 = alloca i64, align 8
  %k3 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f4 = getelementptr i8, ptr %p, i64 184
  %f5 = getelementptr i8, ptr %2, i64 24
  %p6 = load ptr, ptr %f5, align 8
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

i0:                                               ; preds = %u0.link
  %f14 = getelementptr i8, ptr %0, i64 16
  %p15 = load ptr, ptr %f14, align 8
  %f16 = getelementptr i8, ptr %p15, i64 100
  %eval_breaker = load volatile i32, ptr %f16, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u0.eval_breaker, label %u0.cont, !prof !0

i1:                                               ; preds = %u0.cont
  br label %i2

i2:                                               ; preds = %i1
  store i8 2, ptr %k0, align 1
  store double 0.000000e+00, ptr %f0, align 8
  store i64 1, ptr %n0, align 4
  store ptr null, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f20 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f20, align 8
  store ptr %local, ptr %s1, align 8
  br label %i4

i4:                                               ; preds = %i3
  %v = load ptr, ptr %s1, align 8
  %v21 = load ptr, ptr %s0, align 8
  %ukind = load i8, ptr %k0, align 1
  %uf = load double, ptr %f0, align 8
  %ui = load i64, ptr %n0, align 4
  %f22 = getelementptr i8, ptr %f4, i64 8
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u4.view, label %u4.view_not_float, !prof !1

i6:                                               ; preds = %u4.ok
  %v241 = load ptr, ptr %s0, align 8
  %f242 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f242, align 4
  %f243 = getelementptr i8, ptr %f4, i64 12
  %f244 = getelementptr i8, ptr %1, i64 56
  store ptr %f243, ptr %f244, align 8
  %f245 = getelementptr i8, ptr %0, i64 56
  %p246 = load ptr, ptr %f245, align 8
  %f247 = getelementptr i8, ptr %1, i64 48
  %p248 = load ptr, ptr %f247, align 8
  %f249 = getelementptr i8, ptr %p246, i64 8
  store ptr %p248, ptr %f249, align 8
  %f250 = getelementptr i8, ptr %0, i64 32
  %rem251 = load i32, ptr %f250, align 4
  %rem1252 = add i32 %rem251, 1
  store i32 %rem1252, ptr %f250, align 4
  ret ptr %v241

i7:                                               ; preds = %u4.unwind_compiled
  %v253 = load ptr, ptr %s0, align 8
  %f254 = getelementptr i8, ptr %1, i64 80
  store ptr %v253, ptr %f254, align 8
  %f255 = getelementptr i8, ptr %f4, i64 14
  %f256 = getelementptr i8, ptr %1, i64 56
  store ptr %f255, ptr %f256, align 8
  %f257 = getelementptr i8, ptr %1, i64 80
  %c258 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f257, i32 0)
  br label %u7.ok

i8:                                               ; preds = %u7.ok
  %f262 = getelementptr i8, ptr %p6, i64 0
  %f263 = getelementptr i8, ptr %f4, i64 16
  %f264 = getelementptr i8, ptr %1, i64 56
  store ptr %f263, ptr %f264, align 8
  %f265 = getelementptr i8, ptr %1, i64 8
  %p266 = load ptr, ptr %f265, align 8
  %f267 = getelementptr i8, ptr %p266, i64 8
  %p268 = load ptr, ptr %f267, align 8
  %a269 = ptrtoint ptr %p268 to i64
  %eq270 = icmp eq i64 %a269, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq270, label %u8.globals_dict, label %u8.global_miss, !prof !1

i14:                                              ; preds = %u8.global_done
  %v318 = load ptr, ptr %s1, align 8
  %f319 = getelementptr i8, ptr %1, i64 88
  store ptr %v318, ptr %f319, align 8
  %v320 = load ptr, ptr %s2, align 8
  %f321 = getelementptr i8, ptr %1, i64 96
  store ptr %v320, ptr %f321, align 8
  %f322 = getelementptr i8, ptr %f4, i64 28
  %f323 = getelementptr i8, ptr %1, i64 56
  store ptr %f322, ptr %f323, align 8
  %f324 = getelementptr i8, ptr %1, i64 88
  %c325 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f324, i32 0)
  %failed = icmp slt i32 %c325, 0
  br i1 %failed, label %u14.unwind, label %u14.ok

i15:                                              ; preds = %u14.ok
  %v350 = load ptr, ptr %s2, align 8
  %a351 = ptrtoint ptr %v350 to i64
  %eq352 = icmp eq i64 %a351, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq352, label %u15.fast_bool, label %u15.chk_false

i16:                                              ; preds = %u15.truth
  %v401 = load ptr, ptr %s1, align 8
  %isnull402 = icmp eq ptr %v401, null
  br i1 %isnull402, label %u16.cont, label %u16.xdec

i17:                                              ; preds = %u16.cont
  %v409 = load ptr, ptr %s0, align 8
  %f410 = getelementptr i8, ptr %1, i64 80
  store ptr %v409, ptr %f410, align 8
  %f411 = getelementptr i8, ptr %f4, i64 34
  %f412 = getelementptr i8, ptr %1, i64 56
  store ptr %f411, ptr %f412, align 8
  %f413 = getelementptr i8, ptr %1, i64 80
  %c414 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f413, i32 0)
  br label %u17.ok

i18:                                              ; preds = %u17.ok
  %f415 = getelementptr i8, ptr %2, i64 0
  %p416 = load ptr, ptr %f415, align 8
  %rc417 = load i64, ptr %p416, align 4
  %rc1418 = add i64 %rc417, 1
  store i64 %rc1418, ptr %p416, align 4
  store ptr %p416, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v419 = load ptr, ptr %s0, align 8
  %f420 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f420, align 4
  %f421 = getelementptr i8, ptr %f4, i64 38
  %f422 = getelementptr i8, ptr %1, i64 56
  store ptr %f421, ptr %f422, align 8
  %f423 = getelementptr i8, ptr %0, i64 56
  %p424 = load ptr, ptr %f423, align 8
  %f425 = getelementptr i8, ptr %1, i64 48
  %p426 = load ptr, ptr %f425, align 8
  %f427 = getelementptr i8, ptr %p424, i64 8
  store ptr %p426, ptr %f427, align 8
  %f428 = getelementptr i8, ptr %0, i64 32
  %rem429 = load i32, ptr %f428, align 4
  %rem1430 = add i32 %rem429, 1
  store i32 %rem1430, ptr %f428, align 4
  ret ptr %v419

i20:                                              ; preds = %u15.truth
  %v431 = load ptr, ptr %s1, align 8
  %f432 = getelementptr i8, ptr %1, i64 88
  store ptr %v431, ptr %f432, align 8
  %f433 = getelementptr i8, ptr %f4, i64 40
  %f434 = getelementptr i8, ptr %1, i64 56
  store ptr %f433, ptr %f434, align 8
  %f435 = getelementptr i8, ptr %1, i64 88
  %c436 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f435, i32 0)
  %failed451 = icmp slt i32 %c436, 0
  br i1 %failed451, label %u20.unwind, label %u20.not_error

i21:                                              ; preds = %u20.unwind452, %u20.unwind_compiled, %u15.cont386, %u14.cont, %u8.cont
  %v455 = load ptr, ptr %s0, align 8
  %rc456 = load i64, ptr %v455, align 4
  %rc1457 = add i64 %rc456, 1
  store i64 %rc1457, ptr %v455, align 4
  store ptr %v455, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v458 = load ptr, ptr %s3, align 8
  %f459 = getelementptr i8, ptr %1, i64 104
  store ptr %v458, ptr %f459, align 8
  %f460 = getelementptr i8, ptr %f4, i64 44
  %f461 = getelementptr i8, ptr %1, i64 56
  store ptr %f460, ptr %f461, align 8
  %f462 = getelementptr i8, ptr %1, i64 104
  %c463 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f462, i32 0)
  br label %u22.ok

i23:                                              ; preds = %u22.ok
  %f471 = getelementptr i8, ptr %0, i64 56
  %p472 = load ptr, ptr %f471, align 8
  %f473 = getelementptr i8, ptr %p472, i64 0
  %use_tracing474 = load i8, ptr %f473, align 1
  %tracing475 = icmp ne i8 %use_tracing474, 0
  br i1 %tracing475, label %u23.deopt, label %u23.not_tracing

u0.recursion_check:                               ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %entry
  %f8 = getelementptr i8, ptr %0, i64 56
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %p9, i64 8
  %p11 = load ptr, ptr %f10, align 8
  %f12 = getelementptr i8, ptr %1, i64 48
  store ptr %p11, ptr %f12, align 8
  %f13 = getelementptr i8, ptr %p9, i64 8
  store ptr %1, ptr %f13, align 8
  br label %i0

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.eval_breaker:                                  ; preds = %i0
  %c17 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c17, label %u0.deopt [
    i32 0, label %u0.cont
    i32 -1, label %u0.error
  ]

u0.cont:                                          ; preds = %u0.eval_breaker, %i0
  br label %i1

u0.deopt:                                         ; preds = %u0.eval_breaker
  %c18 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c18

u0.error:                                         ; preds = %u0.eval_breaker
  %c19 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c19

u4.num_done:                                      ; preds = %u4.operator_done, %u4.fbox_done210, %u4.fbox_done163, %u4.fbox_done79, %u4.fbox_done
  %res = phi ptr [ %fbox, %u4.fbox_done ], [ %fbox81, %u4.fbox_done79 ], [ %fbox169, %u4.fbox_done163 ], [ %fbox223, %u4.fbox_done210 ], [ %number, %u4.operator_done ]
  %v229 = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v229, null
  br i1 %isnull, label %u4.cont, label %u4.xdec

u4.num_slow:                                      ; preds = %u4.int_value191, %u4.int_two_digits190, %u4.mixed_check, %u4.float_fast, %u4.divisor_ok137, %u4.int_value123, %u4.int_two_digits122, %u4.int_two_digits100, %u4.box_operands
  %f224 = getelementptr i8, ptr %p83, i64 8
  %p225 = load ptr, ptr %f224, align 8
  %f226 = getelementptr i8, ptr %p225, i64 168
  %i = load i64, ptr %f226, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u4.operator_dunder, label %u4.operator_c

u4.float_result:                                  ; preds = %u4.fdiv208, %u4.itruediv143
  %fres = phi double [ %q146, %u4.itruediv143 ], [ %fdiv209, %u4.fdiv208 ]
  %rc211 = load i64, ptr %p83, align 4
  %only212 = icmp eq i64 %rc211, 1
  %f213 = getelementptr i8, ptr %p83, i64 8
  %p214 = load ptr, ptr %f213, align 8
  %a215 = ptrtoint ptr %p214 to i64
  %eq216 = icmp eq i64 %a215, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only212, %eq216
  br i1 %only_float, label %u4.fbox_operand217, label %u4.fbox_next218

u4.box_operands:                                  ; preds = %u4.unboxed_floats, %u4.divisor_ok, %u4.unboxed_ints, %u4.int_two_digits54, %u4.view_long40, %u4.int_two_digits, %u4.view_long, %u4.view_int
  %f82 = getelementptr i8, ptr %2, i64 8
  %p83 = load ptr, ptr %f82, align 8
  %rc = load i64, ptr %p83, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p83, align 4
  store ptr %p83, ptr %s0, align 8
  br label %u4.num_slow

u4.view:                                          ; preds = %u4.int_value, %u4.view_float, %u4.view_compact, %i4
  %vkind = phi i8 [ 1, %i4 ], [ 2, %u4.view_compact ], [ 1, %u4.view_float ], [ 2, %u4.int_value ]
  %vf = phi double [ %uf, %i4 ], [ 0.000000e+00, %u4.view_compact ], [ %fval, %u4.view_float ], [ 0.000000e+00, %u4.int_value ]
  %vi = phi i64 [ 0, %i4 ], [ %ui, %u4.view_compact ], [ 0, %u4.view_float ], [ %ival, %u4.int_value ]
  %f35 = getelementptr i8, ptr %v, i64 8
  %p36 = load ptr, ptr %f35, align 8
  %a37 = ptrtoint ptr %p36 to i64
  %eq38 = icmp eq i64 %a37, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq38, label %u4.view_float39, label %u4.view_long40

u4.view_not_float:                                ; preds = %i4
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u4.view_int, label %u4.view_object

u4.view_int:                                      ; preds = %u4.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact, label %u4.view_compact, label %u4.box_operands, !prof !1

u4.view_object:                                   ; preds = %u4.view_not_float
  %f24 = getelementptr i8, ptr %v21, i64 8
  %p25 = load ptr, ptr %f24, align 8
  %a = ptrtoint ptr %p25 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u4.view_float, label %u4.view_long

u4.view_compact:                                  ; preds = %u4.view_int
  br label %u4.view

u4.view_float:                                    ; preds = %u4.view_object
  %f26 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f26, align 8
  br label %u4.view

u4.view_long:                                     ; preds = %u4.view_object
  %a27 = ptrtoint ptr %p25 to i64
  %eq28 = icmp eq i64 %a27, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq28, label %u4.view_is_int, label %u4.box_operands, !prof !1

u4.view_is_int:                                   ; preds = %u4.view_long
  %f29 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f29, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f30 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f30, align 4
  %digit031 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit031
  br i1 %one_digit, label %u4.int_value, label %u4.int_two_digits, !prof !1

u4.int_two_digits:                                ; preds = %u4.view_is_int
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u4.two_digit_int, label %u4.box_operands, !prof !1

u4.int_value:                                     ; preds = %u4.two_digit_int, %u4.view_is_int
  %ival = phi i64 [ %ival1, %u4.view_is_int ], [ %ival2, %u4.two_digit_int ]
  br label %u4.view

u4.two_digit_int:                                 ; preds = %u4.int_two_digits
  %f32 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f32, align 4
  %digit133 = zext i32 %digit1 to i64
  %hi = shl i64 %digit133, 30
  %mag = add i64 %digit031, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u4.int_value

u4.view34:                                        ; preds = %u4.int_value55, %u4.view_float39
  %vkind68 = phi i8 [ 1, %u4.view_float39 ], [ 2, %u4.int_value55 ]
  %vf69 = phi double [ %fval42, %u4.view_float39 ], [ 0.000000e+00, %u4.int_value55 ]
  %vi70 = phi i64 [ 0, %u4.view_float39 ], [ %ival67, %u4.int_value55 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind68, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u4.unboxed_ints, label %u4.unboxed_floats

u4.view_float39:                                  ; preds = %u4.view
  %f41 = getelementptr i8, ptr %v, i64 16
  %fval42 = load double, ptr %f41, align 8
  br label %u4.view34

u4.view_long40:                                   ; preds = %u4.view
  %a43 = ptrtoint ptr %p36 to i64
  %eq44 = icmp eq i64 %a43, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq44, label %u4.view_is_int45, label %u4.box_operands, !prof !1

u4.view_is_int45:                                 ; preds = %u4.view_long40
  %f46 = getelementptr i8, ptr %v, i64 16
  %size47 = load i64, ptr %f46, align 4
  %size148 = add i64 %size47, 1
  %one_digit49 = icmp ule i64 %size148, 2
  %f50 = getelementptr i8, ptr %v, i64 24
  %digit051 = load i32, ptr %f50, align 4
  %digit052 = zext i32 %digit051 to i64
  %ival153 = mul i64 %size47, %digit052
  br i1 %one_digit49, label %u4.int_value55, label %u4.int_two_digits54, !prof !1

u4.int_two_digits54:                              ; preds = %u4.view_is_int45
  %size256 = add i64 %size47, 2
  %two_digits57 = icmp ule i64 %size256, 4
  br i1 %two_digits57, label %u4.two_digit_int58, label %u4.box_operands, !prof !1

u4.int_value55:                                   ; preds = %u4.two_digit_int58, %u4.view_is_int45
  %ival67 = phi i64 [ %ival153, %u4.view_is_int45 ], [ %ival266, %u4.two_digit_int58 ]
  br label %u4.view34

u4.two_digit_int58:                               ; preds = %u4.int_two_digits54
  %f59 = getelementptr i8, ptr %v, i64 28
  %digit160 = load i32, ptr %f59, align 4
  %digit161 = zext i32 %digit160 to i64
  %hi62 = shl i64 %digit161, 30
  %mag63 = add i64 %digit052, %hi62
  %negative64 = icmp slt i64 %size47, 0
  %neg_mag65 = sub i64 0, %mag63
  %ival266 = select i1 %negative64, i64 %neg_mag65, i64 %mag63
  br label %u4.int_value55

u4.unboxed_ints:                                  ; preds = %u4.view34
  %nz = icmp ne i64 %vi70, 0
  br i1 %nz, label %u4.divisor_ok, label %u4.box_operands, !prof !1

u4.unboxed_floats:                                ; preds = %u4.view34
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof76 = sitofp i64 %vi70 to double
  %view_f77 = select i1 %rint, double %itof76, double %vf69
  %nz78 = fcmp une double %view_f77, 0.000000e+00
  br i1 %nz78, label %u4.fdiv, label %u4.box_operands

u4.divisor_ok:                                    ; preds = %u4.unboxed_ints
  %bias71 = add i64 %vi, 9007199254740992
  %exact = icmp ule i64 %bias71, 18014398509481984
  %bias72 = add i64 %vi70, 9007199254740992
  %exact73 = icmp ule i64 %bias72, 18014398509481984
  %exact74 = and i1 %exact, %exact73
  br i1 %exact74, label %u4.itruediv, label %u4.box_operands, !prof !1

u4.itruediv:                                      ; preds = %u4.divisor_ok
  %fx = sitofp i64 %vi to double
  %fy = sitofp i64 %vi70 to double
  %q = fdiv double %fx, %fy
  %c75 = call ptr @PyFloat_FromDouble(double %q)
  br label %u4.fbox_done

u4.fbox_done:                                     ; preds = %u4.itruediv
  %fbox = phi ptr [ %c75, %u4.itruediv ]
  br label %u4.num_done

u4.fdiv:                                          ; preds = %u4.unboxed_floats
  %fdiv = fdiv double %view_f, %view_f77
  %c80 = call ptr @PyFloat_FromDouble(double %fdiv)
  br label %u4.fbox_done79

u4.fbox_done79:                                   ; preds = %u4.fdiv
  %fbox81 = phi ptr [ %c80, %u4.fdiv ]
  br label %u4.num_done

u4.boxed_paths_unused:                            ; No predecessors!
  %f84 = getelementptr i8, ptr %p83, i64 8
  %p85 = load ptr, ptr %f84, align 8
  %f86 = getelementptr i8, ptr %v, i64 8
  %p87 = load ptr, ptr %f86, align 8
  %a88 = ptrtoint ptr %p85 to i64
  %eq89 = icmp eq i64 %a88, ptrtoint (ptr @PyLong_Type to i64)
  %a90 = ptrtoint ptr %p87 to i64
  %eq91 = icmp eq i64 %a90, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq89, %eq91
  br i1 %both, label %u4.int_test, label %u4.float_check

u4.int_test:                                      ; preds = %u4.boxed_paths_unused
  %f92 = getelementptr i8, ptr %p83, i64 16
  %size93 = load i64, ptr %f92, align 4
  %size194 = add i64 %size93, 1
  %one_digit95 = icmp ule i64 %size194, 2
  %f96 = getelementptr i8, ptr %p83, i64 24
  %digit097 = load i32, ptr %f96, align 4
  %digit098 = zext i32 %digit097 to i64
  %ival199 = mul i64 %size93, %digit098
  br i1 %one_digit95, label %u4.int_value101, label %u4.int_two_digits100, !prof !1

u4.float_check:                                   ; preds = %u4.boxed_paths_unused
  %f147 = getelementptr i8, ptr %p83, i64 8
  %p148 = load ptr, ptr %f147, align 8
  %f149 = getelementptr i8, ptr %v, i64 8
  %p150 = load ptr, ptr %f149, align 8
  %a151 = ptrtoint ptr %p148 to i64
  %eq152 = icmp eq i64 %a151, ptrtoint (ptr @PyFloat_Type to i64)
  %a153 = ptrtoint ptr %p150 to i64
  %eq154 = icmp eq i64 %a153, ptrtoint (ptr @PyFloat_Type to i64)
  %both155 = and i1 %eq152, %eq154
  br i1 %both155, label %u4.float_fast, label %u4.mixed_check, !prof !1

u4.int_two_digits100:                             ; preds = %u4.int_test
  %size2102 = add i64 %size93, 2
  %two_digits103 = icmp ule i64 %size2102, 4
  br i1 %two_digits103, label %u4.two_digit_int104, label %u4.num_slow, !prof !1

u4.int_value101:                                  ; preds = %u4.two_digit_int104, %u4.int_test
  %ival113 = phi i64 [ %ival199, %u4.int_test ], [ %ival2112, %u4.two_digit_int104 ]
  %f114 = getelementptr i8, ptr %v, i64 16
  %size115 = load i64, ptr %f114, align 4
  %size1116 = add i64 %size115, 1
  %one_digit117 = icmp ule i64 %size1116, 2
  %f118 = getelementptr i8, ptr %v, i64 24
  %digit0119 = load i32, ptr %f118, align 4
  %digit0120 = zext i32 %digit0119 to i64
  %ival1121 = mul i64 %size115, %digit0120
  br i1 %one_digit117, label %u4.int_value123, label %u4.int_two_digits122, !prof !1

u4.two_digit_int104:                              ; preds = %u4.int_two_digits100
  %f105 = getelementptr i8, ptr %p83, i64 28
  %digit1106 = load i32, ptr %f105, align 4
  %digit1107 = zext i32 %digit1106 to i64
  %hi108 = shl i64 %digit1107, 30
  %mag109 = add i64 %digit098, %hi108
  %negative110 = icmp slt i64 %size93, 0
  %neg_mag111 = sub i64 0, %mag109
  %ival2112 = select i1 %negative110, i64 %neg_mag111, i64 %mag109
  br label %u4.int_value101

u4.int_two_digits122:                             ; preds = %u4.int_value101
  %size2124 = add i64 %size115, 2
  %two_digits125 = icmp ule i64 %size2124, 4
  br i1 %two_digits125, label %u4.two_digit_int126, label %u4.num_slow, !prof !1

u4.int_value123:                                  ; preds = %u4.two_digit_int126, %u4.int_value101
  %ival135 = phi i64 [ %ival1121, %u4.int_value101 ], [ %ival2134, %u4.two_digit_int126 ]
  %nz136 = icmp ne i64 %ival135, 0
  br i1 %nz136, label %u4.divisor_ok137, label %u4.num_slow, !prof !1

u4.two_digit_int126:                              ; preds = %u4.int_two_digits122
  %f127 = getelementptr i8, ptr %v, i64 28
  %digit1128 = load i32, ptr %f127, align 4
  %digit1129 = zext i32 %digit1128 to i64
  %hi130 = shl i64 %digit1129, 30
  %mag131 = add i64 %digit0120, %hi130
  %negative132 = icmp slt i64 %size115, 0
  %neg_mag133 = sub i64 0, %mag131
  %ival2134 = select i1 %negative132, i64 %neg_mag133, i64 %mag131
  br label %u4.int_value123

u4.divisor_ok137:                                 ; preds = %u4.int_value123
  %bias138 = add i64 %ival113, 9007199254740992
  %exact139 = icmp ule i64 %bias138, 18014398509481984
  %bias140 = add i64 %ival135, 9007199254740992
  %exact141 = icmp ule i64 %bias140, 18014398509481984
  %exact142 = and i1 %exact139, %exact141
  br i1 %exact142, label %u4.itruediv143, label %u4.num_slow, !prof !1

u4.itruediv143:                                   ; preds = %u4.divisor_ok137
  %fx144 = sitofp i64 %ival113 to double
  %fy145 = sitofp i64 %ival135 to double
  %q146 = fdiv double %fx144, %fy145
  br label %u4.float_result

u4.float_fast:                                    ; preds = %u4.float_check
  %f156 = getelementptr i8, ptr %p83, i64 16
  %fval157 = load double, ptr %f156, align 8
  %f158 = getelementptr i8, ptr %v, i64 16
  %fval159 = load double, ptr %f158, align 8
  %nz160 = fcmp une double %fval159, 0.000000e+00
  br i1 %nz160, label %u4.fdiv161, label %u4.num_slow

u4.mixed_check:                                   ; preds = %u4.float_check
  %f170 = getelementptr i8, ptr %p83, i64 8
  %p171 = load ptr, ptr %f170, align 8
  %a172 = ptrtoint ptr %p171 to i64
  %eq173 = icmp eq i64 %a172, ptrtoint (ptr @PyFloat_Type to i64)
  %a174 = ptrtoint ptr %p171 to i64
  %eq175 = icmp eq i64 %a174, ptrtoint (ptr @PyLong_Type to i64)
  %f176 = getelementptr i8, ptr %v, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %a178 = ptrtoint ptr %p177 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyFloat_Type to i64)
  %a180 = ptrtoint ptr %p177 to i64
  %eq181 = icmp eq i64 %a180, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq173, %eq181
  %int_first = and i1 %eq175, %eq179
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u4.mixed, label %u4.num_slow, !prof !1

u4.fdiv161:                                       ; preds = %u4.float_fast
  %fdiv162 = fdiv double %fval157, %fval159
  %rc164 = load i64, ptr %p83, align 4
  %only = icmp eq i64 %rc164, 1
  br i1 %only, label %u4.fbox_operand, label %u4.fbox_next

u4.fbox_done163:                                  ; preds = %u4.fbox_next, %u4.fbox_operand
  %fbox169 = phi ptr [ %p83, %u4.fbox_operand ], [ %c168, %u4.fbox_next ]
  br label %u4.num_done

u4.fbox_operand:                                  ; preds = %u4.fdiv161
  %f165 = getelementptr i8, ptr %p83, i64 16
  store double %fdiv162, ptr %f165, align 8
  %rc166 = load i64, ptr %p83, align 4
  %rc1167 = add i64 %rc166, 1
  store i64 %rc1167, ptr %p83, align 4
  br label %u4.fbox_done163

u4.fbox_next:                                     ; preds = %u4.fdiv161
  %c168 = call ptr @PyFloat_FromDouble(double %fdiv162)
  br label %u4.fbox_done163

u4.mixed:                                         ; preds = %u4.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %p83
  %float_operand = select i1 %float_first, ptr %p83, ptr %v
  %f182 = getelementptr i8, ptr %int_operand, i64 16
  %size183 = load i64, ptr %f182, align 4
  %size1184 = add i64 %size183, 1
  %one_digit185 = icmp ule i64 %size1184, 2
  %f186 = getelementptr i8, ptr %int_operand, i64 24
  %digit0187 = load i32, ptr %f186, align 4
  %digit0188 = zext i32 %digit0187 to i64
  %ival1189 = mul i64 %size183, %digit0188
  br i1 %one_digit185, label %u4.int_value191, label %u4.int_two_digits190, !prof !1

u4.int_two_digits190:                             ; preds = %u4.mixed
  %size2192 = add i64 %size183, 2
  %two_digits193 = icmp ule i64 %size2192, 4
  br i1 %two_digits193, label %u4.two_digit_int194, label %u4.num_slow, !prof !1

u4.int_value191:                                  ; preds = %u4.two_digit_int194, %u4.mixed
  %ival203 = phi i64 [ %ival1189, %u4.mixed ], [ %ival2202, %u4.two_digit_int194 ]
  %itof204 = sitofp i64 %ival203 to double
  %f205 = getelementptr i8, ptr %float_operand, i64 16
  %fval206 = load double, ptr %f205, align 8
  %x = select i1 %float_first, double %fval206, double %itof204
  %y = select i1 %float_first, double %itof204, double %fval206
  %nz207 = fcmp une double %y, 0.000000e+00
  br i1 %nz207, label %u4.fdiv208, label %u4.num_slow

u4.two_digit_int194:                              ; preds = %u4.int_two_digits190
  %f195 = getelementptr i8, ptr %int_operand, i64 28
  %digit1196 = load i32, ptr %f195, align 4
  %digit1197 = zext i32 %digit1196 to i64
  %hi198 = shl i64 %digit1197, 30
  %mag199 = add i64 %digit0188, %hi198
  %negative200 = icmp slt i64 %size183, 0
  %neg_mag201 = sub i64 0, %mag199
  %ival2202 = select i1 %negative200, i64 %neg_mag201, i64 %mag199
  br label %u4.int_value191

u4.fdiv208:                                       ; preds = %u4.int_value191
  %fdiv209 = fdiv double %x, %y
  br label %u4.float_result

u4.fbox_done210:                                  ; preds = %u4.fbox_next218, %u4.fbox_operand217
  %fbox223 = phi ptr [ %p83, %u4.fbox_operand217 ], [ %c222, %u4.fbox_next218 ]
  br label %u4.num_done

u4.fbox_operand217:                               ; preds = %u4.float_result
  %f219 = getelementptr i8, ptr %p83, i64 16
  store double %fres, ptr %f219, align 8
  %rc220 = load i64, ptr %p83, align 4
  %rc1221 = add i64 %rc220, 1
  store i64 %rc1221, ptr %p83, align 4
  br label %u4.fbox_done210

u4.fbox_next218:                                  ; preds = %u4.float_result
  %c222 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u4.fbox_done210

u4.operator_dunder:                               ; preds = %u4.num_slow
  %c227 = call ptr @rjit_binary_dunder(ptr %0, ptr %p83, ptr %v, i32 11)
  br label %u4.operator_done

u4.operator_c:                                    ; preds = %u4.num_slow
  %c228 = call ptr @PyNumber_TrueDivide(ptr %p83, ptr %v)
  br label %u4.operator_done

u4.operator_done:                                 ; preds = %u4.operator_c, %u4.operator_dunder
  %number = phi ptr [ %c227, %u4.operator_dunder ], [ %c228, %u4.operator_c ]
  br label %u4.num_done

u4.xdec:                                          ; preds = %u4.num_done
  %rc230 = load i64, ptr %v229, align 4
  %rc1231 = sub i64 %rc230, 1
  store i64 %rc1231, ptr %v229, align 4
  %dead = icmp eq i64 %rc1231, 0
  br i1 %dead, label %u4.dealloc, label %u4.cont232, !prof !0

u4.cont:                                          ; preds = %u4.cont232, %u4.num_done
  %isnull240 = icmp eq ptr %res, null
  br i1 %isnull240, label %u4.unwind, label %u4.ok, !prof !0

u4.dealloc:                                       ; preds = %u4.xdec
  call void @_Py_Dealloc(ptr %v229)
  br label %u4.cont232

u4.cont232:                                       ; preds = %u4.dealloc, %u4.xdec
  br label %u4.cont

u4.unwind:                                        ; preds = %u4.cont
  call void @rjit_traceback_here(ptr %0)
  %f233 = getelementptr i8, ptr %0, i64 56
  %p234 = load ptr, ptr %f233, align 8
  %f235 = getelementptr i8, ptr %p234, i64 0
  %use_tracing = load i8, ptr %f235, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %u4.trace_exception, label %u4.unwind_compiled

u4.trace_exception:                               ; preds = %u4.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u4.unwind_compiled

u4.unwind_compiled:                               ; preds = %u4.trace_exception, %u4.unwind
  %c236 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c236, ptr %s0, align 8
  br i1 %tracing, label %u4.deopt, label %i7

u4.deopt:                                         ; preds = %u4.unwind_compiled
  %v237 = load ptr, ptr %s0, align 8
  %f238 = getelementptr i8, ptr %1, i64 80
  store ptr %v237, ptr %f238, align 8
  %c239 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c239

u4.ok:                                            ; preds = %u4.cont
  store ptr %res, ptr %s0, align 8
  br label %i6

u7.ok:                                            ; preds = %i7
  %f259 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f259, align 8
  store ptr %r, ptr %s0, align 8
  %f260 = getelementptr i8, ptr %1, i64 88
  %r261 = load ptr, ptr %f260, align 8
  store ptr %r261, ptr %s1, align 8
  br label %i8

u8.global_miss:                                   ; preds = %u8.global_hit, %u8.builtins_dict, %u8.in_builtins, %u8.globals_dict, %i8
  %f293 = getelementptr i8, ptr %2, i64 16
  %p294 = load ptr, ptr %f293, align 8
  %c295 = call ptr @rjit_load_global(ptr %1, ptr %p294, ptr %f262)
  %isnull316 = icmp eq ptr %c295, null
  br i1 %isnull316, label %u8.unwind, label %u8.ok, !prof !0

u8.global_done:                                   ; preds = %u8.ok, %u8.entry_value
  %global317 = phi ptr [ %global, %u8.entry_value ], [ %c295, %u8.ok ]
  store ptr %global317, ptr %s2, align 8
  br label %i14

u8.globals_dict:                                  ; preds = %i8
  %f271 = getelementptr i8, ptr %p266, i64 32
  %p272 = load ptr, ptr %f271, align 8
  %f273 = getelementptr i8, ptr %p272, i64 8
  %i274 = load i64, ptr %f273, align 4
  %f275 = getelementptr i8, ptr %f262, i64 0
  %i276 = load i64, ptr %f275, align 4
  %globals_version = icmp eq i64 %i274, %i276
  br i1 %globals_version, label %u8.globals_version, label %u8.global_miss, !prof !1

u8.globals_version:                               ; preds = %u8.globals_dict
  %f277 = getelementptr i8, ptr %f262, i64 8
  %i278 = load i64, ptr %f277, align 4
  %f279 = getelementptr i8, ptr %f262, i64 16
  %i280 = load i64, ptr %f279, align 4
  %from_globals = icmp eq i64 %i280, 0
  br i1 %from_globals, label %u8.global_hit, label %u8.in_builtins

u8.in_builtins:                                   ; preds = %u8.globals_version
  %f281 = getelementptr i8, ptr %1, i64 16
  %p282 = load ptr, ptr %f281, align 8
  %f283 = getelementptr i8, ptr %p282, i64 8
  %p284 = load ptr, ptr %f283, align 8
  %a285 = ptrtoint ptr %p284 to i64
  %eq286 = icmp eq i64 %a285, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq286, label %u8.builtins_dict, label %u8.global_miss, !prof !1

u8.global_hit:                                    ; preds = %u8.builtins_version, %u8.globals_version
  %keys = phi ptr [ %p272, %u8.globals_version ], [ %p288, %u8.builtins_version ]
  %value_at = add i64 %i278, 8
  %fd = getelementptr i8, ptr %keys, i64 %value_at
  %global = load ptr, ptr %fd, align 8
  %present = icmp ne ptr %global, null
  br i1 %present, label %u8.entry_value, label %u8.global_miss, !prof !1

u8.builtins_dict:                                 ; preds = %u8.in_builtins
  %f287 = getelementptr i8, ptr %p282, i64 32
  %p288 = load ptr, ptr %f287, align 8
  %f289 = getelementptr i8, ptr %p288, i64 8
  %i290 = load i64, ptr %f289, align 4
  %builtins_version = icmp eq i64 %i290, %i280
  br i1 %builtins_version, label %u8.builtins_version, label %u8.global_miss, !prof !1

u8.builtins_version:                              ; preds = %u8.builtins_dict
  br label %u8.global_hit

u8.entry_value:                                   ; preds = %u8.global_hit
  %rc291 = load i64, ptr %global, align 4
  %rc1292 = add i64 %rc291, 1
  store i64 %rc1292, ptr %global, align 4
  br label %u8.global_done

u8.unwind:                                        ; preds = %u8.global_miss
  call void @rjit_traceback_here(ptr %0)
  %f296 = getelementptr i8, ptr %0, i64 56
  %p297 = load ptr, ptr %f296, align 8
  %f298 = getelementptr i8, ptr %p297, i64 0
  %use_tracing299 = load i8, ptr %f298, align 1
  %tracing300 = icmp ne i8 %use_tracing299, 0
  br i1 %tracing300, label %u8.trace_exception, label %u8.unwind_compiled

u8.trace_exception:                               ; preds = %u8.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u8.unwind_compiled

u8.unwind_compiled:                               ; preds = %u8.trace_exception, %u8.unwind
  %v301 = load ptr, ptr %s1, align 8
  %isnull302 = icmp eq ptr %v301, null
  br i1 %isnull302, label %u8.cont, label %u8.xdec

u8.xdec:                                          ; preds = %u8.unwind_compiled
  %rc303 = load i64, ptr %v301, align 4
  %rc1304 = sub i64 %rc303, 1
  store i64 %rc1304, ptr %v301, align 4
  %dead305 = icmp eq i64 %rc1304, 0
  br i1 %dead305, label %u8.dealloc, label %u8.cont306, !prof !0

u8.cont:                                          ; preds = %u8.cont306, %u8.unwind_compiled
  %c307 = call ptr @rjit_lasti(ptr %1)
  store ptr %c307, ptr %s1, align 8
  %c308 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c308, ptr %s2, align 8
  br i1 %tracing300, label %u8.deopt, label %i21

u8.dealloc:                                       ; preds = %u8.xdec
  call void @_Py_Dealloc(ptr %v301)
  br label %u8.cont306

u8.cont306:                                       ; preds = %u8.dealloc, %u8.xdec
  br label %u8.cont

u8.deopt:                                         ; preds = %u8.cont
  %v309 = load ptr, ptr %s0, align 8
  %f310 = getelementptr i8, ptr %1, i64 80
  store ptr %v309, ptr %f310, align 8
  %v311 = load ptr, ptr %s1, align 8
  %f312 = getelementptr i8, ptr %1, i64 88
  store ptr %v311, ptr %f312, align 8
  %v313 = load ptr, ptr %s2, align 8
  %f314 = getelementptr i8, ptr %1, i64 96
  store ptr %v313, ptr %f314, align 8
  %c315 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c315

u8.ok:                                            ; preds = %u8.global_miss
  br label %u8.global_done

u14.ok:                                           ; preds = %i14
  %f346 = getelementptr i8, ptr %1, i64 88
  %r347 = load ptr, ptr %f346, align 8
  store ptr %r347, ptr %s1, align 8
  %f348 = getelementptr i8, ptr %1, i64 96
  %r349 = load ptr, ptr %f348, align 8
  store ptr %r349, ptr %s2, align 8
  br label %i15

u14.unwind:                                       ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f326 = getelementptr i8, ptr %0, i64 56
  %p327 = load ptr, ptr %f326, align 8
  %f328 = getelementptr i8, ptr %p327, i64 0
  %use_tracing329 = load i8, ptr %f328, align 1
  %tracing330 = icmp ne i8 %use_tracing329, 0
  br i1 %tracing330, label %u14.trace_exception, label %u14.unwind_compiled

u14.trace_exception:                              ; preds = %u14.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u14.unwind_compiled

u14.unwind_compiled:                              ; preds = %u14.trace_exception, %u14.unwind
  %v331 = load ptr, ptr %s1, align 8
  %isnull332 = icmp eq ptr %v331, null
  br i1 %isnull332, label %u14.cont, label %u14.xdec

u14.xdec:                                         ; preds = %u14.unwind_compiled
  %rc333 = load i64, ptr %v331, align 4
  %rc1334 = sub i64 %rc333, 1
  store i64 %rc1334, ptr %v331, align 4
  %dead335 = icmp eq i64 %rc1334, 0
  br i1 %dead335, label %u14.dealloc, label %u14.cont336, !prof !0

u14.cont:                                         ; preds = %u14.cont336, %u14.unwind_compiled
  %c337 = call ptr @rjit_lasti(ptr %1)
  store ptr %c337, ptr %s1, align 8
  %c338 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c338, ptr %s2, align 8
  br i1 %tracing330, label %u14.deopt, label %i21

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v331)
  br label %u14.cont336

u14.cont336:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.deopt:                                        ; preds = %u14.cont
  %v339 = load ptr, ptr %s0, align 8
  %f340 = getelementptr i8, ptr %1, i64 80
  store ptr %v339, ptr %f340, align 8
  %v341 = load ptr, ptr %s1, align 8
  %f342 = getelementptr i8, ptr %1, i64 88
  store ptr %v341, ptr %f342, align 8
  %v343 = load ptr, ptr %s2, align 8
  %f344 = getelementptr i8, ptr %1, i64 96
  store ptr %v343, ptr %f344, align 8
  %c345 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c345

u15.chk_false:                                    ; preds = %i15
  %a353 = ptrtoint ptr %v350 to i64
  %eq354 = icmp eq i64 %a353, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq354, label %u15.fast_bool, label %u15.is_true

u15.fast_bool:                                    ; preds = %u15.chk_false, %i15
  %rc355 = load i64, ptr %v350, align 4
  %rc1356 = sub i64 %rc355, 1
  store i64 %rc1356, ptr %v350, align 4
  br label %u15.truth

u15.is_true:                                      ; preds = %u15.chk_false
  %f357 = getelementptr i8, ptr %f4, i64 30
  %f358 = getelementptr i8, ptr %1, i64 56
  store ptr %f357, ptr %f358, align 8
  %f359 = getelementptr i8, ptr %v350, i64 8
  %p360 = load ptr, ptr %f359, align 8
  %a361 = ptrtoint ptr %p360 to i64
  %eq362 = icmp eq i64 %a361, ptrtoint (ptr @PyLong_Type to i64)
  %a363 = ptrtoint ptr %p360 to i64
  %eq364 = icmp eq i64 %a363, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq362, %eq364
  %a365 = ptrtoint ptr %p360 to i64
  %eq366 = icmp eq i64 %a365, ptrtoint (ptr @PyTuple_Type to i64)
  %sized367 = or i1 %sized, %eq366
  br i1 %sized367, label %u15.truth_by_size, label %u15.truth_call

u15.truth:                                        ; preds = %u15.ok, %u15.cont, %u15.fast_bool
  %t = phi i1 [ %eq352, %u15.fast_bool ], [ %size_nz, %u15.cont ], [ %truthy, %u15.ok ]
  br i1 %t, label %i16, label %i20

u15.truth_by_size:                                ; preds = %u15.is_true
  %f368 = getelementptr i8, ptr %v350, i64 16
  %i369 = load i64, ptr %f368, align 4
  %size_nz = icmp ne i64 %i369, 0
  %rc370 = load i64, ptr %v350, align 4
  %rc1371 = sub i64 %rc370, 1
  store i64 %rc1371, ptr %v350, align 4
  %dead372 = icmp eq i64 %rc1371, 0
  br i1 %dead372, label %u15.dealloc, label %u15.cont, !prof !0

u15.truth_call:                                   ; preds = %u15.is_true
  %c373 = call i32 @PyObject_IsTrue(ptr %v350)
  %rc374 = load i64, ptr %v350, align 4
  %rc1375 = sub i64 %rc374, 1
  store i64 %rc1375, ptr %v350, align 4
  %dead376 = icmp eq i64 %rc1375, 0
  br i1 %dead376, label %u15.dealloc377, label %u15.cont378, !prof !0

u15.dealloc:                                      ; preds = %u15.truth_by_size
  call void @_Py_Dealloc(ptr %v350)
  br label %u15.cont

u15.cont:                                         ; preds = %u15.dealloc, %u15.truth_by_size
  br label %u15.truth

u15.dealloc377:                                   ; preds = %u15.truth_call
  call void @_Py_Dealloc(ptr %v350)
  br label %u15.cont378

u15.cont378:                                      ; preds = %u15.dealloc377, %u15.truth_call
  %neg = icmp slt i32 %c373, 0
  br i1 %neg, label %u15.unwind, label %u15.ok, !prof !0

u15.unwind:                                       ; preds = %u15.cont378
  call void @rjit_traceback_here(ptr %0)
  %f379 = getelementptr i8, ptr %0, i64 56
  %p380 = load ptr, ptr %f379, align 8
  %f381 = getelementptr i8, ptr %p380, i64 0
  %use_tracing382 = load i8, ptr %f381, align 1
  %tracing383 = icmp ne i8 %use_tracing382, 0
  br i1 %tracing383, label %u15.trace_exception, label %u15.unwind_compiled

u15.trace_exception:                              ; preds = %u15.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u15.unwind_compiled

u15.unwind_compiled:                              ; preds = %u15.trace_exception, %u15.unwind
  %v384 = load ptr, ptr %s1, align 8
  %isnull385 = icmp eq ptr %v384, null
  br i1 %isnull385, label %u15.cont386, label %u15.xdec

u15.xdec:                                         ; preds = %u15.unwind_compiled
  %rc387 = load i64, ptr %v384, align 4
  %rc1388 = sub i64 %rc387, 1
  store i64 %rc1388, ptr %v384, align 4
  %dead389 = icmp eq i64 %rc1388, 0
  br i1 %dead389, label %u15.dealloc390, label %u15.cont391, !prof !0

u15.cont386:                                      ; preds = %u15.cont391, %u15.unwind_compiled
  %c392 = call ptr @rjit_lasti(ptr %1)
  store ptr %c392, ptr %s1, align 8
  %c393 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c393, ptr %s2, align 8
  br i1 %tracing383, label %u15.deopt, label %i21

u15.dealloc390:                                   ; preds = %u15.xdec
  call void @_Py_Dealloc(ptr %v384)
  br label %u15.cont391

u15.cont391:                                      ; preds = %u15.dealloc390, %u15.xdec
  br label %u15.cont386

u15.deopt:                                        ; preds = %u15.cont386
  %v394 = load ptr, ptr %s0, align 8
  %f395 = getelementptr i8, ptr %1, i64 80
  store ptr %v394, ptr %f395, align 8
  %v396 = load ptr, ptr %s1, align 8
  %f397 = getelementptr i8, ptr %1, i64 88
  store ptr %v396, ptr %f397, align 8
  %v398 = load ptr, ptr %s2, align 8
  %f399 = getelementptr i8, ptr %1, i64 96
  store ptr %v398, ptr %f399, align 8
  %c400 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c400

u15.ok:                                           ; preds = %u15.cont378
  %truthy = icmp ne i32 %c373, 0
  br label %u15.truth

u16.xdec:                                         ; preds = %i16
  %rc403 = load i64, ptr %v401, align 4
  %rc1404 = sub i64 %rc403, 1
  store i64 %rc1404, ptr %v401, align 4
  %dead405 = icmp eq i64 %rc1404, 0
  br i1 %dead405, label %u16.dealloc, label %u16.cont406, !prof !0

u16.cont:                                         ; preds = %u16.cont406, %i16
  br label %i17

u16.dealloc:                                      ; preds = %u16.xdec
  %f407 = getelementptr i8, ptr %f4, i64 32
  %f408 = getelementptr i8, ptr %1, i64 56
  store ptr %f407, ptr %f408, align 8
  call void @_Py_Dealloc(ptr %v401)
  br label %u16.cont406

u16.cont406:                                      ; preds = %u16.dealloc, %u16.xdec
  br label %u16.cont

u17.ok:                                           ; preds = %i17
  br label %i18

u20.ok:                                           ; preds = %u20.not_error
  unreachable

u20.unwind:                                       ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f437 = getelementptr i8, ptr %0, i64 56
  %p438 = load ptr, ptr %f437, align 8
  %f439 = getelementptr i8, ptr %p438, i64 0
  %use_tracing440 = load i8, ptr %f439, align 1
  %tracing441 = icmp ne i8 %use_tracing440, 0
  br i1 %tracing441, label %u20.trace_exception, label %u20.unwind_compiled

u20.trace_exception:                              ; preds = %u20.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u20.unwind_compiled

u20.unwind_compiled:                              ; preds = %u20.trace_exception, %u20.unwind
  %c442 = call ptr @rjit_lasti(ptr %1)
  store ptr %c442, ptr %s1, align 8
  %c443 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c443, ptr %s2, align 8
  br i1 %tracing441, label %u20.deopt, label %i21

u20.deopt:                                        ; preds = %u20.unwind_compiled
  %v444 = load ptr, ptr %s0, align 8
  %f445 = getelementptr i8, ptr %1, i64 80
  store ptr %v444, ptr %f445, align 8
  %v446 = load ptr, ptr %s1, align 8
  %f447 = getelementptr i8, ptr %1, i64 88
  store ptr %v446, ptr %f447, align 8
  %v448 = load ptr, ptr %s2, align 8
  %f449 = getelementptr i8, ptr %1, i64 96
  store ptr %v448, ptr %f449, align 8
  %c450 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c450

u20.unwind452:                                    ; preds = %u20.not_error
  %c453 = call ptr @rjit_lasti(ptr %1)
  store ptr %c453, ptr %s1, align 8
  %c454 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c454, ptr %s2, align 8
  br label %i21

u20.not_error:                                    ; preds = %i20
  %reraise = icmp sgt i32 %c436, 0
  br i1 %reraise, label %u20.unwind452, label %u20.ok

u22.ok:                                           ; preds = %i22
  br label %i23

u23.deopt:                                        ; preds = %i23
  %v464 = load ptr, ptr %s0, align 8
  %f465 = getelementptr i8, ptr %1, i64 80
  store ptr %v464, ptr %f465, align 8
  %v466 = load ptr, ptr %s1, align 8
  %f467 = getelementptr i8, ptr %1, i64 88
  store ptr %v466, ptr %f467, align 8
  %v468 = load ptr, ptr %s2, align 8
  %f469 = getelementptr i8, ptr %1, i64 96
  store ptr %v468, ptr %f469, align 8
  %c470 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c470

u23.not_tracing:                                  ; preds = %i23
  %v476 = load ptr, ptr %s1, align 8
  %f477 = getelementptr i8, ptr %1, i64 88
  store ptr %v476, ptr %f477, align 8
  %v478 = load ptr, ptr %s2, align 8
  %f479 = getelementptr i8, ptr %1, i64 96
  store ptr %v478, ptr %f479, align 8
  %f480 = getelementptr i8, ptr %f4, i64 46
  %f481 = getelementptr i8, ptr %1, i64 56
  store ptr %f480, ptr %f481, align 8
  %f482 = getelementptr i8, ptr %1, i64 88
  %c483 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f482, i32 1)
  %failed489 = icmp slt i32 %c483, 0
  br i1 %failed489, label %u23.error, label %u23.not_error

u23.ok:                                           ; preds = %u23.not_error
  unreachable

u23.error:                                        ; preds = %u23.not_tracing
  %v484 = load ptr, ptr %s0, align 8
  %f485 = getelementptr i8, ptr %1, i64 80
  store ptr %v484, ptr %f485, align 8
  %v486 = load ptr, ptr %s1, align 8
  %f487 = getelementptr i8, ptr %1, i64 88
  store ptr %v486, ptr %f487, align 8
  %c488 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c488

u23.error490:                                     ; preds = %u23.not_error
  %v491 = load ptr, ptr %s0, align 8
  %f492 = getelementptr i8, ptr %1, i64 80
  store ptr %v491, ptr %f492, align 8
  %v493 = load ptr, ptr %s1, align 8
  %f494 = getelementptr i8, ptr %1, i64 88
  store ptr %v493, ptr %f494, align 8
  %c495 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c495

u23.not_error:                                    ; preds = %u23.not_tracing
  %reraise496 = icmp sgt i32 %c483, 0
  br i1 %reraise496, label %u23.error490, label %u23.ok
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare void @rjit_traceback_here(ptr) #0

; Function Attrs: cold
declare void @rjit_trace_exception(ptr, ptr) #0

declare ptr @rjit_fetch_exception(ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr, ptr)

declare ptr @rjit_lasti(ptr)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

; Function Attrs: cold
declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32) #0

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
