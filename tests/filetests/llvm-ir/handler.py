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
  %f262 = getelementptr i8, ptr %2, i64 16
  %p263 = load ptr, ptr %f262, align 8
  %f264 = getelementptr i8, ptr %p6, i64 0
  %f265 = getelementptr i8, ptr %f4, i64 16
  %f266 = getelementptr i8, ptr %1, i64 56
  store ptr %f265, ptr %f266, align 8
  %f267 = getelementptr i8, ptr %1, i64 8
  %p268 = load ptr, ptr %f267, align 8
  %f269 = getelementptr i8, ptr %p268, i64 8
  %p270 = load ptr, ptr %f269, align 8
  %a271 = ptrtoint ptr %p270 to i64
  %eq272 = icmp eq i64 %a271, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq272, label %u8.globals_dict, label %u8.global_miss, !prof !1

i14:                                              ; preds = %u8.global_done
  %v334 = load ptr, ptr %s1, align 8
  %f335 = getelementptr i8, ptr %1, i64 88
  store ptr %v334, ptr %f335, align 8
  %v336 = load ptr, ptr %s2, align 8
  %f337 = getelementptr i8, ptr %1, i64 96
  store ptr %v336, ptr %f337, align 8
  %f338 = getelementptr i8, ptr %f4, i64 28
  %f339 = getelementptr i8, ptr %1, i64 56
  store ptr %f338, ptr %f339, align 8
  %f340 = getelementptr i8, ptr %1, i64 88
  %c341 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f340, i32 0)
  %failed = icmp slt i32 %c341, 0
  br i1 %failed, label %u14.unwind, label %u14.ok

i15:                                              ; preds = %u14.ok
  %v366 = load ptr, ptr %s2, align 8
  %a367 = ptrtoint ptr %v366 to i64
  %eq368 = icmp eq i64 %a367, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq368, label %u15.fast_bool, label %u15.chk_false

i16:                                              ; preds = %u15.truth
  %v417 = load ptr, ptr %s1, align 8
  %isnull418 = icmp eq ptr %v417, null
  br i1 %isnull418, label %u16.cont, label %u16.xdec

i17:                                              ; preds = %u16.cont
  %v425 = load ptr, ptr %s0, align 8
  %f426 = getelementptr i8, ptr %1, i64 80
  store ptr %v425, ptr %f426, align 8
  %f427 = getelementptr i8, ptr %f4, i64 34
  %f428 = getelementptr i8, ptr %1, i64 56
  store ptr %f427, ptr %f428, align 8
  %f429 = getelementptr i8, ptr %1, i64 80
  %c430 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f429, i32 0)
  br label %u17.ok

i18:                                              ; preds = %u17.ok
  %f431 = getelementptr i8, ptr %2, i64 0
  %p432 = load ptr, ptr %f431, align 8
  %rc433 = load i64, ptr %p432, align 4
  %rc1434 = add i64 %rc433, 1
  store i64 %rc1434, ptr %p432, align 4
  store ptr %p432, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v435 = load ptr, ptr %s0, align 8
  %f436 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f436, align 4
  %f437 = getelementptr i8, ptr %f4, i64 38
  %f438 = getelementptr i8, ptr %1, i64 56
  store ptr %f437, ptr %f438, align 8
  %f439 = getelementptr i8, ptr %0, i64 56
  %p440 = load ptr, ptr %f439, align 8
  %f441 = getelementptr i8, ptr %1, i64 48
  %p442 = load ptr, ptr %f441, align 8
  %f443 = getelementptr i8, ptr %p440, i64 8
  store ptr %p442, ptr %f443, align 8
  %f444 = getelementptr i8, ptr %0, i64 32
  %rem445 = load i32, ptr %f444, align 4
  %rem1446 = add i32 %rem445, 1
  store i32 %rem1446, ptr %f444, align 4
  ret ptr %v435

i20:                                              ; preds = %u15.truth
  %v447 = load ptr, ptr %s1, align 8
  %f448 = getelementptr i8, ptr %1, i64 88
  store ptr %v447, ptr %f448, align 8
  %f449 = getelementptr i8, ptr %f4, i64 40
  %f450 = getelementptr i8, ptr %1, i64 56
  store ptr %f449, ptr %f450, align 8
  %f451 = getelementptr i8, ptr %1, i64 88
  %c452 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f451, i32 0)
  %failed467 = icmp slt i32 %c452, 0
  br i1 %failed467, label %u20.unwind, label %u20.not_error

i21:                                              ; preds = %u20.unwind468, %u20.unwind_compiled, %u15.cont402, %u14.cont, %u8.cont
  %v471 = load ptr, ptr %s0, align 8
  %rc472 = load i64, ptr %v471, align 4
  %rc1473 = add i64 %rc472, 1
  store i64 %rc1473, ptr %v471, align 4
  store ptr %v471, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v474 = load ptr, ptr %s3, align 8
  %f475 = getelementptr i8, ptr %1, i64 104
  store ptr %v474, ptr %f475, align 8
  %f476 = getelementptr i8, ptr %f4, i64 44
  %f477 = getelementptr i8, ptr %1, i64 56
  store ptr %f476, ptr %f477, align 8
  %f478 = getelementptr i8, ptr %1, i64 104
  %c479 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f478, i32 0)
  br label %u22.ok

i23:                                              ; preds = %u22.ok
  %f487 = getelementptr i8, ptr %0, i64 56
  %p488 = load ptr, ptr %f487, align 8
  %f489 = getelementptr i8, ptr %p488, i64 0
  %use_tracing490 = load i8, ptr %f489, align 1
  %tracing491 = icmp ne i8 %use_tracing490, 0
  br i1 %tracing491, label %u23.deopt, label %u23.not_tracing

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

u8.global_miss:                                   ; preds = %u8.builtins_dict, %u8.no_new_globals, %u8.in_builtins, %u8.entry_name, %u8.entry_valid, %u8.in_globals, %u8.globals_dict, %i8
  %c312 = call ptr @rjit_load_global(ptr %1, ptr %p263, ptr %f264)
  %isnull333 = icmp eq ptr %c312, null
  br i1 %isnull333, label %u8.unwind, label %u8.ok, !prof !0

u8.global_done:                                   ; preds = %u8.ok, %u8.global_hit
  %global = phi ptr [ %cached, %u8.global_hit ], [ %c312, %u8.ok ]
  store ptr %global, ptr %s2, align 8
  br label %i14

u8.globals_dict:                                  ; preds = %i8
  %f273 = getelementptr i8, ptr %p268, i64 32
  %p274 = load ptr, ptr %f273, align 8
  %f275 = getelementptr i8, ptr %f264, i64 0
  %p276 = load ptr, ptr %f275, align 8
  %a277 = ptrtoint ptr %p274 to i64
  %b = ptrtoint ptr %p276 to i64
  %eq278 = icmp eq i64 %a277, %b
  br i1 %eq278, label %u8.globals_keys, label %u8.global_miss, !prof !1

u8.globals_keys:                                  ; preds = %u8.globals_dict
  %f279 = getelementptr i8, ptr %p274, i64 24
  %i280 = load i64, ptr %f279, align 4
  %f281 = getelementptr i8, ptr %f264, i64 8
  %i282 = load i64, ptr %f281, align 4
  %f283 = getelementptr i8, ptr %f264, i64 16
  %i284 = load i64, ptr %f283, align 4
  %from_globals = icmp eq i64 %i284, 0
  br i1 %from_globals, label %u8.in_globals, label %u8.in_builtins

u8.in_globals:                                    ; preds = %u8.globals_keys
  %f285 = getelementptr i8, ptr %f264, i64 24
  %i286 = load i64, ptr %f285, align 4
  %want_lib = lshr i64 %i286, 32
  %index = and i64 %i286, 4294967295
  %f287 = getelementptr i8, ptr %p274, i64 9
  %i288 = load i8, ptr %f287, align 1
  %lib = zext i8 %i288 to i64
  %f289 = getelementptr i8, ptr %p274, i64 10
  %i290 = load i8, ptr %f289, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i280
  %unicode = icmp ne i8 %i290, 0
  %ok = and i1 %same_lib, %within
  %ok291 = and i1 %ok, %unicode
  br i1 %ok291, label %u8.entry_valid, label %u8.global_miss, !prof !1

u8.in_builtins:                                   ; preds = %u8.globals_keys
  %same_n = icmp eq i64 %i280, %i282
  br i1 %same_n, label %u8.no_new_globals, label %u8.global_miss, !prof !1

u8.entry_valid:                                   ; preds = %u8.in_globals
  %entry292 = inttoptr i64 %i282 to ptr
  %f293 = getelementptr i8, ptr %entry292, i64 0
  %p294 = load ptr, ptr %f293, align 8
  %a295 = ptrtoint ptr %p294 to i64
  %b296 = ptrtoint ptr %p263 to i64
  %eq297 = icmp eq i64 %a295, %b296
  br i1 %eq297, label %u8.entry_name, label %u8.global_miss, !prof !1

u8.entry_name:                                    ; preds = %u8.entry_valid
  %f298 = getelementptr i8, ptr %entry292, i64 8
  %p299 = load ptr, ptr %f298, align 8
  %present = icmp ne ptr %p299, null
  br i1 %present, label %u8.entry_value, label %u8.global_miss, !prof !1

u8.entry_value:                                   ; preds = %u8.entry_name
  br label %u8.global_hit

u8.global_hit:                                    ; preds = %u8.builtins_tag, %u8.entry_value
  %cached = phi ptr [ %p299, %u8.entry_value ], [ %p309, %u8.builtins_tag ]
  %rc310 = load i64, ptr %cached, align 4
  %rc1311 = add i64 %rc310, 1
  store i64 %rc1311, ptr %cached, align 4
  br label %u8.global_done

u8.no_new_globals:                                ; preds = %u8.in_builtins
  %f300 = getelementptr i8, ptr %1, i64 16
  %p301 = load ptr, ptr %f300, align 8
  %f302 = getelementptr i8, ptr %p301, i64 8
  %p303 = load ptr, ptr %f302, align 8
  %a304 = ptrtoint ptr %p303 to i64
  %eq305 = icmp eq i64 %a304, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq305, label %u8.builtins_dict, label %u8.global_miss, !prof !1

u8.builtins_dict:                                 ; preds = %u8.no_new_globals
  %f306 = getelementptr i8, ptr %p301, i64 24
  %i307 = load i64, ptr %f306, align 4
  %bsame = icmp eq i64 %i284, %i307
  br i1 %bsame, label %u8.builtins_tag, label %u8.global_miss, !prof !1

u8.builtins_tag:                                  ; preds = %u8.builtins_dict
  %f308 = getelementptr i8, ptr %f264, i64 24
  %p309 = load ptr, ptr %f308, align 8
  br label %u8.global_hit

u8.unwind:                                        ; preds = %u8.global_miss
  call void @rjit_traceback_here(ptr %0)
  %f313 = getelementptr i8, ptr %0, i64 56
  %p314 = load ptr, ptr %f313, align 8
  %f315 = getelementptr i8, ptr %p314, i64 0
  %use_tracing316 = load i8, ptr %f315, align 1
  %tracing317 = icmp ne i8 %use_tracing316, 0
  br i1 %tracing317, label %u8.trace_exception, label %u8.unwind_compiled

u8.trace_exception:                               ; preds = %u8.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u8.unwind_compiled

u8.unwind_compiled:                               ; preds = %u8.trace_exception, %u8.unwind
  %v318 = load ptr, ptr %s1, align 8
  %isnull319 = icmp eq ptr %v318, null
  br i1 %isnull319, label %u8.cont, label %u8.xdec

u8.xdec:                                          ; preds = %u8.unwind_compiled
  %rc320 = load i64, ptr %v318, align 4
  %rc1321 = sub i64 %rc320, 1
  store i64 %rc1321, ptr %v318, align 4
  %dead322 = icmp eq i64 %rc1321, 0
  br i1 %dead322, label %u8.dealloc, label %u8.cont323, !prof !0

u8.cont:                                          ; preds = %u8.cont323, %u8.unwind_compiled
  %c324 = call ptr @rjit_lasti(ptr %1)
  store ptr %c324, ptr %s1, align 8
  %c325 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c325, ptr %s2, align 8
  br i1 %tracing317, label %u8.deopt, label %i21

u8.dealloc:                                       ; preds = %u8.xdec
  call void @_Py_Dealloc(ptr %v318)
  br label %u8.cont323

u8.cont323:                                       ; preds = %u8.dealloc, %u8.xdec
  br label %u8.cont

u8.deopt:                                         ; preds = %u8.cont
  %v326 = load ptr, ptr %s0, align 8
  %f327 = getelementptr i8, ptr %1, i64 80
  store ptr %v326, ptr %f327, align 8
  %v328 = load ptr, ptr %s1, align 8
  %f329 = getelementptr i8, ptr %1, i64 88
  store ptr %v328, ptr %f329, align 8
  %v330 = load ptr, ptr %s2, align 8
  %f331 = getelementptr i8, ptr %1, i64 96
  store ptr %v330, ptr %f331, align 8
  %c332 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c332

u8.ok:                                            ; preds = %u8.global_miss
  br label %u8.global_done

u14.ok:                                           ; preds = %i14
  %f362 = getelementptr i8, ptr %1, i64 88
  %r363 = load ptr, ptr %f362, align 8
  store ptr %r363, ptr %s1, align 8
  %f364 = getelementptr i8, ptr %1, i64 96
  %r365 = load ptr, ptr %f364, align 8
  store ptr %r365, ptr %s2, align 8
  br label %i15

u14.unwind:                                       ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f342 = getelementptr i8, ptr %0, i64 56
  %p343 = load ptr, ptr %f342, align 8
  %f344 = getelementptr i8, ptr %p343, i64 0
  %use_tracing345 = load i8, ptr %f344, align 1
  %tracing346 = icmp ne i8 %use_tracing345, 0
  br i1 %tracing346, label %u14.trace_exception, label %u14.unwind_compiled

u14.trace_exception:                              ; preds = %u14.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u14.unwind_compiled

u14.unwind_compiled:                              ; preds = %u14.trace_exception, %u14.unwind
  %v347 = load ptr, ptr %s1, align 8
  %isnull348 = icmp eq ptr %v347, null
  br i1 %isnull348, label %u14.cont, label %u14.xdec

u14.xdec:                                         ; preds = %u14.unwind_compiled
  %rc349 = load i64, ptr %v347, align 4
  %rc1350 = sub i64 %rc349, 1
  store i64 %rc1350, ptr %v347, align 4
  %dead351 = icmp eq i64 %rc1350, 0
  br i1 %dead351, label %u14.dealloc, label %u14.cont352, !prof !0

u14.cont:                                         ; preds = %u14.cont352, %u14.unwind_compiled
  %c353 = call ptr @rjit_lasti(ptr %1)
  store ptr %c353, ptr %s1, align 8
  %c354 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c354, ptr %s2, align 8
  br i1 %tracing346, label %u14.deopt, label %i21

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v347)
  br label %u14.cont352

u14.cont352:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.deopt:                                        ; preds = %u14.cont
  %v355 = load ptr, ptr %s0, align 8
  %f356 = getelementptr i8, ptr %1, i64 80
  store ptr %v355, ptr %f356, align 8
  %v357 = load ptr, ptr %s1, align 8
  %f358 = getelementptr i8, ptr %1, i64 88
  store ptr %v357, ptr %f358, align 8
  %v359 = load ptr, ptr %s2, align 8
  %f360 = getelementptr i8, ptr %1, i64 96
  store ptr %v359, ptr %f360, align 8
  %c361 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c361

u15.chk_false:                                    ; preds = %i15
  %a369 = ptrtoint ptr %v366 to i64
  %eq370 = icmp eq i64 %a369, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq370, label %u15.fast_bool, label %u15.is_true

u15.fast_bool:                                    ; preds = %u15.chk_false, %i15
  %rc371 = load i64, ptr %v366, align 4
  %rc1372 = sub i64 %rc371, 1
  store i64 %rc1372, ptr %v366, align 4
  br label %u15.truth

u15.is_true:                                      ; preds = %u15.chk_false
  %f373 = getelementptr i8, ptr %f4, i64 30
  %f374 = getelementptr i8, ptr %1, i64 56
  store ptr %f373, ptr %f374, align 8
  %f375 = getelementptr i8, ptr %v366, i64 8
  %p376 = load ptr, ptr %f375, align 8
  %a377 = ptrtoint ptr %p376 to i64
  %eq378 = icmp eq i64 %a377, ptrtoint (ptr @PyLong_Type to i64)
  %a379 = ptrtoint ptr %p376 to i64
  %eq380 = icmp eq i64 %a379, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq378, %eq380
  %a381 = ptrtoint ptr %p376 to i64
  %eq382 = icmp eq i64 %a381, ptrtoint (ptr @PyTuple_Type to i64)
  %sized383 = or i1 %sized, %eq382
  br i1 %sized383, label %u15.truth_by_size, label %u15.truth_call

u15.truth:                                        ; preds = %u15.ok, %u15.cont, %u15.fast_bool
  %t = phi i1 [ %eq368, %u15.fast_bool ], [ %size_nz, %u15.cont ], [ %truthy, %u15.ok ]
  br i1 %t, label %i16, label %i20

u15.truth_by_size:                                ; preds = %u15.is_true
  %f384 = getelementptr i8, ptr %v366, i64 16
  %i385 = load i64, ptr %f384, align 4
  %size_nz = icmp ne i64 %i385, 0
  %rc386 = load i64, ptr %v366, align 4
  %rc1387 = sub i64 %rc386, 1
  store i64 %rc1387, ptr %v366, align 4
  %dead388 = icmp eq i64 %rc1387, 0
  br i1 %dead388, label %u15.dealloc, label %u15.cont, !prof !0

u15.truth_call:                                   ; preds = %u15.is_true
  %c389 = call i32 @PyObject_IsTrue(ptr %v366)
  %rc390 = load i64, ptr %v366, align 4
  %rc1391 = sub i64 %rc390, 1
  store i64 %rc1391, ptr %v366, align 4
  %dead392 = icmp eq i64 %rc1391, 0
  br i1 %dead392, label %u15.dealloc393, label %u15.cont394, !prof !0

u15.dealloc:                                      ; preds = %u15.truth_by_size
  call void @_Py_Dealloc(ptr %v366)
  br label %u15.cont

u15.cont:                                         ; preds = %u15.dealloc, %u15.truth_by_size
  br label %u15.truth

u15.dealloc393:                                   ; preds = %u15.truth_call
  call void @_Py_Dealloc(ptr %v366)
  br label %u15.cont394

u15.cont394:                                      ; preds = %u15.dealloc393, %u15.truth_call
  %neg = icmp slt i32 %c389, 0
  br i1 %neg, label %u15.unwind, label %u15.ok, !prof !0

u15.unwind:                                       ; preds = %u15.cont394
  call void @rjit_traceback_here(ptr %0)
  %f395 = getelementptr i8, ptr %0, i64 56
  %p396 = load ptr, ptr %f395, align 8
  %f397 = getelementptr i8, ptr %p396, i64 0
  %use_tracing398 = load i8, ptr %f397, align 1
  %tracing399 = icmp ne i8 %use_tracing398, 0
  br i1 %tracing399, label %u15.trace_exception, label %u15.unwind_compiled

u15.trace_exception:                              ; preds = %u15.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u15.unwind_compiled

u15.unwind_compiled:                              ; preds = %u15.trace_exception, %u15.unwind
  %v400 = load ptr, ptr %s1, align 8
  %isnull401 = icmp eq ptr %v400, null
  br i1 %isnull401, label %u15.cont402, label %u15.xdec

u15.xdec:                                         ; preds = %u15.unwind_compiled
  %rc403 = load i64, ptr %v400, align 4
  %rc1404 = sub i64 %rc403, 1
  store i64 %rc1404, ptr %v400, align 4
  %dead405 = icmp eq i64 %rc1404, 0
  br i1 %dead405, label %u15.dealloc406, label %u15.cont407, !prof !0

u15.cont402:                                      ; preds = %u15.cont407, %u15.unwind_compiled
  %c408 = call ptr @rjit_lasti(ptr %1)
  store ptr %c408, ptr %s1, align 8
  %c409 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c409, ptr %s2, align 8
  br i1 %tracing399, label %u15.deopt, label %i21

u15.dealloc406:                                   ; preds = %u15.xdec
  call void @_Py_Dealloc(ptr %v400)
  br label %u15.cont407

u15.cont407:                                      ; preds = %u15.dealloc406, %u15.xdec
  br label %u15.cont402

u15.deopt:                                        ; preds = %u15.cont402
  %v410 = load ptr, ptr %s0, align 8
  %f411 = getelementptr i8, ptr %1, i64 80
  store ptr %v410, ptr %f411, align 8
  %v412 = load ptr, ptr %s1, align 8
  %f413 = getelementptr i8, ptr %1, i64 88
  store ptr %v412, ptr %f413, align 8
  %v414 = load ptr, ptr %s2, align 8
  %f415 = getelementptr i8, ptr %1, i64 96
  store ptr %v414, ptr %f415, align 8
  %c416 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c416

u15.ok:                                           ; preds = %u15.cont394
  %truthy = icmp ne i32 %c389, 0
  br label %u15.truth

u16.xdec:                                         ; preds = %i16
  %rc419 = load i64, ptr %v417, align 4
  %rc1420 = sub i64 %rc419, 1
  store i64 %rc1420, ptr %v417, align 4
  %dead421 = icmp eq i64 %rc1420, 0
  br i1 %dead421, label %u16.dealloc, label %u16.cont422, !prof !0

u16.cont:                                         ; preds = %u16.cont422, %i16
  br label %i17

u16.dealloc:                                      ; preds = %u16.xdec
  %f423 = getelementptr i8, ptr %f4, i64 32
  %f424 = getelementptr i8, ptr %1, i64 56
  store ptr %f423, ptr %f424, align 8
  call void @_Py_Dealloc(ptr %v417)
  br label %u16.cont422

u16.cont422:                                      ; preds = %u16.dealloc, %u16.xdec
  br label %u16.cont

u17.ok:                                           ; preds = %i17
  br label %i18

u20.ok:                                           ; preds = %u20.not_error
  unreachable

u20.unwind:                                       ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f453 = getelementptr i8, ptr %0, i64 56
  %p454 = load ptr, ptr %f453, align 8
  %f455 = getelementptr i8, ptr %p454, i64 0
  %use_tracing456 = load i8, ptr %f455, align 1
  %tracing457 = icmp ne i8 %use_tracing456, 0
  br i1 %tracing457, label %u20.trace_exception, label %u20.unwind_compiled

u20.trace_exception:                              ; preds = %u20.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u20.unwind_compiled

u20.unwind_compiled:                              ; preds = %u20.trace_exception, %u20.unwind
  %c458 = call ptr @rjit_lasti(ptr %1)
  store ptr %c458, ptr %s1, align 8
  %c459 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c459, ptr %s2, align 8
  br i1 %tracing457, label %u20.deopt, label %i21

u20.deopt:                                        ; preds = %u20.unwind_compiled
  %v460 = load ptr, ptr %s0, align 8
  %f461 = getelementptr i8, ptr %1, i64 80
  store ptr %v460, ptr %f461, align 8
  %v462 = load ptr, ptr %s1, align 8
  %f463 = getelementptr i8, ptr %1, i64 88
  store ptr %v462, ptr %f463, align 8
  %v464 = load ptr, ptr %s2, align 8
  %f465 = getelementptr i8, ptr %1, i64 96
  store ptr %v464, ptr %f465, align 8
  %c466 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c466

u20.unwind468:                                    ; preds = %u20.not_error
  %c469 = call ptr @rjit_lasti(ptr %1)
  store ptr %c469, ptr %s1, align 8
  %c470 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c470, ptr %s2, align 8
  br label %i21

u20.not_error:                                    ; preds = %i20
  %reraise = icmp sgt i32 %c452, 0
  br i1 %reraise, label %u20.unwind468, label %u20.ok

u22.ok:                                           ; preds = %i22
  br label %i23

u23.deopt:                                        ; preds = %i23
  %v480 = load ptr, ptr %s0, align 8
  %f481 = getelementptr i8, ptr %1, i64 80
  store ptr %v480, ptr %f481, align 8
  %v482 = load ptr, ptr %s1, align 8
  %f483 = getelementptr i8, ptr %1, i64 88
  store ptr %v482, ptr %f483, align 8
  %v484 = load ptr, ptr %s2, align 8
  %f485 = getelementptr i8, ptr %1, i64 96
  store ptr %v484, ptr %f485, align 8
  %c486 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c486

u23.not_tracing:                                  ; preds = %i23
  %v492 = load ptr, ptr %s1, align 8
  %f493 = getelementptr i8, ptr %1, i64 88
  store ptr %v492, ptr %f493, align 8
  %v494 = load ptr, ptr %s2, align 8
  %f495 = getelementptr i8, ptr %1, i64 96
  store ptr %v494, ptr %f495, align 8
  %f496 = getelementptr i8, ptr %f4, i64 46
  %f497 = getelementptr i8, ptr %1, i64 56
  store ptr %f496, ptr %f497, align 8
  %f498 = getelementptr i8, ptr %1, i64 88
  %c499 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f498, i32 1)
  %failed505 = icmp slt i32 %c499, 0
  br i1 %failed505, label %u23.error, label %u23.not_error

u23.ok:                                           ; preds = %u23.not_error
  unreachable

u23.error:                                        ; preds = %u23.not_tracing
  %v500 = load ptr, ptr %s0, align 8
  %f501 = getelementptr i8, ptr %1, i64 80
  store ptr %v500, ptr %f501, align 8
  %v502 = load ptr, ptr %s1, align 8
  %f503 = getelementptr i8, ptr %1, i64 88
  store ptr %v502, ptr %f503, align 8
  %c504 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c504

u23.error506:                                     ; preds = %u23.not_error
  %v507 = load ptr, ptr %s0, align 8
  %f508 = getelementptr i8, ptr %1, i64 80
  store ptr %v507, ptr %f508, align 8
  %v509 = load ptr, ptr %s1, align 8
  %f510 = getelementptr i8, ptr %1, i64 88
  store ptr %v509, ptr %f510, align 8
  %c511 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c511

u23.not_error:                                    ; preds = %u23.not_tracing
  %reraise512 = icmp sgt i32 %c499, 0
  br i1 %reraise512, label %u23.error506, label %u23.ok
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
