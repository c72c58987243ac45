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
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f14 = getelementptr i8, ptr %0, i64 16
  %p15 = load ptr, ptr %f14, align 8
  %f16 = getelementptr i8, ptr %p15, i64 100
  %eval_breaker = load volatile i32, ptr %f16, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker17, label %cont, !prof !0

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  store i8 2, ptr %k0, align 1
  store double 0.000000e+00, ptr %f0, align 8
  store i64 1, ptr %n0, align 4
  store ptr null, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f21 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f21, align 8
  store ptr %local, ptr %s1, align 8
  br label %i4

i4:                                               ; preds = %i3
  %v = load ptr, ptr %s1, align 8
  %v22 = load ptr, ptr %s0, align 8
  %ukind = load i8, ptr %k0, align 1
  %uf = load double, ptr %f0, align 8
  %ui = load i64, ptr %n0, align 4
  %f23 = getelementptr i8, ptr %f4, i64 8
  %f24 = getelementptr i8, ptr %1, i64 56
  store ptr %f23, ptr %f24, align 8
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %view, label %view_not_float, !prof !1

i6:                                               ; preds = %ok
  %v246 = load ptr, ptr %s0, align 8
  %f247 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f247, align 4
  %f248 = getelementptr i8, ptr %f4, i64 12
  %f249 = getelementptr i8, ptr %1, i64 56
  store ptr %f248, ptr %f249, align 8
  %f250 = getelementptr i8, ptr %0, i64 56
  %p251 = load ptr, ptr %f250, align 8
  %f252 = getelementptr i8, ptr %1, i64 48
  %p253 = load ptr, ptr %f252, align 8
  %f254 = getelementptr i8, ptr %p251, i64 8
  store ptr %p253, ptr %f254, align 8
  %f255 = getelementptr i8, ptr %0, i64 32
  %rem256 = load i32, ptr %f255, align 4
  %rem1257 = add i32 %rem256, 1
  store i32 %rem1257, ptr %f255, align 4
  ret ptr %v246

i7:                                               ; preds = %unwind_compiled
  %v258 = load ptr, ptr %s0, align 8
  %f259 = getelementptr i8, ptr %1, i64 80
  store ptr %v258, ptr %f259, align 8
  %f260 = getelementptr i8, ptr %f4, i64 14
  %f261 = getelementptr i8, ptr %1, i64 56
  store ptr %f260, ptr %f261, align 8
  %f262 = getelementptr i8, ptr %1, i64 80
  %c263 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f262, i32 0)
  br label %ok264

i8:                                               ; preds = %ok264
  %f268 = getelementptr i8, ptr %2, i64 16
  %p269 = load ptr, ptr %f268, align 8
  %f270 = getelementptr i8, ptr %p6, i64 0
  %f271 = getelementptr i8, ptr %f4, i64 16
  %f272 = getelementptr i8, ptr %1, i64 56
  store ptr %f271, ptr %f272, align 8
  %f273 = getelementptr i8, ptr %1, i64 8
  %p274 = load ptr, ptr %f273, align 8
  %f275 = getelementptr i8, ptr %p274, i64 8
  %p276 = load ptr, ptr %f275, align 8
  %a277 = ptrtoint ptr %p276 to i64
  %eq278 = icmp eq i64 %a277, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq278, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok347
  %v349 = load ptr, ptr %s1, align 8
  %f350 = getelementptr i8, ptr %1, i64 88
  store ptr %v349, ptr %f350, align 8
  %v351 = load ptr, ptr %s2, align 8
  %f352 = getelementptr i8, ptr %1, i64 96
  store ptr %v351, ptr %f352, align 8
  %f353 = getelementptr i8, ptr %f4, i64 28
  %f354 = getelementptr i8, ptr %1, i64 56
  store ptr %f353, ptr %f354, align 8
  %f355 = getelementptr i8, ptr %1, i64 88
  %c356 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f355, i32 0)
  %failed = icmp slt i32 %c356, 0
  br i1 %failed, label %unwind358, label %ok357

i15:                                              ; preds = %ok357
  %v389 = load ptr, ptr %s2, align 8
  %a390 = ptrtoint ptr %v389 to i64
  %eq391 = icmp eq i64 %a390, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq391, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v432 = load ptr, ptr %s1, align 8
  %isnull433 = icmp eq ptr %v432, null
  br i1 %isnull433, label %cont435, label %xdec434

i17:                                              ; preds = %cont435
  %v443 = load ptr, ptr %s0, align 8
  %f444 = getelementptr i8, ptr %1, i64 80
  store ptr %v443, ptr %f444, align 8
  %f445 = getelementptr i8, ptr %f4, i64 34
  %f446 = getelementptr i8, ptr %1, i64 56
  store ptr %f445, ptr %f446, align 8
  %f447 = getelementptr i8, ptr %1, i64 80
  %c448 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f447, i32 0)
  br label %ok449

i18:                                              ; preds = %ok449
  %f450 = getelementptr i8, ptr %2, i64 0
  %p451 = load ptr, ptr %f450, align 8
  %rc452 = load i64, ptr %p451, align 4
  %rc1453 = add i64 %rc452, 1
  store i64 %rc1453, ptr %p451, align 4
  store ptr %p451, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v454 = load ptr, ptr %s0, align 8
  %f455 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f455, align 4
  %f456 = getelementptr i8, ptr %f4, i64 38
  %f457 = getelementptr i8, ptr %1, i64 56
  store ptr %f456, ptr %f457, align 8
  %f458 = getelementptr i8, ptr %0, i64 56
  %p459 = load ptr, ptr %f458, align 8
  %f460 = getelementptr i8, ptr %1, i64 48
  %p461 = load ptr, ptr %f460, align 8
  %f462 = getelementptr i8, ptr %p459, i64 8
  store ptr %p461, ptr %f462, align 8
  %f463 = getelementptr i8, ptr %0, i64 32
  %rem464 = load i32, ptr %f463, align 4
  %rem1465 = add i32 %rem464, 1
  store i32 %rem1465, ptr %f463, align 4
  ret ptr %v454

i20:                                              ; preds = %truth
  %v466 = load ptr, ptr %s1, align 8
  %f467 = getelementptr i8, ptr %1, i64 88
  store ptr %v466, ptr %f467, align 8
  %f468 = getelementptr i8, ptr %f4, i64 40
  %f469 = getelementptr i8, ptr %1, i64 56
  store ptr %f468, ptr %f469, align 8
  %f470 = getelementptr i8, ptr %1, i64 88
  %c471 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f470, i32 0)
  %failed491 = icmp slt i32 %c471, 0
  br i1 %failed491, label %unwind473, label %not_error

i21:                                              ; preds = %unwind492, %unwind_compiled480, %cont415, %cont369, %cont331
  %v495 = load ptr, ptr %s0, align 8
  %rc496 = load i64, ptr %v495, align 4
  %rc1497 = add i64 %rc496, 1
  store i64 %rc1497, ptr %v495, align 4
  store ptr %v495, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v498 = load ptr, ptr %s3, align 8
  %f499 = getelementptr i8, ptr %1, i64 104
  store ptr %v498, ptr %f499, align 8
  %f500 = getelementptr i8, ptr %f4, i64 44
  %f501 = getelementptr i8, ptr %1, i64 56
  store ptr %f500, ptr %f501, align 8
  %f502 = getelementptr i8, ptr %1, i64 104
  %c503 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f502, i32 0)
  br label %ok504

i23:                                              ; preds = %ok504
  %f513 = getelementptr i8, ptr %0, i64 56
  %p514 = load ptr, ptr %f513, align 8
  %f515 = getelementptr i8, ptr %p514, i64 0
  %use_tracing516 = load i8, ptr %f515, align 1
  %tracing517 = icmp ne i8 %use_tracing516, 0
  br i1 %tracing517, label %deopt505, label %not_tracing

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f8 = getelementptr i8, ptr %0, i64 56
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %p9, i64 8
  %p11 = load ptr, ptr %f10, align 8
  %f12 = getelementptr i8, ptr %1, i64 48
  store ptr %p11, ptr %f12, align 8
  %f13 = getelementptr i8, ptr %p9, i64 8
  store ptr %1, ptr %f13, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker17:                                   ; preds = %i0
  %c18 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c18, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker17, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker17
  %c19 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c19

error:                                            ; preds = %eval_breaker17
  %c20 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c20

num_done:                                         ; preds = %operator_done, %fbox_done213, %fbox_done166, %fbox_done83, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox85, %fbox_done83 ], [ %fbox172, %fbox_done166 ], [ %fbox226, %fbox_done213 ], [ %number, %operator_done ]
  %v232 = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v232, null
  br i1 %isnull, label %cont233, label %xdec

num_slow:                                         ; preds = %mixed_fast, %mixed185, %mixed_check, %float_fast, %divisor_ok140, %int_fast, %int_test, %box_operands
  %f227 = getelementptr i8, ptr %p87, i64 8
  %p228 = load ptr, ptr %f227, align 8
  %f229 = getelementptr i8, ptr %p228, i64 168
  %i = load i64, ptr %f229, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %fdiv211, %itruediv146
  %fres = phi double [ %q149, %itruediv146 ], [ %fdiv212, %fdiv211 ]
  %rc214 = load i64, ptr %p87, align 4
  %only215 = icmp eq i64 %rc214, 1
  %f216 = getelementptr i8, ptr %p87, i64 8
  %p217 = load ptr, ptr %f216, align 8
  %a218 = ptrtoint ptr %p217 to i64
  %eq219 = icmp eq i64 %a218, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only215, %eq219
  br i1 %only_float, label %fbox_operand220, label %fbox_next221

box_operands:                                     ; preds = %unboxed_floats, %divisor_ok, %unboxed_ints, %view_is_int48, %view_long43, %view_is_int, %view_long, %view_int
  %f86 = getelementptr i8, ptr %2, i64 8
  %p87 = load ptr, ptr %f86, align 8
  %rc = load i64, ptr %p87, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p87, align 4
  store ptr %p87, ptr %s0, align 8
  br label %num_slow

view:                                             ; preds = %view_compact36, %view_float, %view_compact, %i4
  %vkind = phi i8 [ 1, %i4 ], [ 2, %view_compact ], [ 1, %view_float ], [ 2, %view_compact36 ]
  %vf = phi double [ %uf, %i4 ], [ 0.000000e+00, %view_compact ], [ %fval, %view_float ], [ 0.000000e+00, %view_compact36 ]
  %vi = phi i64 [ 0, %i4 ], [ %ui, %view_compact ], [ 0, %view_float ], [ %ival, %view_compact36 ]
  %f38 = getelementptr i8, ptr %v, i64 8
  %p39 = load ptr, ptr %f38, align 8
  %a40 = ptrtoint ptr %p39 to i64
  %eq41 = icmp eq i64 %a40, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq41, label %view_float42, label %view_long43

view_not_float:                                   ; preds = %i4
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact, label %view_compact, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f25 = getelementptr i8, ptr %v22, i64 8
  %p26 = load ptr, ptr %f25, align 8
  %a = ptrtoint ptr %p26 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %view_float, label %view_long

view_compact:                                     ; preds = %view_int
  br label %view

view_float:                                       ; preds = %view_object
  %f27 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f27, align 8
  br label %view

view_long:                                        ; preds = %view_object
  %a28 = ptrtoint ptr %p26 to i64
  %eq29 = icmp eq i64 %a28, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq29, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f30 = getelementptr i8, ptr %v22, i64 16
  %size = load i64, ptr %f30, align 4
  %size2 = add i64 %size, 2
  %compact31 = icmp ule i64 %size2, 4
  %f32 = getelementptr i8, ptr %v22, i64 24
  %digit0 = load i32, ptr %f32, align 4
  %digit033 = zext i32 %digit0 to i64
  %f34 = getelementptr i8, ptr %v22, i64 28
  %digit1 = load i32, ptr %f34, align 4
  %digit135 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit135, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit033, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact31, label %view_compact36, label %box_operands, !prof !1

view_compact36:                                   ; preds = %view_is_int
  br label %view

view37:                                           ; preds = %view_compact70, %view_float42
  %vkind71 = phi i8 [ 1, %view_float42 ], [ 2, %view_compact70 ]
  %vf72 = phi double [ %fval45, %view_float42 ], [ 0.000000e+00, %view_compact70 ]
  %vi73 = phi i64 [ 0, %view_float42 ], [ %ival69, %view_compact70 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind71, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_float42:                                     ; preds = %view
  %f44 = getelementptr i8, ptr %v, i64 16
  %fval45 = load double, ptr %f44, align 8
  br label %view37

view_long43:                                      ; preds = %view
  %a46 = ptrtoint ptr %p39 to i64
  %eq47 = icmp eq i64 %a46, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq47, label %view_is_int48, label %box_operands, !prof !1

view_is_int48:                                    ; preds = %view_long43
  %f49 = getelementptr i8, ptr %v, i64 16
  %size50 = load i64, ptr %f49, align 4
  %size251 = add i64 %size50, 2
  %compact52 = icmp ule i64 %size251, 4
  %f53 = getelementptr i8, ptr %v, i64 24
  %digit054 = load i32, ptr %f53, align 4
  %digit055 = zext i32 %digit054 to i64
  %f56 = getelementptr i8, ptr %v, i64 28
  %digit157 = load i32, ptr %f56, align 4
  %digit158 = zext i32 %digit157 to i64
  %negative59 = icmp slt i64 %size50, 0
  %neg_size60 = sub i64 0, %size50
  %ndigits61 = select i1 %negative59, i64 %neg_size60, i64 %size50
  %two62 = icmp eq i64 %ndigits61, 2
  %hi63 = shl i64 %digit158, 30
  %hi264 = select i1 %two62, i64 %hi63, i64 0
  %mag65 = add i64 %digit055, %hi264
  %zero66 = icmp eq i64 %size50, 0
  %mag067 = select i1 %zero66, i64 0, i64 %mag65
  %neg_mag68 = sub i64 0, %mag067
  %ival69 = select i1 %negative59, i64 %neg_mag68, i64 %mag067
  br i1 %compact52, label %view_compact70, label %box_operands, !prof !1

view_compact70:                                   ; preds = %view_is_int48
  br label %view37

unboxed_ints:                                     ; preds = %view37
  %nz = icmp ne i64 %vi73, 0
  br i1 %nz, label %divisor_ok, label %box_operands, !prof !1

unboxed_floats:                                   ; preds = %view37
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof79 = sitofp i64 %vi73 to double
  %view_f80 = select i1 %rint, double %itof79, double %vf72
  %nz81 = fcmp une double %view_f80, 0.000000e+00
  br i1 %nz81, label %fdiv, label %box_operands

divisor_ok:                                       ; preds = %unboxed_ints
  %bias74 = add i64 %vi, 9007199254740992
  %exact = icmp ule i64 %bias74, 18014398509481984
  %bias75 = add i64 %vi73, 9007199254740992
  %exact76 = icmp ule i64 %bias75, 18014398509481984
  %exact77 = and i1 %exact, %exact76
  br i1 %exact77, label %itruediv, label %box_operands, !prof !1

itruediv:                                         ; preds = %divisor_ok
  %fx = sitofp i64 %vi to double
  %fy = sitofp i64 %vi73 to double
  %q = fdiv double %fx, %fy
  %c78 = call ptr @PyFloat_FromDouble(double %q)
  br label %fbox_done

fbox_done:                                        ; preds = %itruediv
  %fbox = phi ptr [ %c78, %itruediv ]
  br label %num_done

fdiv:                                             ; preds = %unboxed_floats
  %fdiv82 = fdiv double %view_f, %view_f80
  %c84 = call ptr @PyFloat_FromDouble(double %fdiv82)
  br label %fbox_done83

fbox_done83:                                      ; preds = %fdiv
  %fbox85 = phi ptr [ %c84, %fdiv ]
  br label %num_done

boxed_paths_unused:                               ; No predecessors!
  %f88 = getelementptr i8, ptr %p87, i64 8
  %p89 = load ptr, ptr %f88, align 8
  %f90 = getelementptr i8, ptr %v, i64 8
  %p91 = load ptr, ptr %f90, align 8
  %a92 = ptrtoint ptr %p89 to i64
  %eq93 = icmp eq i64 %a92, ptrtoint (ptr @PyLong_Type to i64)
  %a94 = ptrtoint ptr %p91 to i64
  %eq95 = icmp eq i64 %a94, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq93, %eq95
  br i1 %both, label %int_test, label %float_check

int_test:                                         ; preds = %boxed_paths_unused
  %f96 = getelementptr i8, ptr %p87, i64 16
  %size97 = load i64, ptr %f96, align 4
  %size298 = add i64 %size97, 2
  %compact99 = icmp ule i64 %size298, 4
  %f100 = getelementptr i8, ptr %p87, i64 24
  %digit0101 = load i32, ptr %f100, align 4
  %digit0102 = zext i32 %digit0101 to i64
  %f103 = getelementptr i8, ptr %p87, i64 28
  %digit1104 = load i32, ptr %f103, align 4
  %digit1105 = zext i32 %digit1104 to i64
  %negative106 = icmp slt i64 %size97, 0
  %neg_size107 = sub i64 0, %size97
  %ndigits108 = select i1 %negative106, i64 %neg_size107, i64 %size97
  %two109 = icmp eq i64 %ndigits108, 2
  %hi110 = shl i64 %digit1105, 30
  %hi2111 = select i1 %two109, i64 %hi110, i64 0
  %mag112 = add i64 %digit0102, %hi2111
  %zero113 = icmp eq i64 %size97, 0
  %mag0114 = select i1 %zero113, i64 0, i64 %mag112
  %neg_mag115 = sub i64 0, %mag0114
  %ival116 = select i1 %negative106, i64 %neg_mag115, i64 %mag0114
  %f117 = getelementptr i8, ptr %v, i64 16
  %size118 = load i64, ptr %f117, align 4
  %size2119 = add i64 %size118, 2
  %compact120 = icmp ule i64 %size2119, 4
  %f121 = getelementptr i8, ptr %v, i64 24
  %digit0122 = load i32, ptr %f121, align 4
  %digit0123 = zext i32 %digit0122 to i64
  %f124 = getelementptr i8, ptr %v, i64 28
  %digit1125 = load i32, ptr %f124, align 4
  %digit1126 = zext i32 %digit1125 to i64
  %negative127 = icmp slt i64 %size118, 0
  %neg_size128 = sub i64 0, %size118
  %ndigits129 = select i1 %negative127, i64 %neg_size128, i64 %size118
  %two130 = icmp eq i64 %ndigits129, 2
  %hi131 = shl i64 %digit1126, 30
  %hi2132 = select i1 %two130, i64 %hi131, i64 0
  %mag133 = add i64 %digit0123, %hi2132
  %zero134 = icmp eq i64 %size118, 0
  %mag0135 = select i1 %zero134, i64 0, i64 %mag133
  %neg_mag136 = sub i64 0, %mag0135
  %ival137 = select i1 %negative127, i64 %neg_mag136, i64 %mag0135
  %compact138 = and i1 %compact99, %compact120
  br i1 %compact138, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %boxed_paths_unused
  %f150 = getelementptr i8, ptr %p87, i64 8
  %p151 = load ptr, ptr %f150, align 8
  %f152 = getelementptr i8, ptr %v, i64 8
  %p153 = load ptr, ptr %f152, align 8
  %a154 = ptrtoint ptr %p151 to i64
  %eq155 = icmp eq i64 %a154, ptrtoint (ptr @PyFloat_Type to i64)
  %a156 = ptrtoint ptr %p153 to i64
  %eq157 = icmp eq i64 %a156, ptrtoint (ptr @PyFloat_Type to i64)
  %both158 = and i1 %eq155, %eq157
  br i1 %both158, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %nz139 = icmp ne i64 %ival137, 0
  br i1 %nz139, label %divisor_ok140, label %num_slow, !prof !1

divisor_ok140:                                    ; preds = %int_fast
  %bias141 = add i64 %ival116, 9007199254740992
  %exact142 = icmp ule i64 %bias141, 18014398509481984
  %bias143 = add i64 %ival137, 9007199254740992
  %exact144 = icmp ule i64 %bias143, 18014398509481984
  %exact145 = and i1 %exact142, %exact144
  br i1 %exact145, label %itruediv146, label %num_slow, !prof !1

itruediv146:                                      ; preds = %divisor_ok140
  %fx147 = sitofp i64 %ival116 to double
  %fy148 = sitofp i64 %ival137 to double
  %q149 = fdiv double %fx147, %fy148
  br label %float_result

float_fast:                                       ; preds = %float_check
  %f159 = getelementptr i8, ptr %p87, i64 16
  %fval160 = load double, ptr %f159, align 8
  %f161 = getelementptr i8, ptr %v, i64 16
  %fval162 = load double, ptr %f161, align 8
  %nz163 = fcmp une double %fval162, 0.000000e+00
  br i1 %nz163, label %fdiv164, label %num_slow

mixed_check:                                      ; preds = %float_check
  %f173 = getelementptr i8, ptr %p87, i64 8
  %p174 = load ptr, ptr %f173, align 8
  %a175 = ptrtoint ptr %p174 to i64
  %eq176 = icmp eq i64 %a175, ptrtoint (ptr @PyFloat_Type to i64)
  %a177 = ptrtoint ptr %p174 to i64
  %eq178 = icmp eq i64 %a177, ptrtoint (ptr @PyLong_Type to i64)
  %f179 = getelementptr i8, ptr %v, i64 8
  %p180 = load ptr, ptr %f179, align 8
  %a181 = ptrtoint ptr %p180 to i64
  %eq182 = icmp eq i64 %a181, ptrtoint (ptr @PyFloat_Type to i64)
  %a183 = ptrtoint ptr %p180 to i64
  %eq184 = icmp eq i64 %a183, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq176, %eq184
  %int_first = and i1 %eq178, %eq182
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed185, label %num_slow, !prof !1

fdiv164:                                          ; preds = %float_fast
  %fdiv165 = fdiv double %fval160, %fval162
  %rc167 = load i64, ptr %p87, align 4
  %only = icmp eq i64 %rc167, 1
  br i1 %only, label %fbox_operand, label %fbox_next

fbox_done166:                                     ; preds = %fbox_next, %fbox_operand
  %fbox172 = phi ptr [ %p87, %fbox_operand ], [ %c171, %fbox_next ]
  br label %num_done

fbox_operand:                                     ; preds = %fdiv164
  %f168 = getelementptr i8, ptr %p87, i64 16
  store double %fdiv165, ptr %f168, align 8
  %rc169 = load i64, ptr %p87, align 4
  %rc1170 = add i64 %rc169, 1
  store i64 %rc1170, ptr %p87, align 4
  br label %fbox_done166

fbox_next:                                        ; preds = %fdiv164
  %c171 = call ptr @PyFloat_FromDouble(double %fdiv165)
  br label %fbox_done166

mixed185:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %p87
  %float_operand = select i1 %float_first, ptr %p87, ptr %v
  %f186 = getelementptr i8, ptr %int_operand, i64 16
  %size187 = load i64, ptr %f186, align 4
  %size2188 = add i64 %size187, 2
  %compact189 = icmp ule i64 %size2188, 4
  %f190 = getelementptr i8, ptr %int_operand, i64 24
  %digit0191 = load i32, ptr %f190, align 4
  %digit0192 = zext i32 %digit0191 to i64
  %f193 = getelementptr i8, ptr %int_operand, i64 28
  %digit1194 = load i32, ptr %f193, align 4
  %digit1195 = zext i32 %digit1194 to i64
  %negative196 = icmp slt i64 %size187, 0
  %neg_size197 = sub i64 0, %size187
  %ndigits198 = select i1 %negative196, i64 %neg_size197, i64 %size187
  %two199 = icmp eq i64 %ndigits198, 2
  %hi200 = shl i64 %digit1195, 30
  %hi2201 = select i1 %two199, i64 %hi200, i64 0
  %mag202 = add i64 %digit0192, %hi2201
  %zero203 = icmp eq i64 %size187, 0
  %mag0204 = select i1 %zero203, i64 0, i64 %mag202
  %neg_mag205 = sub i64 0, %mag0204
  %ival206 = select i1 %negative196, i64 %neg_mag205, i64 %mag0204
  br i1 %compact189, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed185
  %itof207 = sitofp i64 %ival206 to double
  %f208 = getelementptr i8, ptr %float_operand, i64 16
  %fval209 = load double, ptr %f208, align 8
  %x = select i1 %float_first, double %fval209, double %itof207
  %y = select i1 %float_first, double %itof207, double %fval209
  %nz210 = fcmp une double %y, 0.000000e+00
  br i1 %nz210, label %fdiv211, label %num_slow

fdiv211:                                          ; preds = %mixed_fast
  %fdiv212 = fdiv double %x, %y
  br label %float_result

fbox_done213:                                     ; preds = %fbox_next221, %fbox_operand220
  %fbox226 = phi ptr [ %p87, %fbox_operand220 ], [ %c225, %fbox_next221 ]
  br label %num_done

fbox_operand220:                                  ; preds = %float_result
  %f222 = getelementptr i8, ptr %p87, i64 16
  store double %fres, ptr %f222, align 8
  %rc223 = load i64, ptr %p87, align 4
  %rc1224 = add i64 %rc223, 1
  store i64 %rc1224, ptr %p87, align 4
  br label %fbox_done213

fbox_next221:                                     ; preds = %float_result
  %c225 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done213

operator_dunder:                                  ; preds = %num_slow
  %c230 = call ptr @rjit_binary_dunder(ptr %0, ptr %p87, ptr %v, i32 11)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c231 = call ptr @PyNumber_TrueDivide(ptr %p87, ptr %v)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c230, %operator_dunder ], [ %c231, %operator_c ]
  br label %num_done

xdec:                                             ; preds = %num_done
  %rc234 = load i64, ptr %v232, align 4
  %rc1235 = sub i64 %rc234, 1
  store i64 %rc1235, ptr %v232, align 4
  %dead = icmp eq i64 %rc1235, 0
  br i1 %dead, label %dealloc, label %cont236, !prof !0

cont233:                                          ; preds = %cont236, %num_done
  %isnull245 = icmp eq ptr %res, null
  br i1 %isnull245, label %unwind, label %ok, !prof !0

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v232)
  br label %cont236

cont236:                                          ; preds = %dealloc, %xdec
  br label %cont233

unwind:                                           ; preds = %cont233
  call void @rjit_traceback_here(ptr %0)
  %f237 = getelementptr i8, ptr %0, i64 56
  %p238 = load ptr, ptr %f237, align 8
  %f239 = getelementptr i8, ptr %p238, i64 0
  %use_tracing = load i8, ptr %f239, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %c240 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c240, ptr %s0, align 8
  br i1 %tracing, label %deopt241, label %i7

deopt241:                                         ; preds = %unwind_compiled
  %v242 = load ptr, ptr %s0, align 8
  %f243 = getelementptr i8, ptr %1, i64 80
  store ptr %v242, ptr %f243, align 8
  %c244 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c244

ok:                                               ; preds = %cont233
  store ptr %res, ptr %s0, align 8
  br label %i6

ok264:                                            ; preds = %i7
  %f265 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f265, align 8
  store ptr %r, ptr %s0, align 8
  %f266 = getelementptr i8, ptr %1, i64 88
  %r267 = load ptr, ptr %f266, align 8
  store ptr %r267, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c319 = call ptr @rjit_load_global(ptr %1, ptr %p269, ptr %f270)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c319, %global_miss ]
  %isnull348 = icmp eq ptr %global, null
  br i1 %isnull348, label %unwind320, label %ok347, !prof !0

globals_dict:                                     ; preds = %i8
  %f279 = getelementptr i8, ptr %p274, i64 32
  %p280 = load ptr, ptr %f279, align 8
  %f281 = getelementptr i8, ptr %f270, i64 0
  %p282 = load ptr, ptr %f281, align 8
  %a283 = ptrtoint ptr %p280 to i64
  %b = ptrtoint ptr %p282 to i64
  %eq284 = icmp eq i64 %a283, %b
  br i1 %eq284, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f285 = getelementptr i8, ptr %p280, i64 24
  %i286 = load i64, ptr %f285, align 4
  %f287 = getelementptr i8, ptr %f270, i64 8
  %i288 = load i64, ptr %f287, align 4
  %f289 = getelementptr i8, ptr %f270, i64 16
  %i290 = load i64, ptr %f289, align 4
  %from_globals = icmp eq i64 %i290, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f291 = getelementptr i8, ptr %f270, i64 24
  %i292 = load i64, ptr %f291, align 4
  %want_lib = lshr i64 %i292, 32
  %index = and i64 %i292, 4294967295
  %f293 = getelementptr i8, ptr %p280, i64 9
  %i294 = load i8, ptr %f293, align 1
  %lib = zext i8 %i294 to i64
  %f295 = getelementptr i8, ptr %p280, i64 10
  %i296 = load i8, ptr %f295, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i286
  %unicode = icmp ne i8 %i296, 0
  %ok297 = and i1 %same_lib, %within
  %ok298 = and i1 %ok297, %unicode
  br i1 %ok298, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i286, %i288
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry299 = inttoptr i64 %i288 to ptr
  %f300 = getelementptr i8, ptr %entry299, i64 0
  %p301 = load ptr, ptr %f300, align 8
  %a302 = ptrtoint ptr %p301 to i64
  %b303 = ptrtoint ptr %p269 to i64
  %eq304 = icmp eq i64 %a302, %b303
  br i1 %eq304, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f305 = getelementptr i8, ptr %entry299, i64 8
  %p306 = load ptr, ptr %f305, align 8
  %present = icmp ne ptr %p306, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p306, %entry_value ], [ %p316, %builtins_tag ]
  %rc317 = load i64, ptr %cached, align 4
  %rc1318 = add i64 %rc317, 1
  store i64 %rc1318, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f307 = getelementptr i8, ptr %1, i64 16
  %p308 = load ptr, ptr %f307, align 8
  %f309 = getelementptr i8, ptr %p308, i64 8
  %p310 = load ptr, ptr %f309, align 8
  %a311 = ptrtoint ptr %p310 to i64
  %eq312 = icmp eq i64 %a311, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq312, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f313 = getelementptr i8, ptr %p308, i64 24
  %i314 = load i64, ptr %f313, align 4
  %bsame = icmp eq i64 %i290, %i314
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f315 = getelementptr i8, ptr %f270, i64 24
  %p316 = load ptr, ptr %f315, align 8
  br label %global_hit

unwind320:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f321 = getelementptr i8, ptr %0, i64 56
  %p322 = load ptr, ptr %f321, align 8
  %f323 = getelementptr i8, ptr %p322, i64 0
  %use_tracing324 = load i8, ptr %f323, align 1
  %tracing325 = icmp ne i8 %use_tracing324, 0
  br i1 %tracing325, label %trace_exception326, label %unwind_compiled327

trace_exception326:                               ; preds = %unwind320
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled327

unwind_compiled327:                               ; preds = %trace_exception326, %unwind320
  %v328 = load ptr, ptr %s1, align 8
  %isnull329 = icmp eq ptr %v328, null
  br i1 %isnull329, label %cont331, label %xdec330

xdec330:                                          ; preds = %unwind_compiled327
  %rc332 = load i64, ptr %v328, align 4
  %rc1333 = sub i64 %rc332, 1
  store i64 %rc1333, ptr %v328, align 4
  %dead334 = icmp eq i64 %rc1333, 0
  br i1 %dead334, label %dealloc335, label %cont336, !prof !0

cont331:                                          ; preds = %cont336, %unwind_compiled327
  %c337 = call ptr @rjit_lasti(ptr %1)
  store ptr %c337, ptr %s1, align 8
  %c338 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c338, ptr %s2, align 8
  br i1 %tracing325, label %deopt339, label %i21

dealloc335:                                       ; preds = %xdec330
  call void @_Py_Dealloc(ptr %v328)
  br label %cont336

cont336:                                          ; preds = %dealloc335, %xdec330
  br label %cont331

deopt339:                                         ; preds = %cont331
  %v340 = load ptr, ptr %s0, align 8
  %f341 = getelementptr i8, ptr %1, i64 80
  store ptr %v340, ptr %f341, align 8
  %v342 = load ptr, ptr %s1, align 8
  %f343 = getelementptr i8, ptr %1, i64 88
  store ptr %v342, ptr %f343, align 8
  %v344 = load ptr, ptr %s2, align 8
  %f345 = getelementptr i8, ptr %1, i64 96
  store ptr %v344, ptr %f345, align 8
  %c346 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c346

ok347:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok357:                                            ; preds = %i14
  %f385 = getelementptr i8, ptr %1, i64 88
  %r386 = load ptr, ptr %f385, align 8
  store ptr %r386, ptr %s1, align 8
  %f387 = getelementptr i8, ptr %1, i64 96
  %r388 = load ptr, ptr %f387, align 8
  store ptr %r388, ptr %s2, align 8
  br label %i15

unwind358:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f359 = getelementptr i8, ptr %0, i64 56
  %p360 = load ptr, ptr %f359, align 8
  %f361 = getelementptr i8, ptr %p360, i64 0
  %use_tracing362 = load i8, ptr %f361, align 1
  %tracing363 = icmp ne i8 %use_tracing362, 0
  br i1 %tracing363, label %trace_exception364, label %unwind_compiled365

trace_exception364:                               ; preds = %unwind358
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled365

unwind_compiled365:                               ; preds = %trace_exception364, %unwind358
  %v366 = load ptr, ptr %s1, align 8
  %isnull367 = icmp eq ptr %v366, null
  br i1 %isnull367, label %cont369, label %xdec368

xdec368:                                          ; preds = %unwind_compiled365
  %rc370 = load i64, ptr %v366, align 4
  %rc1371 = sub i64 %rc370, 1
  store i64 %rc1371, ptr %v366, align 4
  %dead372 = icmp eq i64 %rc1371, 0
  br i1 %dead372, label %dealloc373, label %cont374, !prof !0

cont369:                                          ; preds = %cont374, %unwind_compiled365
  %c375 = call ptr @rjit_lasti(ptr %1)
  store ptr %c375, ptr %s1, align 8
  %c376 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c376, ptr %s2, align 8
  br i1 %tracing363, label %deopt377, label %i21

dealloc373:                                       ; preds = %xdec368
  call void @_Py_Dealloc(ptr %v366)
  br label %cont374

cont374:                                          ; preds = %dealloc373, %xdec368
  br label %cont369

deopt377:                                         ; preds = %cont369
  %v378 = load ptr, ptr %s0, align 8
  %f379 = getelementptr i8, ptr %1, i64 80
  store ptr %v378, ptr %f379, align 8
  %v380 = load ptr, ptr %s1, align 8
  %f381 = getelementptr i8, ptr %1, i64 88
  store ptr %v380, ptr %f381, align 8
  %v382 = load ptr, ptr %s2, align 8
  %f383 = getelementptr i8, ptr %1, i64 96
  store ptr %v382, ptr %f383, align 8
  %c384 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c384

chk_false:                                        ; preds = %i15
  %a392 = ptrtoint ptr %v389 to i64
  %eq393 = icmp eq i64 %a392, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq393, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc394 = load i64, ptr %v389, align 4
  %rc1395 = sub i64 %rc394, 1
  store i64 %rc1395, ptr %v389, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f396 = getelementptr i8, ptr %f4, i64 30
  %f397 = getelementptr i8, ptr %1, i64 56
  store ptr %f396, ptr %f397, align 8
  %c398 = call i32 @PyObject_IsTrue(ptr %v389)
  %rc399 = load i64, ptr %v389, align 4
  %rc1400 = sub i64 %rc399, 1
  store i64 %rc1400, ptr %v389, align 4
  %dead401 = icmp eq i64 %rc1400, 0
  br i1 %dead401, label %dealloc402, label %cont403, !prof !0

truth:                                            ; preds = %ok431, %fast_bool
  %t = phi i1 [ %eq391, %fast_bool ], [ %truthy, %ok431 ]
  br i1 %t, label %i16, label %i20

dealloc402:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v389)
  br label %cont403

cont403:                                          ; preds = %dealloc402, %is_true
  %neg = icmp slt i32 %c398, 0
  br i1 %neg, label %unwind404, label %ok431, !prof !0

unwind404:                                        ; preds = %cont403
  call void @rjit_traceback_here(ptr %0)
  %f405 = getelementptr i8, ptr %0, i64 56
  %p406 = load ptr, ptr %f405, align 8
  %f407 = getelementptr i8, ptr %p406, i64 0
  %use_tracing408 = load i8, ptr %f407, align 1
  %tracing409 = icmp ne i8 %use_tracing408, 0
  br i1 %tracing409, label %trace_exception410, label %unwind_compiled411

trace_exception410:                               ; preds = %unwind404
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled411

unwind_compiled411:                               ; preds = %trace_exception410, %unwind404
  %v412 = load ptr, ptr %s1, align 8
  %isnull413 = icmp eq ptr %v412, null
  br i1 %isnull413, label %cont415, label %xdec414

xdec414:                                          ; preds = %unwind_compiled411
  %rc416 = load i64, ptr %v412, align 4
  %rc1417 = sub i64 %rc416, 1
  store i64 %rc1417, ptr %v412, align 4
  %dead418 = icmp eq i64 %rc1417, 0
  br i1 %dead418, label %dealloc419, label %cont420, !prof !0

cont415:                                          ; preds = %cont420, %unwind_compiled411
  %c421 = call ptr @rjit_lasti(ptr %1)
  store ptr %c421, ptr %s1, align 8
  %c422 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c422, ptr %s2, align 8
  br i1 %tracing409, label %deopt423, label %i21

dealloc419:                                       ; preds = %xdec414
  call void @_Py_Dealloc(ptr %v412)
  br label %cont420

cont420:                                          ; preds = %dealloc419, %xdec414
  br label %cont415

deopt423:                                         ; preds = %cont415
  %v424 = load ptr, ptr %s0, align 8
  %f425 = getelementptr i8, ptr %1, i64 80
  store ptr %v424, ptr %f425, align 8
  %v426 = load ptr, ptr %s1, align 8
  %f427 = getelementptr i8, ptr %1, i64 88
  store ptr %v426, ptr %f427, align 8
  %v428 = load ptr, ptr %s2, align 8
  %f429 = getelementptr i8, ptr %1, i64 96
  store ptr %v428, ptr %f429, align 8
  %c430 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c430

ok431:                                            ; preds = %cont403
  %truthy = icmp ne i32 %c398, 0
  br label %truth

xdec434:                                          ; preds = %i16
  %rc436 = load i64, ptr %v432, align 4
  %rc1437 = sub i64 %rc436, 1
  store i64 %rc1437, ptr %v432, align 4
  %dead438 = icmp eq i64 %rc1437, 0
  br i1 %dead438, label %dealloc439, label %cont440, !prof !0

cont435:                                          ; preds = %cont440, %i16
  br label %i17

dealloc439:                                       ; preds = %xdec434
  %f441 = getelementptr i8, ptr %f4, i64 32
  %f442 = getelementptr i8, ptr %1, i64 56
  store ptr %f441, ptr %f442, align 8
  call void @_Py_Dealloc(ptr %v432)
  br label %cont440

cont440:                                          ; preds = %dealloc439, %xdec434
  br label %cont435

ok449:                                            ; preds = %i17
  br label %i18

ok472:                                            ; preds = %not_error
  unreachable

unwind473:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f474 = getelementptr i8, ptr %0, i64 56
  %p475 = load ptr, ptr %f474, align 8
  %f476 = getelementptr i8, ptr %p475, i64 0
  %use_tracing477 = load i8, ptr %f476, align 1
  %tracing478 = icmp ne i8 %use_tracing477, 0
  br i1 %tracing478, label %trace_exception479, label %unwind_compiled480

trace_exception479:                               ; preds = %unwind473
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled480

unwind_compiled480:                               ; preds = %trace_exception479, %unwind473
  %c481 = call ptr @rjit_lasti(ptr %1)
  store ptr %c481, ptr %s1, align 8
  %c482 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c482, ptr %s2, align 8
  br i1 %tracing478, label %deopt483, label %i21

deopt483:                                         ; preds = %unwind_compiled480
  %v484 = load ptr, ptr %s0, align 8
  %f485 = getelementptr i8, ptr %1, i64 80
  store ptr %v484, ptr %f485, align 8
  %v486 = load ptr, ptr %s1, align 8
  %f487 = getelementptr i8, ptr %1, i64 88
  store ptr %v486, ptr %f487, align 8
  %v488 = load ptr, ptr %s2, align 8
  %f489 = getelementptr i8, ptr %1, i64 96
  store ptr %v488, ptr %f489, align 8
  %c490 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c490

unwind492:                                        ; preds = %not_error
  %c493 = call ptr @rjit_lasti(ptr %1)
  store ptr %c493, ptr %s1, align 8
  %c494 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c494, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c471, 0
  br i1 %reraise, label %unwind492, label %ok472

ok504:                                            ; preds = %i22
  br label %i23

deopt505:                                         ; preds = %i23
  %v506 = load ptr, ptr %s0, align 8
  %f507 = getelementptr i8, ptr %1, i64 80
  store ptr %v506, ptr %f507, align 8
  %v508 = load ptr, ptr %s1, align 8
  %f509 = getelementptr i8, ptr %1, i64 88
  store ptr %v508, ptr %f509, align 8
  %v510 = load ptr, ptr %s2, align 8
  %f511 = getelementptr i8, ptr %1, i64 96
  store ptr %v510, ptr %f511, align 8
  %c512 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c512

not_tracing:                                      ; preds = %i23
  %v518 = load ptr, ptr %s1, align 8
  %f519 = getelementptr i8, ptr %1, i64 88
  store ptr %v518, ptr %f519, align 8
  %v520 = load ptr, ptr %s2, align 8
  %f521 = getelementptr i8, ptr %1, i64 96
  store ptr %v520, ptr %f521, align 8
  %f522 = getelementptr i8, ptr %f4, i64 46
  %f523 = getelementptr i8, ptr %1, i64 56
  store ptr %f522, ptr %f523, align 8
  %f524 = getelementptr i8, ptr %1, i64 88
  %c525 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f524, i32 1)
  %failed533 = icmp slt i32 %c525, 0
  br i1 %failed533, label %error527, label %not_error540

ok526:                                            ; preds = %not_error540
  unreachable

error527:                                         ; preds = %not_tracing
  %v528 = load ptr, ptr %s0, align 8
  %f529 = getelementptr i8, ptr %1, i64 80
  store ptr %v528, ptr %f529, align 8
  %v530 = load ptr, ptr %s1, align 8
  %f531 = getelementptr i8, ptr %1, i64 88
  store ptr %v530, ptr %f531, align 8
  %c532 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c532

error534:                                         ; preds = %not_error540
  %v535 = load ptr, ptr %s0, align 8
  %f536 = getelementptr i8, ptr %1, i64 80
  store ptr %v535, ptr %f536, align 8
  %v537 = load ptr, ptr %s1, align 8
  %f538 = getelementptr i8, ptr %1, i64 88
  store ptr %v537, ptr %f538, align 8
  %c539 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c539

not_error540:                                     ; preds = %not_tracing
  %reraise541 = icmp sgt i32 %c525, 0
  br i1 %reraise541, label %error534, label %ok526
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
