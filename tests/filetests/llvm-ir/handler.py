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
  %v245 = load ptr, ptr %s0, align 8
  %f246 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f246, align 4
  %f247 = getelementptr i8, ptr %f4, i64 12
  %f248 = getelementptr i8, ptr %1, i64 56
  store ptr %f247, ptr %f248, align 8
  %f249 = getelementptr i8, ptr %0, i64 56
  %p250 = load ptr, ptr %f249, align 8
  %f251 = getelementptr i8, ptr %1, i64 48
  %p252 = load ptr, ptr %f251, align 8
  %f253 = getelementptr i8, ptr %p250, i64 8
  store ptr %p252, ptr %f253, align 8
  %f254 = getelementptr i8, ptr %0, i64 32
  %rem255 = load i32, ptr %f254, align 4
  %rem1256 = add i32 %rem255, 1
  store i32 %rem1256, ptr %f254, align 4
  ret ptr %v245

i7:                                               ; preds = %u4.unwind_compiled
  %v257 = load ptr, ptr %s0, align 8
  %f258 = getelementptr i8, ptr %1, i64 80
  store ptr %v257, ptr %f258, align 8
  %f259 = getelementptr i8, ptr %f4, i64 14
  %f260 = getelementptr i8, ptr %1, i64 56
  store ptr %f259, ptr %f260, align 8
  %f261 = getelementptr i8, ptr %1, i64 80
  %c262 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f261, i32 0)
  br label %u7.ok

i8:                                               ; preds = %u7.ok
  %f266 = getelementptr i8, ptr %2, i64 16
  %p267 = load ptr, ptr %f266, align 8
  %f268 = getelementptr i8, ptr %p6, i64 0
  %f269 = getelementptr i8, ptr %f4, i64 16
  %f270 = getelementptr i8, ptr %1, i64 56
  store ptr %f269, ptr %f270, align 8
  %f271 = getelementptr i8, ptr %1, i64 8
  %p272 = load ptr, ptr %f271, align 8
  %f273 = getelementptr i8, ptr %p272, i64 8
  %p274 = load ptr, ptr %f273, align 8
  %a275 = ptrtoint ptr %p274 to i64
  %eq276 = icmp eq i64 %a275, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq276, label %u8.globals_dict, label %u8.global_miss, !prof !1

i14:                                              ; preds = %u8.global_done
  %v338 = load ptr, ptr %s1, align 8
  %f339 = getelementptr i8, ptr %1, i64 88
  store ptr %v338, ptr %f339, align 8
  %v340 = load ptr, ptr %s2, align 8
  %f341 = getelementptr i8, ptr %1, i64 96
  store ptr %v340, ptr %f341, align 8
  %f342 = getelementptr i8, ptr %f4, i64 28
  %f343 = getelementptr i8, ptr %1, i64 56
  store ptr %f342, ptr %f343, align 8
  %f344 = getelementptr i8, ptr %1, i64 88
  %c345 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f344, i32 0)
  %failed = icmp slt i32 %c345, 0
  br i1 %failed, label %u14.unwind, label %u14.ok

i15:                                              ; preds = %u14.ok
  %v370 = load ptr, ptr %s2, align 8
  %a371 = ptrtoint ptr %v370 to i64
  %eq372 = icmp eq i64 %a371, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq372, label %u15.fast_bool, label %u15.chk_false

i16:                                              ; preds = %u15.truth
  %v421 = load ptr, ptr %s1, align 8
  %isnull422 = icmp eq ptr %v421, null
  br i1 %isnull422, label %u16.cont, label %u16.xdec

i17:                                              ; preds = %u16.cont
  %v429 = load ptr, ptr %s0, align 8
  %f430 = getelementptr i8, ptr %1, i64 80
  store ptr %v429, ptr %f430, align 8
  %f431 = getelementptr i8, ptr %f4, i64 34
  %f432 = getelementptr i8, ptr %1, i64 56
  store ptr %f431, ptr %f432, align 8
  %f433 = getelementptr i8, ptr %1, i64 80
  %c434 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f433, i32 0)
  br label %u17.ok

i18:                                              ; preds = %u17.ok
  %f435 = getelementptr i8, ptr %2, i64 0
  %p436 = load ptr, ptr %f435, align 8
  %rc437 = load i64, ptr %p436, align 4
  %rc1438 = add i64 %rc437, 1
  store i64 %rc1438, ptr %p436, align 4
  store ptr %p436, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v439 = load ptr, ptr %s0, align 8
  %f440 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f440, align 4
  %f441 = getelementptr i8, ptr %f4, i64 38
  %f442 = getelementptr i8, ptr %1, i64 56
  store ptr %f441, ptr %f442, align 8
  %f443 = getelementptr i8, ptr %0, i64 56
  %p444 = load ptr, ptr %f443, align 8
  %f445 = getelementptr i8, ptr %1, i64 48
  %p446 = load ptr, ptr %f445, align 8
  %f447 = getelementptr i8, ptr %p444, i64 8
  store ptr %p446, ptr %f447, align 8
  %f448 = getelementptr i8, ptr %0, i64 32
  %rem449 = load i32, ptr %f448, align 4
  %rem1450 = add i32 %rem449, 1
  store i32 %rem1450, ptr %f448, align 4
  ret ptr %v439

i20:                                              ; preds = %u15.truth
  %v451 = load ptr, ptr %s1, align 8
  %f452 = getelementptr i8, ptr %1, i64 88
  store ptr %v451, ptr %f452, align 8
  %f453 = getelementptr i8, ptr %f4, i64 40
  %f454 = getelementptr i8, ptr %1, i64 56
  store ptr %f453, ptr %f454, align 8
  %f455 = getelementptr i8, ptr %1, i64 88
  %c456 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f455, i32 0)
  %failed471 = icmp slt i32 %c456, 0
  br i1 %failed471, label %u20.unwind, label %u20.not_error

i21:                                              ; preds = %u20.unwind472, %u20.unwind_compiled, %u15.cont406, %u14.cont, %u8.cont
  %v475 = load ptr, ptr %s0, align 8
  %rc476 = load i64, ptr %v475, align 4
  %rc1477 = add i64 %rc476, 1
  store i64 %rc1477, ptr %v475, align 4
  store ptr %v475, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v478 = load ptr, ptr %s3, align 8
  %f479 = getelementptr i8, ptr %1, i64 104
  store ptr %v478, ptr %f479, align 8
  %f480 = getelementptr i8, ptr %f4, i64 44
  %f481 = getelementptr i8, ptr %1, i64 56
  store ptr %f480, ptr %f481, align 8
  %f482 = getelementptr i8, ptr %1, i64 104
  %c483 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f482, i32 0)
  br label %u22.ok

i23:                                              ; preds = %u22.ok
  %f491 = getelementptr i8, ptr %0, i64 56
  %p492 = load ptr, ptr %f491, align 8
  %f493 = getelementptr i8, ptr %p492, i64 0
  %use_tracing494 = load i8, ptr %f493, align 1
  %tracing495 = icmp ne i8 %use_tracing494, 0
  br i1 %tracing495, label %u23.deopt, label %u23.not_tracing

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

u4.num_done:                                      ; preds = %u4.operator_done, %u4.fbox_done214, %u4.fbox_done167, %u4.fbox_done82, %u4.fbox_done
  %res = phi ptr [ %fbox, %u4.fbox_done ], [ %fbox84, %u4.fbox_done82 ], [ %fbox173, %u4.fbox_done167 ], [ %fbox227, %u4.fbox_done214 ], [ %number, %u4.operator_done ]
  %v233 = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v233, null
  br i1 %isnull, label %u4.cont, label %u4.xdec

u4.num_slow:                                      ; preds = %u4.mixed_fast, %u4.int_value195, %u4.mixed_check, %u4.float_fast, %u4.divisor_ok141, %u4.int_fast, %u4.int_value126, %u4.box_operands
  %f228 = getelementptr i8, ptr %p86, i64 8
  %p229 = load ptr, ptr %f228, align 8
  %f230 = getelementptr i8, ptr %p229, i64 168
  %i = load i64, ptr %f230, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u4.operator_dunder, label %u4.operator_c

u4.float_result:                                  ; preds = %u4.fdiv212, %u4.itruediv147
  %fres = phi double [ %q150, %u4.itruediv147 ], [ %fdiv213, %u4.fdiv212 ]
  %rc215 = load i64, ptr %p86, align 4
  %only216 = icmp eq i64 %rc215, 1
  %f217 = getelementptr i8, ptr %p86, i64 8
  %p218 = load ptr, ptr %f217, align 8
  %a219 = ptrtoint ptr %p218 to i64
  %eq220 = icmp eq i64 %a219, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only216, %eq220
  br i1 %only_float, label %u4.fbox_operand221, label %u4.fbox_next222

u4.box_operands:                                  ; preds = %u4.unboxed_floats, %u4.divisor_ok, %u4.unboxed_ints, %u4.int_value57, %u4.view_long42, %u4.int_value, %u4.view_long, %u4.view_int
  %f85 = getelementptr i8, ptr %2, i64 8
  %p86 = load ptr, ptr %f85, align 8
  %rc = load i64, ptr %p86, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p86, align 4
  store ptr %p86, ptr %s0, align 8
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
  %f32 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f32, align 4
  %digit133 = zext i32 %digit1 to i64
  %hi = shl i64 %digit133, 30
  %mag = add i64 %digit031, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u4.int_value

u4.int_value:                                     ; preds = %u4.int_two_digits, %u4.view_is_int
  %compact34 = phi i1 [ true, %u4.view_is_int ], [ %two_digits, %u4.int_two_digits ]
  %ival = phi i64 [ %ival1, %u4.view_is_int ], [ %ival2, %u4.int_two_digits ]
  br i1 %compact34, label %u4.view_compact35, label %u4.box_operands, !prof !1

u4.view_compact35:                                ; preds = %u4.int_value
  br label %u4.view

u4.view36:                                        ; preds = %u4.view_compact70, %u4.view_float41
  %vkind71 = phi i8 [ 1, %u4.view_float41 ], [ 2, %u4.view_compact70 ]
  %vf72 = phi double [ %fval44, %u4.view_float41 ], [ 0.000000e+00, %u4.view_compact70 ]
  %vi73 = phi i64 [ 0, %u4.view_float41 ], [ %ival69, %u4.view_compact70 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind71, 2
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
  %size150 = add i64 %size49, 1
  %one_digit51 = icmp ule i64 %size150, 2
  %f52 = getelementptr i8, ptr %v, i64 24
  %digit053 = load i32, ptr %f52, align 4
  %digit054 = zext i32 %digit053 to i64
  %ival155 = mul i64 %size49, %digit054
  br i1 %one_digit51, label %u4.int_value57, label %u4.int_two_digits56, !prof !1

u4.int_two_digits56:                              ; preds = %u4.view_is_int47
  %size258 = add i64 %size49, 2
  %two_digits59 = icmp ule i64 %size258, 4
  %f60 = getelementptr i8, ptr %v, i64 28
  %digit161 = load i32, ptr %f60, align 4
  %digit162 = zext i32 %digit161 to i64
  %hi63 = shl i64 %digit162, 30
  %mag64 = add i64 %digit054, %hi63
  %negative65 = icmp slt i64 %size49, 0
  %neg_mag66 = sub i64 0, %mag64
  %ival267 = select i1 %negative65, i64 %neg_mag66, i64 %mag64
  br label %u4.int_value57

u4.int_value57:                                   ; preds = %u4.int_two_digits56, %u4.view_is_int47
  %compact68 = phi i1 [ true, %u4.view_is_int47 ], [ %two_digits59, %u4.int_two_digits56 ]
  %ival69 = phi i64 [ %ival155, %u4.view_is_int47 ], [ %ival267, %u4.int_two_digits56 ]
  br i1 %compact68, label %u4.view_compact70, label %u4.box_operands, !prof !1

u4.view_compact70:                                ; preds = %u4.int_value57
  br label %u4.view36

u4.unboxed_ints:                                  ; preds = %u4.view36
  %nz = icmp ne i64 %vi73, 0
  br i1 %nz, label %u4.divisor_ok, label %u4.box_operands, !prof !1

u4.unboxed_floats:                                ; preds = %u4.view36
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof79 = sitofp i64 %vi73 to double
  %view_f80 = select i1 %rint, double %itof79, double %vf72
  %nz81 = fcmp une double %view_f80, 0.000000e+00
  br i1 %nz81, label %u4.fdiv, label %u4.box_operands

u4.divisor_ok:                                    ; preds = %u4.unboxed_ints
  %bias74 = add i64 %vi, 9007199254740992
  %exact = icmp ule i64 %bias74, 18014398509481984
  %bias75 = add i64 %vi73, 9007199254740992
  %exact76 = icmp ule i64 %bias75, 18014398509481984
  %exact77 = and i1 %exact, %exact76
  br i1 %exact77, label %u4.itruediv, label %u4.box_operands, !prof !1

u4.itruediv:                                      ; preds = %u4.divisor_ok
  %fx = sitofp i64 %vi to double
  %fy = sitofp i64 %vi73 to double
  %q = fdiv double %fx, %fy
  %c78 = call ptr @PyFloat_FromDouble(double %q)
  br label %u4.fbox_done

u4.fbox_done:                                     ; preds = %u4.itruediv
  %fbox = phi ptr [ %c78, %u4.itruediv ]
  br label %u4.num_done

u4.fdiv:                                          ; preds = %u4.unboxed_floats
  %fdiv = fdiv double %view_f, %view_f80
  %c83 = call ptr @PyFloat_FromDouble(double %fdiv)
  br label %u4.fbox_done82

u4.fbox_done82:                                   ; preds = %u4.fdiv
  %fbox84 = phi ptr [ %c83, %u4.fdiv ]
  br label %u4.num_done

u4.boxed_paths_unused:                            ; No predecessors!
  %f87 = getelementptr i8, ptr %p86, i64 8
  %p88 = load ptr, ptr %f87, align 8
  %f89 = getelementptr i8, ptr %v, i64 8
  %p90 = load ptr, ptr %f89, align 8
  %a91 = ptrtoint ptr %p88 to i64
  %eq92 = icmp eq i64 %a91, ptrtoint (ptr @PyLong_Type to i64)
  %a93 = ptrtoint ptr %p90 to i64
  %eq94 = icmp eq i64 %a93, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq92, %eq94
  br i1 %both, label %u4.int_test, label %u4.float_check

u4.int_test:                                      ; preds = %u4.boxed_paths_unused
  %f95 = getelementptr i8, ptr %p86, i64 16
  %size96 = load i64, ptr %f95, align 4
  %size197 = add i64 %size96, 1
  %one_digit98 = icmp ule i64 %size197, 2
  %f99 = getelementptr i8, ptr %p86, i64 24
  %digit0100 = load i32, ptr %f99, align 4
  %digit0101 = zext i32 %digit0100 to i64
  %ival1102 = mul i64 %size96, %digit0101
  br i1 %one_digit98, label %u4.int_value104, label %u4.int_two_digits103, !prof !1

u4.float_check:                                   ; preds = %u4.boxed_paths_unused
  %f151 = getelementptr i8, ptr %p86, i64 8
  %p152 = load ptr, ptr %f151, align 8
  %f153 = getelementptr i8, ptr %v, i64 8
  %p154 = load ptr, ptr %f153, align 8
  %a155 = ptrtoint ptr %p152 to i64
  %eq156 = icmp eq i64 %a155, ptrtoint (ptr @PyFloat_Type to i64)
  %a157 = ptrtoint ptr %p154 to i64
  %eq158 = icmp eq i64 %a157, ptrtoint (ptr @PyFloat_Type to i64)
  %both159 = and i1 %eq156, %eq158
  br i1 %both159, label %u4.float_fast, label %u4.mixed_check, !prof !1

u4.int_two_digits103:                             ; preds = %u4.int_test
  %size2105 = add i64 %size96, 2
  %two_digits106 = icmp ule i64 %size2105, 4
  %f107 = getelementptr i8, ptr %p86, i64 28
  %digit1108 = load i32, ptr %f107, align 4
  %digit1109 = zext i32 %digit1108 to i64
  %hi110 = shl i64 %digit1109, 30
  %mag111 = add i64 %digit0101, %hi110
  %negative112 = icmp slt i64 %size96, 0
  %neg_mag113 = sub i64 0, %mag111
  %ival2114 = select i1 %negative112, i64 %neg_mag113, i64 %mag111
  br label %u4.int_value104

u4.int_value104:                                  ; preds = %u4.int_two_digits103, %u4.int_test
  %compact115 = phi i1 [ true, %u4.int_test ], [ %two_digits106, %u4.int_two_digits103 ]
  %ival116 = phi i64 [ %ival1102, %u4.int_test ], [ %ival2114, %u4.int_two_digits103 ]
  %f117 = getelementptr i8, ptr %v, i64 16
  %size118 = load i64, ptr %f117, align 4
  %size1119 = add i64 %size118, 1
  %one_digit120 = icmp ule i64 %size1119, 2
  %f121 = getelementptr i8, ptr %v, i64 24
  %digit0122 = load i32, ptr %f121, align 4
  %digit0123 = zext i32 %digit0122 to i64
  %ival1124 = mul i64 %size118, %digit0123
  br i1 %one_digit120, label %u4.int_value126, label %u4.int_two_digits125, !prof !1

u4.int_two_digits125:                             ; preds = %u4.int_value104
  %size2127 = add i64 %size118, 2
  %two_digits128 = icmp ule i64 %size2127, 4
  %f129 = getelementptr i8, ptr %v, i64 28
  %digit1130 = load i32, ptr %f129, align 4
  %digit1131 = zext i32 %digit1130 to i64
  %hi132 = shl i64 %digit1131, 30
  %mag133 = add i64 %digit0123, %hi132
  %negative134 = icmp slt i64 %size118, 0
  %neg_mag135 = sub i64 0, %mag133
  %ival2136 = select i1 %negative134, i64 %neg_mag135, i64 %mag133
  br label %u4.int_value126

u4.int_value126:                                  ; preds = %u4.int_two_digits125, %u4.int_value104
  %compact137 = phi i1 [ true, %u4.int_value104 ], [ %two_digits128, %u4.int_two_digits125 ]
  %ival138 = phi i64 [ %ival1124, %u4.int_value104 ], [ %ival2136, %u4.int_two_digits125 ]
  %compact139 = and i1 %compact115, %compact137
  br i1 %compact139, label %u4.int_fast, label %u4.num_slow, !prof !1

u4.int_fast:                                      ; preds = %u4.int_value126
  %nz140 = icmp ne i64 %ival138, 0
  br i1 %nz140, label %u4.divisor_ok141, label %u4.num_slow, !prof !1

u4.divisor_ok141:                                 ; preds = %u4.int_fast
  %bias142 = add i64 %ival116, 9007199254740992
  %exact143 = icmp ule i64 %bias142, 18014398509481984
  %bias144 = add i64 %ival138, 9007199254740992
  %exact145 = icmp ule i64 %bias144, 18014398509481984
  %exact146 = and i1 %exact143, %exact145
  br i1 %exact146, label %u4.itruediv147, label %u4.num_slow, !prof !1

u4.itruediv147:                                   ; preds = %u4.divisor_ok141
  %fx148 = sitofp i64 %ival116 to double
  %fy149 = sitofp i64 %ival138 to double
  %q150 = fdiv double %fx148, %fy149
  br label %u4.float_result

u4.float_fast:                                    ; preds = %u4.float_check
  %f160 = getelementptr i8, ptr %p86, i64 16
  %fval161 = load double, ptr %f160, align 8
  %f162 = getelementptr i8, ptr %v, i64 16
  %fval163 = load double, ptr %f162, align 8
  %nz164 = fcmp une double %fval163, 0.000000e+00
  br i1 %nz164, label %u4.fdiv165, label %u4.num_slow

u4.mixed_check:                                   ; preds = %u4.float_check
  %f174 = getelementptr i8, ptr %p86, i64 8
  %p175 = load ptr, ptr %f174, align 8
  %a176 = ptrtoint ptr %p175 to i64
  %eq177 = icmp eq i64 %a176, ptrtoint (ptr @PyFloat_Type to i64)
  %a178 = ptrtoint ptr %p175 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyLong_Type to i64)
  %f180 = getelementptr i8, ptr %v, i64 8
  %p181 = load ptr, ptr %f180, align 8
  %a182 = ptrtoint ptr %p181 to i64
  %eq183 = icmp eq i64 %a182, ptrtoint (ptr @PyFloat_Type to i64)
  %a184 = ptrtoint ptr %p181 to i64
  %eq185 = icmp eq i64 %a184, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq177, %eq185
  %int_first = and i1 %eq179, %eq183
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u4.mixed, label %u4.num_slow, !prof !1

u4.fdiv165:                                       ; preds = %u4.float_fast
  %fdiv166 = fdiv double %fval161, %fval163
  %rc168 = load i64, ptr %p86, align 4
  %only = icmp eq i64 %rc168, 1
  br i1 %only, label %u4.fbox_operand, label %u4.fbox_next

u4.fbox_done167:                                  ; preds = %u4.fbox_next, %u4.fbox_operand
  %fbox173 = phi ptr [ %p86, %u4.fbox_operand ], [ %c172, %u4.fbox_next ]
  br label %u4.num_done

u4.fbox_operand:                                  ; preds = %u4.fdiv165
  %f169 = getelementptr i8, ptr %p86, i64 16
  store double %fdiv166, ptr %f169, align 8
  %rc170 = load i64, ptr %p86, align 4
  %rc1171 = add i64 %rc170, 1
  store i64 %rc1171, ptr %p86, align 4
  br label %u4.fbox_done167

u4.fbox_next:                                     ; preds = %u4.fdiv165
  %c172 = call ptr @PyFloat_FromDouble(double %fdiv166)
  br label %u4.fbox_done167

u4.mixed:                                         ; preds = %u4.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %p86
  %float_operand = select i1 %float_first, ptr %p86, ptr %v
  %f186 = getelementptr i8, ptr %int_operand, i64 16
  %size187 = load i64, ptr %f186, align 4
  %size1188 = add i64 %size187, 1
  %one_digit189 = icmp ule i64 %size1188, 2
  %f190 = getelementptr i8, ptr %int_operand, i64 24
  %digit0191 = load i32, ptr %f190, align 4
  %digit0192 = zext i32 %digit0191 to i64
  %ival1193 = mul i64 %size187, %digit0192
  br i1 %one_digit189, label %u4.int_value195, label %u4.int_two_digits194, !prof !1

u4.int_two_digits194:                             ; preds = %u4.mixed
  %size2196 = add i64 %size187, 2
  %two_digits197 = icmp ule i64 %size2196, 4
  %f198 = getelementptr i8, ptr %int_operand, i64 28
  %digit1199 = load i32, ptr %f198, align 4
  %digit1200 = zext i32 %digit1199 to i64
  %hi201 = shl i64 %digit1200, 30
  %mag202 = add i64 %digit0192, %hi201
  %negative203 = icmp slt i64 %size187, 0
  %neg_mag204 = sub i64 0, %mag202
  %ival2205 = select i1 %negative203, i64 %neg_mag204, i64 %mag202
  br label %u4.int_value195

u4.int_value195:                                  ; preds = %u4.int_two_digits194, %u4.mixed
  %compact206 = phi i1 [ true, %u4.mixed ], [ %two_digits197, %u4.int_two_digits194 ]
  %ival207 = phi i64 [ %ival1193, %u4.mixed ], [ %ival2205, %u4.int_two_digits194 ]
  br i1 %compact206, label %u4.mixed_fast, label %u4.num_slow, !prof !1

u4.mixed_fast:                                    ; preds = %u4.int_value195
  %itof208 = sitofp i64 %ival207 to double
  %f209 = getelementptr i8, ptr %float_operand, i64 16
  %fval210 = load double, ptr %f209, align 8
  %x = select i1 %float_first, double %fval210, double %itof208
  %y = select i1 %float_first, double %itof208, double %fval210
  %nz211 = fcmp une double %y, 0.000000e+00
  br i1 %nz211, label %u4.fdiv212, label %u4.num_slow

u4.fdiv212:                                       ; preds = %u4.mixed_fast
  %fdiv213 = fdiv double %x, %y
  br label %u4.float_result

u4.fbox_done214:                                  ; preds = %u4.fbox_next222, %u4.fbox_operand221
  %fbox227 = phi ptr [ %p86, %u4.fbox_operand221 ], [ %c226, %u4.fbox_next222 ]
  br label %u4.num_done

u4.fbox_operand221:                               ; preds = %u4.float_result
  %f223 = getelementptr i8, ptr %p86, i64 16
  store double %fres, ptr %f223, align 8
  %rc224 = load i64, ptr %p86, align 4
  %rc1225 = add i64 %rc224, 1
  store i64 %rc1225, ptr %p86, align 4
  br label %u4.fbox_done214

u4.fbox_next222:                                  ; preds = %u4.float_result
  %c226 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u4.fbox_done214

u4.operator_dunder:                               ; preds = %u4.num_slow
  %c231 = call ptr @rjit_binary_dunder(ptr %0, ptr %p86, ptr %v, i32 11)
  br label %u4.operator_done

u4.operator_c:                                    ; preds = %u4.num_slow
  %c232 = call ptr @PyNumber_TrueDivide(ptr %p86, ptr %v)
  br label %u4.operator_done

u4.operator_done:                                 ; preds = %u4.operator_c, %u4.operator_dunder
  %number = phi ptr [ %c231, %u4.operator_dunder ], [ %c232, %u4.operator_c ]
  br label %u4.num_done

u4.xdec:                                          ; preds = %u4.num_done
  %rc234 = load i64, ptr %v233, align 4
  %rc1235 = sub i64 %rc234, 1
  store i64 %rc1235, ptr %v233, align 4
  %dead = icmp eq i64 %rc1235, 0
  br i1 %dead, label %u4.dealloc, label %u4.cont236, !prof !0

u4.cont:                                          ; preds = %u4.cont236, %u4.num_done
  %isnull244 = icmp eq ptr %res, null
  br i1 %isnull244, label %u4.unwind, label %u4.ok, !prof !0

u4.dealloc:                                       ; preds = %u4.xdec
  call void @_Py_Dealloc(ptr %v233)
  br label %u4.cont236

u4.cont236:                                       ; preds = %u4.dealloc, %u4.xdec
  br label %u4.cont

u4.unwind:                                        ; preds = %u4.cont
  call void @rjit_traceback_here(ptr %0)
  %f237 = getelementptr i8, ptr %0, i64 56
  %p238 = load ptr, ptr %f237, align 8
  %f239 = getelementptr i8, ptr %p238, i64 0
  %use_tracing = load i8, ptr %f239, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %u4.trace_exception, label %u4.unwind_compiled

u4.trace_exception:                               ; preds = %u4.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u4.unwind_compiled

u4.unwind_compiled:                               ; preds = %u4.trace_exception, %u4.unwind
  %c240 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c240, ptr %s0, align 8
  br i1 %tracing, label %u4.deopt, label %i7

u4.deopt:                                         ; preds = %u4.unwind_compiled
  %v241 = load ptr, ptr %s0, align 8
  %f242 = getelementptr i8, ptr %1, i64 80
  store ptr %v241, ptr %f242, align 8
  %c243 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c243

u4.ok:                                            ; preds = %u4.cont
  store ptr %res, ptr %s0, align 8
  br label %i6

u7.ok:                                            ; preds = %i7
  %f263 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f263, align 8
  store ptr %r, ptr %s0, align 8
  %f264 = getelementptr i8, ptr %1, i64 88
  %r265 = load ptr, ptr %f264, align 8
  store ptr %r265, ptr %s1, align 8
  br label %i8

u8.global_miss:                                   ; preds = %u8.builtins_dict, %u8.no_new_globals, %u8.in_builtins, %u8.entry_name, %u8.entry_valid, %u8.in_globals, %u8.globals_dict, %i8
  %c316 = call ptr @rjit_load_global(ptr %1, ptr %p267, ptr %f268)
  %isnull337 = icmp eq ptr %c316, null
  br i1 %isnull337, label %u8.unwind, label %u8.ok, !prof !0

u8.global_done:                                   ; preds = %u8.ok, %u8.global_hit
  %global = phi ptr [ %cached, %u8.global_hit ], [ %c316, %u8.ok ]
  store ptr %global, ptr %s2, align 8
  br label %i14

u8.globals_dict:                                  ; preds = %i8
  %f277 = getelementptr i8, ptr %p272, i64 32
  %p278 = load ptr, ptr %f277, align 8
  %f279 = getelementptr i8, ptr %f268, i64 0
  %p280 = load ptr, ptr %f279, align 8
  %a281 = ptrtoint ptr %p278 to i64
  %b = ptrtoint ptr %p280 to i64
  %eq282 = icmp eq i64 %a281, %b
  br i1 %eq282, label %u8.globals_keys, label %u8.global_miss, !prof !1

u8.globals_keys:                                  ; preds = %u8.globals_dict
  %f283 = getelementptr i8, ptr %p278, i64 24
  %i284 = load i64, ptr %f283, align 4
  %f285 = getelementptr i8, ptr %f268, i64 8
  %i286 = load i64, ptr %f285, align 4
  %f287 = getelementptr i8, ptr %f268, i64 16
  %i288 = load i64, ptr %f287, align 4
  %from_globals = icmp eq i64 %i288, 0
  br i1 %from_globals, label %u8.in_globals, label %u8.in_builtins

u8.in_globals:                                    ; preds = %u8.globals_keys
  %f289 = getelementptr i8, ptr %f268, i64 24
  %i290 = load i64, ptr %f289, align 4
  %want_lib = lshr i64 %i290, 32
  %index = and i64 %i290, 4294967295
  %f291 = getelementptr i8, ptr %p278, i64 9
  %i292 = load i8, ptr %f291, align 1
  %lib = zext i8 %i292 to i64
  %f293 = getelementptr i8, ptr %p278, i64 10
  %i294 = load i8, ptr %f293, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i284
  %unicode = icmp ne i8 %i294, 0
  %ok = and i1 %same_lib, %within
  %ok295 = and i1 %ok, %unicode
  br i1 %ok295, label %u8.entry_valid, label %u8.global_miss, !prof !1

u8.in_builtins:                                   ; preds = %u8.globals_keys
  %same_n = icmp eq i64 %i284, %i286
  br i1 %same_n, label %u8.no_new_globals, label %u8.global_miss, !prof !1

u8.entry_valid:                                   ; preds = %u8.in_globals
  %entry296 = inttoptr i64 %i286 to ptr
  %f297 = getelementptr i8, ptr %entry296, i64 0
  %p298 = load ptr, ptr %f297, align 8
  %a299 = ptrtoint ptr %p298 to i64
  %b300 = ptrtoint ptr %p267 to i64
  %eq301 = icmp eq i64 %a299, %b300
  br i1 %eq301, label %u8.entry_name, label %u8.global_miss, !prof !1

u8.entry_name:                                    ; preds = %u8.entry_valid
  %f302 = getelementptr i8, ptr %entry296, i64 8
  %p303 = load ptr, ptr %f302, align 8
  %present = icmp ne ptr %p303, null
  br i1 %present, label %u8.entry_value, label %u8.global_miss, !prof !1

u8.entry_value:                                   ; preds = %u8.entry_name
  br label %u8.global_hit

u8.global_hit:                                    ; preds = %u8.builtins_tag, %u8.entry_value
  %cached = phi ptr [ %p303, %u8.entry_value ], [ %p313, %u8.builtins_tag ]
  %rc314 = load i64, ptr %cached, align 4
  %rc1315 = add i64 %rc314, 1
  store i64 %rc1315, ptr %cached, align 4
  br label %u8.global_done

u8.no_new_globals:                                ; preds = %u8.in_builtins
  %f304 = getelementptr i8, ptr %1, i64 16
  %p305 = load ptr, ptr %f304, align 8
  %f306 = getelementptr i8, ptr %p305, i64 8
  %p307 = load ptr, ptr %f306, align 8
  %a308 = ptrtoint ptr %p307 to i64
  %eq309 = icmp eq i64 %a308, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq309, label %u8.builtins_dict, label %u8.global_miss, !prof !1

u8.builtins_dict:                                 ; preds = %u8.no_new_globals
  %f310 = getelementptr i8, ptr %p305, i64 24
  %i311 = load i64, ptr %f310, align 4
  %bsame = icmp eq i64 %i288, %i311
  br i1 %bsame, label %u8.builtins_tag, label %u8.global_miss, !prof !1

u8.builtins_tag:                                  ; preds = %u8.builtins_dict
  %f312 = getelementptr i8, ptr %f268, i64 24
  %p313 = load ptr, ptr %f312, align 8
  br label %u8.global_hit

u8.unwind:                                        ; preds = %u8.global_miss
  call void @rjit_traceback_here(ptr %0)
  %f317 = getelementptr i8, ptr %0, i64 56
  %p318 = load ptr, ptr %f317, align 8
  %f319 = getelementptr i8, ptr %p318, i64 0
  %use_tracing320 = load i8, ptr %f319, align 1
  %tracing321 = icmp ne i8 %use_tracing320, 0
  br i1 %tracing321, label %u8.trace_exception, label %u8.unwind_compiled

u8.trace_exception:                               ; preds = %u8.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u8.unwind_compiled

u8.unwind_compiled:                               ; preds = %u8.trace_exception, %u8.unwind
  %v322 = load ptr, ptr %s1, align 8
  %isnull323 = icmp eq ptr %v322, null
  br i1 %isnull323, label %u8.cont, label %u8.xdec

u8.xdec:                                          ; preds = %u8.unwind_compiled
  %rc324 = load i64, ptr %v322, align 4
  %rc1325 = sub i64 %rc324, 1
  store i64 %rc1325, ptr %v322, align 4
  %dead326 = icmp eq i64 %rc1325, 0
  br i1 %dead326, label %u8.dealloc, label %u8.cont327, !prof !0

u8.cont:                                          ; preds = %u8.cont327, %u8.unwind_compiled
  %c328 = call ptr @rjit_lasti(ptr %1)
  store ptr %c328, ptr %s1, align 8
  %c329 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c329, ptr %s2, align 8
  br i1 %tracing321, label %u8.deopt, label %i21

u8.dealloc:                                       ; preds = %u8.xdec
  call void @_Py_Dealloc(ptr %v322)
  br label %u8.cont327

u8.cont327:                                       ; preds = %u8.dealloc, %u8.xdec
  br label %u8.cont

u8.deopt:                                         ; preds = %u8.cont
  %v330 = load ptr, ptr %s0, align 8
  %f331 = getelementptr i8, ptr %1, i64 80
  store ptr %v330, ptr %f331, align 8
  %v332 = load ptr, ptr %s1, align 8
  %f333 = getelementptr i8, ptr %1, i64 88
  store ptr %v332, ptr %f333, align 8
  %v334 = load ptr, ptr %s2, align 8
  %f335 = getelementptr i8, ptr %1, i64 96
  store ptr %v334, ptr %f335, align 8
  %c336 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c336

u8.ok:                                            ; preds = %u8.global_miss
  br label %u8.global_done

u14.ok:                                           ; preds = %i14
  %f366 = getelementptr i8, ptr %1, i64 88
  %r367 = load ptr, ptr %f366, align 8
  store ptr %r367, ptr %s1, align 8
  %f368 = getelementptr i8, ptr %1, i64 96
  %r369 = load ptr, ptr %f368, align 8
  store ptr %r369, ptr %s2, align 8
  br label %i15

u14.unwind:                                       ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f346 = getelementptr i8, ptr %0, i64 56
  %p347 = load ptr, ptr %f346, align 8
  %f348 = getelementptr i8, ptr %p347, i64 0
  %use_tracing349 = load i8, ptr %f348, align 1
  %tracing350 = icmp ne i8 %use_tracing349, 0
  br i1 %tracing350, label %u14.trace_exception, label %u14.unwind_compiled

u14.trace_exception:                              ; preds = %u14.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u14.unwind_compiled

u14.unwind_compiled:                              ; preds = %u14.trace_exception, %u14.unwind
  %v351 = load ptr, ptr %s1, align 8
  %isnull352 = icmp eq ptr %v351, null
  br i1 %isnull352, label %u14.cont, label %u14.xdec

u14.xdec:                                         ; preds = %u14.unwind_compiled
  %rc353 = load i64, ptr %v351, align 4
  %rc1354 = sub i64 %rc353, 1
  store i64 %rc1354, ptr %v351, align 4
  %dead355 = icmp eq i64 %rc1354, 0
  br i1 %dead355, label %u14.dealloc, label %u14.cont356, !prof !0

u14.cont:                                         ; preds = %u14.cont356, %u14.unwind_compiled
  %c357 = call ptr @rjit_lasti(ptr %1)
  store ptr %c357, ptr %s1, align 8
  %c358 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c358, ptr %s2, align 8
  br i1 %tracing350, label %u14.deopt, label %i21

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v351)
  br label %u14.cont356

u14.cont356:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.deopt:                                        ; preds = %u14.cont
  %v359 = load ptr, ptr %s0, align 8
  %f360 = getelementptr i8, ptr %1, i64 80
  store ptr %v359, ptr %f360, align 8
  %v361 = load ptr, ptr %s1, align 8
  %f362 = getelementptr i8, ptr %1, i64 88
  store ptr %v361, ptr %f362, align 8
  %v363 = load ptr, ptr %s2, align 8
  %f364 = getelementptr i8, ptr %1, i64 96
  store ptr %v363, ptr %f364, align 8
  %c365 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c365

u15.chk_false:                                    ; preds = %i15
  %a373 = ptrtoint ptr %v370 to i64
  %eq374 = icmp eq i64 %a373, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq374, label %u15.fast_bool, label %u15.is_true

u15.fast_bool:                                    ; preds = %u15.chk_false, %i15
  %rc375 = load i64, ptr %v370, align 4
  %rc1376 = sub i64 %rc375, 1
  store i64 %rc1376, ptr %v370, align 4
  br label %u15.truth

u15.is_true:                                      ; preds = %u15.chk_false
  %f377 = getelementptr i8, ptr %f4, i64 30
  %f378 = getelementptr i8, ptr %1, i64 56
  store ptr %f377, ptr %f378, align 8
  %f379 = getelementptr i8, ptr %v370, i64 8
  %p380 = load ptr, ptr %f379, align 8
  %a381 = ptrtoint ptr %p380 to i64
  %eq382 = icmp eq i64 %a381, ptrtoint (ptr @PyLong_Type to i64)
  %a383 = ptrtoint ptr %p380 to i64
  %eq384 = icmp eq i64 %a383, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq382, %eq384
  %a385 = ptrtoint ptr %p380 to i64
  %eq386 = icmp eq i64 %a385, ptrtoint (ptr @PyTuple_Type to i64)
  %sized387 = or i1 %sized, %eq386
  br i1 %sized387, label %u15.truth_by_size, label %u15.truth_call

u15.truth:                                        ; preds = %u15.ok, %u15.cont, %u15.fast_bool
  %t = phi i1 [ %eq372, %u15.fast_bool ], [ %size_nz, %u15.cont ], [ %truthy, %u15.ok ]
  br i1 %t, label %i16, label %i20

u15.truth_by_size:                                ; preds = %u15.is_true
  %f388 = getelementptr i8, ptr %v370, i64 16
  %i389 = load i64, ptr %f388, align 4
  %size_nz = icmp ne i64 %i389, 0
  %rc390 = load i64, ptr %v370, align 4
  %rc1391 = sub i64 %rc390, 1
  store i64 %rc1391, ptr %v370, align 4
  %dead392 = icmp eq i64 %rc1391, 0
  br i1 %dead392, label %u15.dealloc, label %u15.cont, !prof !0

u15.truth_call:                                   ; preds = %u15.is_true
  %c393 = call i32 @PyObject_IsTrue(ptr %v370)
  %rc394 = load i64, ptr %v370, align 4
  %rc1395 = sub i64 %rc394, 1
  store i64 %rc1395, ptr %v370, align 4
  %dead396 = icmp eq i64 %rc1395, 0
  br i1 %dead396, label %u15.dealloc397, label %u15.cont398, !prof !0

u15.dealloc:                                      ; preds = %u15.truth_by_size
  call void @_Py_Dealloc(ptr %v370)
  br label %u15.cont

u15.cont:                                         ; preds = %u15.dealloc, %u15.truth_by_size
  br label %u15.truth

u15.dealloc397:                                   ; preds = %u15.truth_call
  call void @_Py_Dealloc(ptr %v370)
  br label %u15.cont398

u15.cont398:                                      ; preds = %u15.dealloc397, %u15.truth_call
  %neg = icmp slt i32 %c393, 0
  br i1 %neg, label %u15.unwind, label %u15.ok, !prof !0

u15.unwind:                                       ; preds = %u15.cont398
  call void @rjit_traceback_here(ptr %0)
  %f399 = getelementptr i8, ptr %0, i64 56
  %p400 = load ptr, ptr %f399, align 8
  %f401 = getelementptr i8, ptr %p400, i64 0
  %use_tracing402 = load i8, ptr %f401, align 1
  %tracing403 = icmp ne i8 %use_tracing402, 0
  br i1 %tracing403, label %u15.trace_exception, label %u15.unwind_compiled

u15.trace_exception:                              ; preds = %u15.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u15.unwind_compiled

u15.unwind_compiled:                              ; preds = %u15.trace_exception, %u15.unwind
  %v404 = load ptr, ptr %s1, align 8
  %isnull405 = icmp eq ptr %v404, null
  br i1 %isnull405, label %u15.cont406, label %u15.xdec

u15.xdec:                                         ; preds = %u15.unwind_compiled
  %rc407 = load i64, ptr %v404, align 4
  %rc1408 = sub i64 %rc407, 1
  store i64 %rc1408, ptr %v404, align 4
  %dead409 = icmp eq i64 %rc1408, 0
  br i1 %dead409, label %u15.dealloc410, label %u15.cont411, !prof !0

u15.cont406:                                      ; preds = %u15.cont411, %u15.unwind_compiled
  %c412 = call ptr @rjit_lasti(ptr %1)
  store ptr %c412, ptr %s1, align 8
  %c413 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c413, ptr %s2, align 8
  br i1 %tracing403, label %u15.deopt, label %i21

u15.dealloc410:                                   ; preds = %u15.xdec
  call void @_Py_Dealloc(ptr %v404)
  br label %u15.cont411

u15.cont411:                                      ; preds = %u15.dealloc410, %u15.xdec
  br label %u15.cont406

u15.deopt:                                        ; preds = %u15.cont406
  %v414 = load ptr, ptr %s0, align 8
  %f415 = getelementptr i8, ptr %1, i64 80
  store ptr %v414, ptr %f415, align 8
  %v416 = load ptr, ptr %s1, align 8
  %f417 = getelementptr i8, ptr %1, i64 88
  store ptr %v416, ptr %f417, align 8
  %v418 = load ptr, ptr %s2, align 8
  %f419 = getelementptr i8, ptr %1, i64 96
  store ptr %v418, ptr %f419, align 8
  %c420 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c420

u15.ok:                                           ; preds = %u15.cont398
  %truthy = icmp ne i32 %c393, 0
  br label %u15.truth

u16.xdec:                                         ; preds = %i16
  %rc423 = load i64, ptr %v421, align 4
  %rc1424 = sub i64 %rc423, 1
  store i64 %rc1424, ptr %v421, align 4
  %dead425 = icmp eq i64 %rc1424, 0
  br i1 %dead425, label %u16.dealloc, label %u16.cont426, !prof !0

u16.cont:                                         ; preds = %u16.cont426, %i16
  br label %i17

u16.dealloc:                                      ; preds = %u16.xdec
  %f427 = getelementptr i8, ptr %f4, i64 32
  %f428 = getelementptr i8, ptr %1, i64 56
  store ptr %f427, ptr %f428, align 8
  call void @_Py_Dealloc(ptr %v421)
  br label %u16.cont426

u16.cont426:                                      ; preds = %u16.dealloc, %u16.xdec
  br label %u16.cont

u17.ok:                                           ; preds = %i17
  br label %i18

u20.ok:                                           ; preds = %u20.not_error
  unreachable

u20.unwind:                                       ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f457 = getelementptr i8, ptr %0, i64 56
  %p458 = load ptr, ptr %f457, align 8
  %f459 = getelementptr i8, ptr %p458, i64 0
  %use_tracing460 = load i8, ptr %f459, align 1
  %tracing461 = icmp ne i8 %use_tracing460, 0
  br i1 %tracing461, label %u20.trace_exception, label %u20.unwind_compiled

u20.trace_exception:                              ; preds = %u20.unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %u20.unwind_compiled

u20.unwind_compiled:                              ; preds = %u20.trace_exception, %u20.unwind
  %c462 = call ptr @rjit_lasti(ptr %1)
  store ptr %c462, ptr %s1, align 8
  %c463 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c463, ptr %s2, align 8
  br i1 %tracing461, label %u20.deopt, label %i21

u20.deopt:                                        ; preds = %u20.unwind_compiled
  %v464 = load ptr, ptr %s0, align 8
  %f465 = getelementptr i8, ptr %1, i64 80
  store ptr %v464, ptr %f465, align 8
  %v466 = load ptr, ptr %s1, align 8
  %f467 = getelementptr i8, ptr %1, i64 88
  store ptr %v466, ptr %f467, align 8
  %v468 = load ptr, ptr %s2, align 8
  %f469 = getelementptr i8, ptr %1, i64 96
  store ptr %v468, ptr %f469, align 8
  %c470 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c470

u20.unwind472:                                    ; preds = %u20.not_error
  %c473 = call ptr @rjit_lasti(ptr %1)
  store ptr %c473, ptr %s1, align 8
  %c474 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c474, ptr %s2, align 8
  br label %i21

u20.not_error:                                    ; preds = %i20
  %reraise = icmp sgt i32 %c456, 0
  br i1 %reraise, label %u20.unwind472, label %u20.ok

u22.ok:                                           ; preds = %i22
  br label %i23

u23.deopt:                                        ; preds = %i23
  %v484 = load ptr, ptr %s0, align 8
  %f485 = getelementptr i8, ptr %1, i64 80
  store ptr %v484, ptr %f485, align 8
  %v486 = load ptr, ptr %s1, align 8
  %f487 = getelementptr i8, ptr %1, i64 88
  store ptr %v486, ptr %f487, align 8
  %v488 = load ptr, ptr %s2, align 8
  %f489 = getelementptr i8, ptr %1, i64 96
  store ptr %v488, ptr %f489, align 8
  %c490 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c490

u23.not_tracing:                                  ; preds = %i23
  %v496 = load ptr, ptr %s1, align 8
  %f497 = getelementptr i8, ptr %1, i64 88
  store ptr %v496, ptr %f497, align 8
  %v498 = load ptr, ptr %s2, align 8
  %f499 = getelementptr i8, ptr %1, i64 96
  store ptr %v498, ptr %f499, align 8
  %f500 = getelementptr i8, ptr %f4, i64 46
  %f501 = getelementptr i8, ptr %1, i64 56
  store ptr %f500, ptr %f501, align 8
  %f502 = getelementptr i8, ptr %1, i64 88
  %c503 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f502, i32 1)
  %failed509 = icmp slt i32 %c503, 0
  br i1 %failed509, label %u23.error, label %u23.not_error

u23.ok:                                           ; preds = %u23.not_error
  unreachable

u23.error:                                        ; preds = %u23.not_tracing
  %v504 = load ptr, ptr %s0, align 8
  %f505 = getelementptr i8, ptr %1, i64 80
  store ptr %v504, ptr %f505, align 8
  %v506 = load ptr, ptr %s1, align 8
  %f507 = getelementptr i8, ptr %1, i64 88
  store ptr %v506, ptr %f507, align 8
  %c508 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c508

u23.error510:                                     ; preds = %u23.not_error
  %v511 = load ptr, ptr %s0, align 8
  %f512 = getelementptr i8, ptr %1, i64 80
  store ptr %v511, ptr %f512, align 8
  %v513 = load ptr, ptr %s1, align 8
  %f514 = getelementptr i8, ptr %1, i64 88
  store ptr %v513, ptr %f514, align 8
  %c515 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c515

u23.not_error:                                    ; preds = %u23.not_tracing
  %reraise516 = icmp sgt i32 %c503, 0
  br i1 %reraise516, label %u23.error510, label %u23.ok
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
