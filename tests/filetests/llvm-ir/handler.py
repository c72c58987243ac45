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

i14:                                              ; preds = %u8.ok
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

u4.num_done:                                      ; preds = %u4.operator_done, %u4.fbox_done210, %u4.fbox_done164, %u4.fbox_done81, %u4.fbox_done
  %res = phi ptr [ %fbox, %u4.fbox_done ], [ %fbox83, %u4.fbox_done81 ], [ %fbox170, %u4.fbox_done164 ], [ %fbox223, %u4.fbox_done210 ], [ %number, %u4.operator_done ]
  %v229 = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v229, null
  br i1 %isnull, label %u4.cont, label %u4.xdec

u4.num_slow:                                      ; preds = %u4.mixed_fast, %u4.mixed, %u4.mixed_check, %u4.float_fast, %u4.divisor_ok138, %u4.int_fast, %u4.int_test, %u4.box_operands
  %f224 = getelementptr i8, ptr %p85, i64 8
  %p225 = load ptr, ptr %f224, align 8
  %f226 = getelementptr i8, ptr %p225, i64 168
  %i = load i64, ptr %f226, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u4.operator_dunder, label %u4.operator_c

u4.float_result:                                  ; preds = %u4.fdiv208, %u4.itruediv144
  %fres = phi double [ %q147, %u4.itruediv144 ], [ %fdiv209, %u4.fdiv208 ]
  %rc211 = load i64, ptr %p85, align 4
  %only212 = icmp eq i64 %rc211, 1
  %f213 = getelementptr i8, ptr %p85, i64 8
  %p214 = load ptr, ptr %f213, align 8
  %a215 = ptrtoint ptr %p214 to i64
  %eq216 = icmp eq i64 %a215, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only212, %eq216
  br i1 %only_float, label %u4.fbox_operand217, label %u4.fbox_next218

u4.box_operands:                                  ; preds = %u4.unboxed_floats, %u4.divisor_ok, %u4.unboxed_ints, %u4.view_is_int47, %u4.view_long42, %u4.view_is_int, %u4.view_long, %u4.view_int
  %f84 = getelementptr i8, ptr %2, i64 8
  %p85 = load ptr, ptr %f84, align 8
  %rc = load i64, ptr %p85, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p85, align 4
  store ptr %p85, ptr %s0, align 8
  br label %u4.num_slow

u4.view:                                          ; preds = %u4.view_compact35, %u4.view_float, %u4.view_compact, %i4
  %vkind = phi i8 [ 1, %i4 ], [ 2, %u4.view_compact ], [ 1, %u4.view_float ], [ 2, %u4.view_compact35 ]
  %vf = phi double [ %uf, %i4 ], [ 0.000000e+00, %u4.view_compact ], [ %fval, %u4.view_float ], [ 0.000000e+00, %u4.view_compact35 ]
  %vi = phi i64 [ 0, %i4 ], [ %ui, %u4.view_compact ], [ 0, %u4.view_float ], [ %ival, %u4.view_compact35 ]
  %f37 = getelementptr i8, ptr %v, i64 8
  %p38 = load ptr, ptr %f37, align 8
  %a39 = ptrtoint ptr %p38 to i64
  %eq40 = icmp eq i64 %a39, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq40, label %u4.view_float41, label %u4.view_long42

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
  %size2 = add i64 %size, 2
  %compact30 = icmp ule i64 %size2, 4
  %f31 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f31, align 4
  %digit032 = zext i32 %digit0 to i64
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit134, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit032, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact30, label %u4.view_compact35, label %u4.box_operands, !prof !1

u4.view_compact35:                                ; preds = %u4.view_is_int
  br label %u4.view

u4.view36:                                        ; preds = %u4.view_compact69, %u4.view_float41
  %vkind70 = phi i8 [ 1, %u4.view_float41 ], [ 2, %u4.view_compact69 ]
  %vf71 = phi double [ %fval44, %u4.view_float41 ], [ 0.000000e+00, %u4.view_compact69 ]
  %vi72 = phi i64 [ 0, %u4.view_float41 ], [ %ival68, %u4.view_compact69 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind70, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u4.unboxed_ints, label %u4.unboxed_floats

u4.view_float41:                                  ; preds = %u4.view
  %f43 = getelementptr i8, ptr %v, i64 16
  %fval44 = load double, ptr %f43, align 8
  br label %u4.view36

u4.view_long42:                                   ; preds = %u4.view
  %a45 = ptrtoint ptr %p38 to i64
  %eq46 = icmp eq i64 %a45, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq46, label %u4.view_is_int47, label %u4.box_operands, !prof !1

u4.view_is_int47:                                 ; preds = %u4.view_long42
  %f48 = getelementptr i8, ptr %v, i64 16
  %size49 = load i64, ptr %f48, align 4
  %size250 = add i64 %size49, 2
  %compact51 = icmp ule i64 %size250, 4
  %f52 = getelementptr i8, ptr %v, i64 24
  %digit053 = load i32, ptr %f52, align 4
  %digit054 = zext i32 %digit053 to i64
  %f55 = getelementptr i8, ptr %v, i64 28
  %digit156 = load i32, ptr %f55, align 4
  %digit157 = zext i32 %digit156 to i64
  %negative58 = icmp slt i64 %size49, 0
  %neg_size59 = sub i64 0, %size49
  %ndigits60 = select i1 %negative58, i64 %neg_size59, i64 %size49
  %two61 = icmp eq i64 %ndigits60, 2
  %hi62 = shl i64 %digit157, 30
  %hi263 = select i1 %two61, i64 %hi62, i64 0
  %mag64 = add i64 %digit054, %hi263
  %zero65 = icmp eq i64 %size49, 0
  %mag066 = select i1 %zero65, i64 0, i64 %mag64
  %neg_mag67 = sub i64 0, %mag066
  %ival68 = select i1 %negative58, i64 %neg_mag67, i64 %mag066
  br i1 %compact51, label %u4.view_compact69, label %u4.box_operands, !prof !1

u4.view_compact69:                                ; preds = %u4.view_is_int47
  br label %u4.view36

u4.unboxed_ints:                                  ; preds = %u4.view36
  %nz = icmp ne i64 %vi72, 0
  br i1 %nz, label %u4.divisor_ok, label %u4.box_operands, !prof !1

u4.unboxed_floats:                                ; preds = %u4.view36
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof78 = sitofp i64 %vi72 to double
  %view_f79 = select i1 %rint, double %itof78, double %vf71
  %nz80 = fcmp une double %view_f79, 0.000000e+00
  br i1 %nz80, label %u4.fdiv, label %u4.box_operands

u4.divisor_ok:                                    ; preds = %u4.unboxed_ints
  %bias73 = add i64 %vi, 9007199254740992
  %exact = icmp ule i64 %bias73, 18014398509481984
  %bias74 = add i64 %vi72, 9007199254740992
  %exact75 = icmp ule i64 %bias74, 18014398509481984
  %exact76 = and i1 %exact, %exact75
  br i1 %exact76, label %u4.itruediv, label %u4.box_operands, !prof !1

u4.itruediv:                                      ; preds = %u4.divisor_ok
  %fx = sitofp i64 %vi to double
  %fy = sitofp i64 %vi72 to double
  %q = fdiv double %fx, %fy
  %c77 = call ptr @PyFloat_FromDouble(double %q)
  br label %u4.fbox_done

u4.fbox_done:                                     ; preds = %u4.itruediv
  %fbox = phi ptr [ %c77, %u4.itruediv ]
  br label %u4.num_done

u4.fdiv:                                          ; preds = %u4.unboxed_floats
  %fdiv = fdiv double %view_f, %view_f79
  %c82 = call ptr @PyFloat_FromDouble(double %fdiv)
  br label %u4.fbox_done81

u4.fbox_done81:                                   ; preds = %u4.fdiv
  %fbox83 = phi ptr [ %c82, %u4.fdiv ]
  br label %u4.num_done

u4.boxed_paths_unused:                            ; No predecessors!
  %f86 = getelementptr i8, ptr %p85, i64 8
  %p87 = load ptr, ptr %f86, align 8
  %f88 = getelementptr i8, ptr %v, i64 8
  %p89 = load ptr, ptr %f88, align 8
  %a90 = ptrtoint ptr %p87 to i64
  %eq91 = icmp eq i64 %a90, ptrtoint (ptr @PyLong_Type to i64)
  %a92 = ptrtoint ptr %p89 to i64
  %eq93 = icmp eq i64 %a92, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq91, %eq93
  br i1 %both, label %u4.int_test, label %u4.float_check

u4.int_test:                                      ; preds = %u4.boxed_paths_unused
  %f94 = getelementptr i8, ptr %p85, i64 16
  %size95 = load i64, ptr %f94, align 4
  %size296 = add i64 %size95, 2
  %compact97 = icmp ule i64 %size296, 4
  %f98 = getelementptr i8, ptr %p85, i64 24
  %digit099 = load i32, ptr %f98, align 4
  %digit0100 = zext i32 %digit099 to i64
  %f101 = getelementptr i8, ptr %p85, i64 28
  %digit1102 = load i32, ptr %f101, align 4
  %digit1103 = zext i32 %digit1102 to i64
  %negative104 = icmp slt i64 %size95, 0
  %neg_size105 = sub i64 0, %size95
  %ndigits106 = select i1 %negative104, i64 %neg_size105, i64 %size95
  %two107 = icmp eq i64 %ndigits106, 2
  %hi108 = shl i64 %digit1103, 30
  %hi2109 = select i1 %two107, i64 %hi108, i64 0
  %mag110 = add i64 %digit0100, %hi2109
  %zero111 = icmp eq i64 %size95, 0
  %mag0112 = select i1 %zero111, i64 0, i64 %mag110
  %neg_mag113 = sub i64 0, %mag0112
  %ival114 = select i1 %negative104, i64 %neg_mag113, i64 %mag0112
  %f115 = getelementptr i8, ptr %v, i64 16
  %size116 = load i64, ptr %f115, align 4
  %size2117 = add i64 %size116, 2
  %compact118 = icmp ule i64 %size2117, 4
  %f119 = getelementptr i8, ptr %v, i64 24
  %digit0120 = load i32, ptr %f119, align 4
  %digit0121 = zext i32 %digit0120 to i64
  %f122 = getelementptr i8, ptr %v, i64 28
  %digit1123 = load i32, ptr %f122, align 4
  %digit1124 = zext i32 %digit1123 to i64
  %negative125 = icmp slt i64 %size116, 0
  %neg_size126 = sub i64 0, %size116
  %ndigits127 = select i1 %negative125, i64 %neg_size126, i64 %size116
  %two128 = icmp eq i64 %ndigits127, 2
  %hi129 = shl i64 %digit1124, 30
  %hi2130 = select i1 %two128, i64 %hi129, i64 0
  %mag131 = add i64 %digit0121, %hi2130
  %zero132 = icmp eq i64 %size116, 0
  %mag0133 = select i1 %zero132, i64 0, i64 %mag131
  %neg_mag134 = sub i64 0, %mag0133
  %ival135 = select i1 %negative125, i64 %neg_mag134, i64 %mag0133
  %compact136 = and i1 %compact97, %compact118
  br i1 %compact136, label %u4.int_fast, label %u4.num_slow, !prof !1

u4.float_check:                                   ; preds = %u4.boxed_paths_unused
  %f148 = getelementptr i8, ptr %p85, i64 8
  %p149 = load ptr, ptr %f148, align 8
  %f150 = getelementptr i8, ptr %v, i64 8
  %p151 = load ptr, ptr %f150, align 8
  %a152 = ptrtoint ptr %p149 to i64
  %eq153 = icmp eq i64 %a152, ptrtoint (ptr @PyFloat_Type to i64)
  %a154 = ptrtoint ptr %p151 to i64
  %eq155 = icmp eq i64 %a154, ptrtoint (ptr @PyFloat_Type to i64)
  %both156 = and i1 %eq153, %eq155
  br i1 %both156, label %u4.float_fast, label %u4.mixed_check, !prof !1

u4.int_fast:                                      ; preds = %u4.int_test
  %nz137 = icmp ne i64 %ival135, 0
  br i1 %nz137, label %u4.divisor_ok138, label %u4.num_slow, !prof !1

u4.divisor_ok138:                                 ; preds = %u4.int_fast
  %bias139 = add i64 %ival114, 9007199254740992
  %exact140 = icmp ule i64 %bias139, 18014398509481984
  %bias141 = add i64 %ival135, 9007199254740992
  %exact142 = icmp ule i64 %bias141, 18014398509481984
  %exact143 = and i1 %exact140, %exact142
  br i1 %exact143, label %u4.itruediv144, label %u4.num_slow, !prof !1

u4.itruediv144:                                   ; preds = %u4.divisor_ok138
  %fx145 = sitofp i64 %ival114 to double
  %fy146 = sitofp i64 %ival135 to double
  %q147 = fdiv double %fx145, %fy146
  br label %u4.float_result

u4.float_fast:                                    ; preds = %u4.float_check
  %f157 = getelementptr i8, ptr %p85, i64 16
  %fval158 = load double, ptr %f157, align 8
  %f159 = getelementptr i8, ptr %v, i64 16
  %fval160 = load double, ptr %f159, align 8
  %nz161 = fcmp une double %fval160, 0.000000e+00
  br i1 %nz161, label %u4.fdiv162, label %u4.num_slow

u4.mixed_check:                                   ; preds = %u4.float_check
  %f171 = getelementptr i8, ptr %p85, i64 8
  %p172 = load ptr, ptr %f171, align 8
  %a173 = ptrtoint ptr %p172 to i64
  %eq174 = icmp eq i64 %a173, ptrtoint (ptr @PyFloat_Type to i64)
  %a175 = ptrtoint ptr %p172 to i64
  %eq176 = icmp eq i64 %a175, ptrtoint (ptr @PyLong_Type to i64)
  %f177 = getelementptr i8, ptr %v, i64 8
  %p178 = load ptr, ptr %f177, align 8
  %a179 = ptrtoint ptr %p178 to i64
  %eq180 = icmp eq i64 %a179, ptrtoint (ptr @PyFloat_Type to i64)
  %a181 = ptrtoint ptr %p178 to i64
  %eq182 = icmp eq i64 %a181, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq174, %eq182
  %int_first = and i1 %eq176, %eq180
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u4.mixed, label %u4.num_slow, !prof !1

u4.fdiv162:                                       ; preds = %u4.float_fast
  %fdiv163 = fdiv double %fval158, %fval160
  %rc165 = load i64, ptr %p85, align 4
  %only = icmp eq i64 %rc165, 1
  br i1 %only, label %u4.fbox_operand, label %u4.fbox_next

u4.fbox_done164:                                  ; preds = %u4.fbox_next, %u4.fbox_operand
  %fbox170 = phi ptr [ %p85, %u4.fbox_operand ], [ %c169, %u4.fbox_next ]
  br label %u4.num_done

u4.fbox_operand:                                  ; preds = %u4.fdiv162
  %f166 = getelementptr i8, ptr %p85, i64 16
  store double %fdiv163, ptr %f166, align 8
  %rc167 = load i64, ptr %p85, align 4
  %rc1168 = add i64 %rc167, 1
  store i64 %rc1168, ptr %p85, align 4
  br label %u4.fbox_done164

u4.fbox_next:                                     ; preds = %u4.fdiv162
  %c169 = call ptr @PyFloat_FromDouble(double %fdiv163)
  br label %u4.fbox_done164

u4.mixed:                                         ; preds = %u4.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %p85
  %float_operand = select i1 %float_first, ptr %p85, ptr %v
  %f183 = getelementptr i8, ptr %int_operand, i64 16
  %size184 = load i64, ptr %f183, align 4
  %size2185 = add i64 %size184, 2
  %compact186 = icmp ule i64 %size2185, 4
  %f187 = getelementptr i8, ptr %int_operand, i64 24
  %digit0188 = load i32, ptr %f187, align 4
  %digit0189 = zext i32 %digit0188 to i64
  %f190 = getelementptr i8, ptr %int_operand, i64 28
  %digit1191 = load i32, ptr %f190, align 4
  %digit1192 = zext i32 %digit1191 to i64
  %negative193 = icmp slt i64 %size184, 0
  %neg_size194 = sub i64 0, %size184
  %ndigits195 = select i1 %negative193, i64 %neg_size194, i64 %size184
  %two196 = icmp eq i64 %ndigits195, 2
  %hi197 = shl i64 %digit1192, 30
  %hi2198 = select i1 %two196, i64 %hi197, i64 0
  %mag199 = add i64 %digit0189, %hi2198
  %zero200 = icmp eq i64 %size184, 0
  %mag0201 = select i1 %zero200, i64 0, i64 %mag199
  %neg_mag202 = sub i64 0, %mag0201
  %ival203 = select i1 %negative193, i64 %neg_mag202, i64 %mag0201
  br i1 %compact186, label %u4.mixed_fast, label %u4.num_slow, !prof !1

u4.mixed_fast:                                    ; preds = %u4.mixed
  %itof204 = sitofp i64 %ival203 to double
  %f205 = getelementptr i8, ptr %float_operand, i64 16
  %fval206 = load double, ptr %f205, align 8
  %x = select i1 %float_first, double %fval206, double %itof204
  %y = select i1 %float_first, double %itof204, double %fval206
  %nz207 = fcmp une double %y, 0.000000e+00
  br i1 %nz207, label %u4.fdiv208, label %u4.num_slow

u4.fdiv208:                                       ; preds = %u4.mixed_fast
  %fdiv209 = fdiv double %x, %y
  br label %u4.float_result

u4.fbox_done210:                                  ; preds = %u4.fbox_next218, %u4.fbox_operand217
  %fbox223 = phi ptr [ %p85, %u4.fbox_operand217 ], [ %c222, %u4.fbox_next218 ]
  br label %u4.num_done

u4.fbox_operand217:                               ; preds = %u4.float_result
  %f219 = getelementptr i8, ptr %p85, i64 16
  store double %fres, ptr %f219, align 8
  %rc220 = load i64, ptr %p85, align 4
  %rc1221 = add i64 %rc220, 1
  store i64 %rc1221, ptr %p85, align 4
  br label %u4.fbox_done210

u4.fbox_next218:                                  ; preds = %u4.float_result
  %c222 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u4.fbox_done210

u4.operator_dunder:                               ; preds = %u4.num_slow
  %c227 = call ptr @rjit_binary_dunder(ptr %0, ptr %p85, ptr %v, i32 11)
  br label %u4.operator_done

u4.operator_c:                                    ; preds = %u4.num_slow
  %c228 = call ptr @PyNumber_TrueDivide(ptr %p85, ptr %v)
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
  br label %u8.global_done

u8.global_done:                                   ; preds = %u8.global_miss, %u8.global_hit
  %global = phi ptr [ %cached, %u8.global_hit ], [ %c312, %u8.global_miss ]
  %isnull333 = icmp eq ptr %global, null
  br i1 %isnull333, label %u8.unwind, label %u8.ok, !prof !0

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

u8.unwind:                                        ; preds = %u8.global_done
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

u8.ok:                                            ; preds = %u8.global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

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
