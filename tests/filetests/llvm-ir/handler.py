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

@PyLong_Type = external global i8
@PyFloat_Type = external global i8
@PyDict_Type = external global i8
@_Py_TrueStruct = external global i8
@_Py_FalseStruct = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %s2 = alloca ptr, align 8
  %s3 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %f2 = getelementptr i8, ptr %2, i64 24
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f4, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f4, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f11 = getelementptr i8, ptr %0, i64 16
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %p12, i64 100
  %eval_breaker = load volatile i32, ptr %f13, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker14, label %cont, !prof !0

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  %f18 = getelementptr i8, ptr %2, i64 8
  %p19 = load ptr, ptr %f18, align 8
  store ptr %p19, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f20 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f20, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound, !prof !0

i4:                                               ; preds = %bound
  %v37 = load ptr, ptr %s1, align 8
  %v38 = load ptr, ptr %s0, align 8
  %f39 = getelementptr i8, ptr %f1, i64 8
  %f40 = getelementptr i8, ptr %1, i64 56
  store ptr %f39, ptr %f40, align 8
  %f41 = getelementptr i8, ptr %v38, i64 8
  %p42 = load ptr, ptr %f41, align 8
  %f43 = getelementptr i8, ptr %v37, i64 8
  %p44 = load ptr, ptr %f43, align 8
  %a = ptrtoint ptr %p42 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a45 = ptrtoint ptr %p44 to i64
  %eq46 = icmp eq i64 %a45, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq46
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v149 = load ptr, ptr %s0, align 8
  %f150 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f150, align 4
  %f151 = getelementptr i8, ptr %f1, i64 12
  %f152 = getelementptr i8, ptr %1, i64 56
  store ptr %f151, ptr %f152, align 8
  %f153 = getelementptr i8, ptr %0, i64 56
  %p154 = load ptr, ptr %f153, align 8
  %f155 = getelementptr i8, ptr %1, i64 48
  %p156 = load ptr, ptr %f155, align 8
  %f157 = getelementptr i8, ptr %p154, i64 8
  store ptr %p156, ptr %f157, align 8
  %f158 = getelementptr i8, ptr %0, i64 32
  %rem159 = load i32, ptr %f158, align 4
  %rem1160 = add i32 %rem159, 1
  store i32 %rem1160, ptr %f158, align 4
  ret ptr %v149

i7:                                               ; preds = %unwind_compiled142, %cont28
  %v161 = load ptr, ptr %s0, align 8
  %f162 = getelementptr i8, ptr %1, i64 80
  store ptr %v161, ptr %f162, align 8
  %f163 = getelementptr i8, ptr %f1, i64 14
  %f164 = getelementptr i8, ptr %1, i64 56
  store ptr %f163, ptr %f164, align 8
  %f165 = getelementptr i8, ptr %1, i64 80
  %c166 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f165, i32 0)
  br label %ok167

i8:                                               ; preds = %ok167
  %f171 = getelementptr i8, ptr %2, i64 16
  %p172 = load ptr, ptr %f171, align 8
  %f173 = getelementptr i8, ptr %p3, i64 0
  %f174 = getelementptr i8, ptr %f1, i64 16
  %f175 = getelementptr i8, ptr %1, i64 56
  store ptr %f174, ptr %f175, align 8
  %f176 = getelementptr i8, ptr %1, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %f178 = getelementptr i8, ptr %p177, i64 8
  %p179 = load ptr, ptr %f178, align 8
  %a180 = ptrtoint ptr %p179 to i64
  %eq181 = icmp eq i64 %a180, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq181, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok249
  %v251 = load ptr, ptr %s1, align 8
  %f252 = getelementptr i8, ptr %1, i64 88
  store ptr %v251, ptr %f252, align 8
  %v253 = load ptr, ptr %s2, align 8
  %f254 = getelementptr i8, ptr %1, i64 96
  store ptr %v253, ptr %f254, align 8
  %f255 = getelementptr i8, ptr %f1, i64 28
  %f256 = getelementptr i8, ptr %1, i64 56
  store ptr %f255, ptr %f256, align 8
  %f257 = getelementptr i8, ptr %1, i64 88
  %c258 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f257, i32 0)
  %failed = icmp slt i32 %c258, 0
  br i1 %failed, label %unwind260, label %ok259

i15:                                              ; preds = %ok259
  %v291 = load ptr, ptr %s2, align 8
  %a292 = ptrtoint ptr %v291 to i64
  %eq293 = icmp eq i64 %a292, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq293, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v334 = load ptr, ptr %s1, align 8
  %f335 = getelementptr i8, ptr %f1, i64 32
  %f336 = getelementptr i8, ptr %1, i64 56
  store ptr %f335, ptr %f336, align 8
  %isnull337 = icmp eq ptr %v334, null
  br i1 %isnull337, label %cont339, label %xdec338

i17:                                              ; preds = %cont339
  %v345 = load ptr, ptr %s0, align 8
  %f346 = getelementptr i8, ptr %1, i64 80
  store ptr %v345, ptr %f346, align 8
  %f347 = getelementptr i8, ptr %f1, i64 34
  %f348 = getelementptr i8, ptr %1, i64 56
  store ptr %f347, ptr %f348, align 8
  %f349 = getelementptr i8, ptr %1, i64 80
  %c350 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f349, i32 0)
  br label %ok351

i18:                                              ; preds = %ok351
  %f352 = getelementptr i8, ptr %2, i64 0
  %p353 = load ptr, ptr %f352, align 8
  %rc354 = load i64, ptr %p353, align 4
  %rc1355 = add i64 %rc354, 1
  store i64 %rc1355, ptr %p353, align 4
  store ptr %p353, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v356 = load ptr, ptr %s0, align 8
  %f357 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f357, align 4
  %f358 = getelementptr i8, ptr %f1, i64 38
  %f359 = getelementptr i8, ptr %1, i64 56
  store ptr %f358, ptr %f359, align 8
  %f360 = getelementptr i8, ptr %0, i64 56
  %p361 = load ptr, ptr %f360, align 8
  %f362 = getelementptr i8, ptr %1, i64 48
  %p363 = load ptr, ptr %f362, align 8
  %f364 = getelementptr i8, ptr %p361, i64 8
  store ptr %p363, ptr %f364, align 8
  %f365 = getelementptr i8, ptr %0, i64 32
  %rem366 = load i32, ptr %f365, align 4
  %rem1367 = add i32 %rem366, 1
  store i32 %rem1367, ptr %f365, align 4
  ret ptr %v356

i20:                                              ; preds = %truth
  %v368 = load ptr, ptr %s1, align 8
  %f369 = getelementptr i8, ptr %1, i64 88
  store ptr %v368, ptr %f369, align 8
  %f370 = getelementptr i8, ptr %f1, i64 40
  %f371 = getelementptr i8, ptr %1, i64 56
  store ptr %f370, ptr %f371, align 8
  %f372 = getelementptr i8, ptr %1, i64 88
  %c373 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f372, i32 0)
  %failed393 = icmp slt i32 %c373, 0
  br i1 %failed393, label %unwind375, label %not_error

i21:                                              ; preds = %unwind394, %unwind_compiled382, %cont317, %cont271, %cont233
  %v397 = load ptr, ptr %s0, align 8
  %rc398 = load i64, ptr %v397, align 4
  %rc1399 = add i64 %rc398, 1
  store i64 %rc1399, ptr %v397, align 4
  store ptr %v397, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v400 = load ptr, ptr %s3, align 8
  %f401 = getelementptr i8, ptr %1, i64 104
  store ptr %v400, ptr %f401, align 8
  %f402 = getelementptr i8, ptr %f1, i64 44
  %f403 = getelementptr i8, ptr %1, i64 56
  store ptr %f402, ptr %f403, align 8
  %f404 = getelementptr i8, ptr %1, i64 104
  %c405 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f404, i32 0)
  br label %ok406

i23:                                              ; preds = %ok406
  %f415 = getelementptr i8, ptr %0, i64 56
  %p416 = load ptr, ptr %f415, align 8
  %f417 = getelementptr i8, ptr %p416, i64 0
  %use_tracing418 = load i8, ptr %f417, align 1
  %tracing419 = icmp ne i8 %use_tracing418, 0
  br i1 %tracing419, label %deopt407, label %not_tracing

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f5 = getelementptr i8, ptr %0, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %f7 = getelementptr i8, ptr %p6, i64 8
  %p8 = load ptr, ptr %f7, align 8
  %f9 = getelementptr i8, ptr %1, i64 48
  store ptr %p8, ptr %f9, align 8
  %f10 = getelementptr i8, ptr %p6, i64 8
  store ptr %1, ptr %f10, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker14:                                   ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker14, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker14
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

error:                                            ; preds = %eval_breaker14
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

unbound:                                          ; preds = %i3
  %v = load ptr, ptr %s0, align 8
  %rc = load i64, ptr %v, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %f21 = getelementptr i8, ptr %f1, i64 6
  %f22 = getelementptr i8, ptr %1, i64 56
  store ptr %f21, ptr %f22, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %f23 = getelementptr i8, ptr %0, i64 56
  %p24 = load ptr, ptr %f23, align 8
  %f25 = getelementptr i8, ptr %p24, i64 0
  %use_tracing = load i8, ptr %f25, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %v26 = load ptr, ptr %s0, align 8
  %isnull27 = icmp eq ptr %v26, null
  br i1 %isnull27, label %cont28, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc29 = load i64, ptr %v26, align 4
  %rc130 = sub i64 %rc29, 1
  store i64 %rc130, ptr %v26, align 4
  %dead = icmp eq i64 %rc130, 0
  br i1 %dead, label %dealloc, label %cont31

cont28:                                           ; preds = %cont31, %unwind_compiled
  %c32 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c32, ptr %s0, align 8
  br i1 %tracing, label %deopt33, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v26)
  br label %cont31

cont31:                                           ; preds = %dealloc, %xdec
  br label %cont28

deopt33:                                          ; preds = %cont28
  %v34 = load ptr, ptr %s0, align 8
  %f35 = getelementptr i8, ptr %1, i64 80
  store ptr %v34, ptr %f35, align 8
  %c36 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c36

num_done:                                         ; preds = %num_slow, %fbox_done131, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox133, %fbox_done131 ], [ %c134, %num_slow ]
  %isnull148 = icmp eq ptr %res, null
  br i1 %isnull148, label %unwind135, label %ok, !prof !0

num_slow:                                         ; preds = %mixed_fast, %mixed104, %mixed_check, %float_fast, %divisor_ok, %int_fast, %int_test
  %c134 = call ptr @PyNumber_TrueDivide(ptr %v38, ptr %v37)
  br label %num_done

float_result:                                     ; preds = %fdiv129, %itruediv
  %fres = phi double [ %q, %itruediv ], [ %fdiv130, %fdiv129 ]
  %c132 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done131

int_test:                                         ; preds = %i4
  %f47 = getelementptr i8, ptr %v38, i64 16
  %size = load i64, ptr %f47, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f48 = getelementptr i8, ptr %v38, i64 24
  %digit0 = load i32, ptr %f48, align 4
  %digit049 = zext i32 %digit0 to i64
  %f50 = getelementptr i8, ptr %v38, i64 28
  %digit1 = load i32, ptr %f50, align 4
  %digit151 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit151, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit049, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f52 = getelementptr i8, ptr %v37, i64 16
  %size53 = load i64, ptr %f52, align 4
  %size254 = add i64 %size53, 2
  %compact55 = icmp ule i64 %size254, 4
  %f56 = getelementptr i8, ptr %v37, i64 24
  %digit057 = load i32, ptr %f56, align 4
  %digit058 = zext i32 %digit057 to i64
  %f59 = getelementptr i8, ptr %v37, i64 28
  %digit160 = load i32, ptr %f59, align 4
  %digit161 = zext i32 %digit160 to i64
  %negative62 = icmp slt i64 %size53, 0
  %neg_size63 = sub i64 0, %size53
  %ndigits64 = select i1 %negative62, i64 %neg_size63, i64 %size53
  %two65 = icmp eq i64 %ndigits64, 2
  %hi66 = shl i64 %digit161, 30
  %hi267 = select i1 %two65, i64 %hi66, i64 0
  %mag68 = add i64 %digit058, %hi267
  %zero69 = icmp eq i64 %size53, 0
  %mag070 = select i1 %zero69, i64 0, i64 %mag68
  %neg_mag71 = sub i64 0, %mag070
  %ival72 = select i1 %negative62, i64 %neg_mag71, i64 %mag070
  %compact73 = and i1 %compact, %compact55
  br i1 %compact73, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i4
  %f77 = getelementptr i8, ptr %v38, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %f79 = getelementptr i8, ptr %v37, i64 8
  %p80 = load ptr, ptr %f79, align 8
  %a81 = ptrtoint ptr %p78 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyFloat_Type to i64)
  %a83 = ptrtoint ptr %p80 to i64
  %eq84 = icmp eq i64 %a83, ptrtoint (ptr @PyFloat_Type to i64)
  %both85 = and i1 %eq82, %eq84
  br i1 %both85, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %nz = icmp ne i64 %ival72, 0
  br i1 %nz, label %divisor_ok, label %num_slow, !prof !1

divisor_ok:                                       ; preds = %int_fast
  %bias = add i64 %ival, 9007199254740992
  %exact = icmp ule i64 %bias, 18014398509481984
  %bias74 = add i64 %ival72, 9007199254740992
  %exact75 = icmp ule i64 %bias74, 18014398509481984
  %exact76 = and i1 %exact, %exact75
  br i1 %exact76, label %itruediv, label %num_slow, !prof !1

itruediv:                                         ; preds = %divisor_ok
  %fx = sitofp i64 %ival to double
  %fy = sitofp i64 %ival72 to double
  %q = fdiv double %fx, %fy
  br label %float_result

float_fast:                                       ; preds = %float_check
  %f86 = getelementptr i8, ptr %v38, i64 16
  %fval = load double, ptr %f86, align 8
  %f87 = getelementptr i8, ptr %v37, i64 16
  %fval88 = load double, ptr %f87, align 8
  %nz89 = fcmp une double %fval88, 0.000000e+00
  br i1 %nz89, label %fdiv, label %num_slow

mixed_check:                                      ; preds = %float_check
  %f92 = getelementptr i8, ptr %v38, i64 8
  %p93 = load ptr, ptr %f92, align 8
  %a94 = ptrtoint ptr %p93 to i64
  %eq95 = icmp eq i64 %a94, ptrtoint (ptr @PyFloat_Type to i64)
  %a96 = ptrtoint ptr %p93 to i64
  %eq97 = icmp eq i64 %a96, ptrtoint (ptr @PyLong_Type to i64)
  %f98 = getelementptr i8, ptr %v37, i64 8
  %p99 = load ptr, ptr %f98, align 8
  %a100 = ptrtoint ptr %p99 to i64
  %eq101 = icmp eq i64 %a100, ptrtoint (ptr @PyFloat_Type to i64)
  %a102 = ptrtoint ptr %p99 to i64
  %eq103 = icmp eq i64 %a102, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq95, %eq103
  %int_first = and i1 %eq97, %eq101
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed104, label %num_slow, !prof !1

fdiv:                                             ; preds = %float_fast
  %fdiv90 = fdiv double %fval, %fval88
  %c91 = call ptr @PyFloat_FromDouble(double %fdiv90)
  br label %fbox_done

fbox_done:                                        ; preds = %fdiv
  %fbox = phi ptr [ %c91, %fdiv ]
  br label %num_done

mixed104:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v37, ptr %v38
  %float_operand = select i1 %float_first, ptr %v38, ptr %v37
  %f105 = getelementptr i8, ptr %int_operand, i64 16
  %size106 = load i64, ptr %f105, align 4
  %size2107 = add i64 %size106, 2
  %compact108 = icmp ule i64 %size2107, 4
  %f109 = getelementptr i8, ptr %int_operand, i64 24
  %digit0110 = load i32, ptr %f109, align 4
  %digit0111 = zext i32 %digit0110 to i64
  %f112 = getelementptr i8, ptr %int_operand, i64 28
  %digit1113 = load i32, ptr %f112, align 4
  %digit1114 = zext i32 %digit1113 to i64
  %negative115 = icmp slt i64 %size106, 0
  %neg_size116 = sub i64 0, %size106
  %ndigits117 = select i1 %negative115, i64 %neg_size116, i64 %size106
  %two118 = icmp eq i64 %ndigits117, 2
  %hi119 = shl i64 %digit1114, 30
  %hi2120 = select i1 %two118, i64 %hi119, i64 0
  %mag121 = add i64 %digit0111, %hi2120
  %zero122 = icmp eq i64 %size106, 0
  %mag0123 = select i1 %zero122, i64 0, i64 %mag121
  %neg_mag124 = sub i64 0, %mag0123
  %ival125 = select i1 %negative115, i64 %neg_mag124, i64 %mag0123
  br i1 %compact108, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed104
  %itof = sitofp i64 %ival125 to double
  %f126 = getelementptr i8, ptr %float_operand, i64 16
  %fval127 = load double, ptr %f126, align 8
  %x = select i1 %float_first, double %fval127, double %itof
  %y = select i1 %float_first, double %itof, double %fval127
  %nz128 = fcmp une double %y, 0.000000e+00
  br i1 %nz128, label %fdiv129, label %num_slow

fdiv129:                                          ; preds = %mixed_fast
  %fdiv130 = fdiv double %x, %y
  br label %float_result

fbox_done131:                                     ; preds = %float_result
  %fbox133 = phi ptr [ %c132, %float_result ]
  br label %num_done

unwind135:                                        ; preds = %num_done
  call void @rjit_traceback_here(ptr %0)
  %f136 = getelementptr i8, ptr %0, i64 56
  %p137 = load ptr, ptr %f136, align 8
  %f138 = getelementptr i8, ptr %p137, i64 0
  %use_tracing139 = load i8, ptr %f138, align 1
  %tracing140 = icmp ne i8 %use_tracing139, 0
  br i1 %tracing140, label %trace_exception141, label %unwind_compiled142

trace_exception141:                               ; preds = %unwind135
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled142

unwind_compiled142:                               ; preds = %trace_exception141, %unwind135
  %c143 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c143, ptr %s0, align 8
  br i1 %tracing140, label %deopt144, label %i7

deopt144:                                         ; preds = %unwind_compiled142
  %v145 = load ptr, ptr %s0, align 8
  %f146 = getelementptr i8, ptr %1, i64 80
  store ptr %v145, ptr %f146, align 8
  %c147 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c147

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i6

ok167:                                            ; preds = %i7
  %f168 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f168, align 8
  store ptr %r, ptr %s0, align 8
  %f169 = getelementptr i8, ptr %1, i64 88
  %r170 = load ptr, ptr %f169, align 8
  store ptr %r170, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c221 = call ptr @rjit_load_global(ptr %1, ptr %p172, ptr %f173)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c221, %global_miss ]
  %isnull250 = icmp eq ptr %global, null
  br i1 %isnull250, label %unwind222, label %ok249, !prof !0

globals_dict:                                     ; preds = %i8
  %f182 = getelementptr i8, ptr %p177, i64 32
  %p183 = load ptr, ptr %f182, align 8
  %f184 = getelementptr i8, ptr %f173, i64 0
  %p185 = load ptr, ptr %f184, align 8
  %a186 = ptrtoint ptr %p183 to i64
  %b = ptrtoint ptr %p185 to i64
  %eq187 = icmp eq i64 %a186, %b
  br i1 %eq187, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f188 = getelementptr i8, ptr %p183, i64 24
  %i = load i64, ptr %f188, align 4
  %f189 = getelementptr i8, ptr %f173, i64 8
  %i190 = load i64, ptr %f189, align 4
  %f191 = getelementptr i8, ptr %f173, i64 16
  %i192 = load i64, ptr %f191, align 4
  %from_globals = icmp eq i64 %i192, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f193 = getelementptr i8, ptr %f173, i64 24
  %i194 = load i64, ptr %f193, align 4
  %want_lib = lshr i64 %i194, 32
  %index = and i64 %i194, 4294967295
  %f195 = getelementptr i8, ptr %p183, i64 9
  %i196 = load i8, ptr %f195, align 1
  %lib = zext i8 %i196 to i64
  %f197 = getelementptr i8, ptr %p183, i64 10
  %i198 = load i8, ptr %f197, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i198, 0
  %ok199 = and i1 %same_lib, %within
  %ok200 = and i1 %ok199, %unicode
  br i1 %ok200, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i190
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry201 = inttoptr i64 %i190 to ptr
  %f202 = getelementptr i8, ptr %entry201, i64 0
  %p203 = load ptr, ptr %f202, align 8
  %a204 = ptrtoint ptr %p203 to i64
  %b205 = ptrtoint ptr %p172 to i64
  %eq206 = icmp eq i64 %a204, %b205
  br i1 %eq206, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f207 = getelementptr i8, ptr %entry201, i64 8
  %p208 = load ptr, ptr %f207, align 8
  %present = icmp ne ptr %p208, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p208, %entry_value ], [ %p218, %builtins_tag ]
  %rc219 = load i64, ptr %cached, align 4
  %rc1220 = add i64 %rc219, 1
  store i64 %rc1220, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f209 = getelementptr i8, ptr %1, i64 16
  %p210 = load ptr, ptr %f209, align 8
  %f211 = getelementptr i8, ptr %p210, i64 8
  %p212 = load ptr, ptr %f211, align 8
  %a213 = ptrtoint ptr %p212 to i64
  %eq214 = icmp eq i64 %a213, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq214, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f215 = getelementptr i8, ptr %p210, i64 24
  %i216 = load i64, ptr %f215, align 4
  %bsame = icmp eq i64 %i192, %i216
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f217 = getelementptr i8, ptr %f173, i64 24
  %p218 = load ptr, ptr %f217, align 8
  br label %global_hit

unwind222:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f223 = getelementptr i8, ptr %0, i64 56
  %p224 = load ptr, ptr %f223, align 8
  %f225 = getelementptr i8, ptr %p224, i64 0
  %use_tracing226 = load i8, ptr %f225, align 1
  %tracing227 = icmp ne i8 %use_tracing226, 0
  br i1 %tracing227, label %trace_exception228, label %unwind_compiled229

trace_exception228:                               ; preds = %unwind222
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled229

unwind_compiled229:                               ; preds = %trace_exception228, %unwind222
  %v230 = load ptr, ptr %s1, align 8
  %isnull231 = icmp eq ptr %v230, null
  br i1 %isnull231, label %cont233, label %xdec232

xdec232:                                          ; preds = %unwind_compiled229
  %rc234 = load i64, ptr %v230, align 4
  %rc1235 = sub i64 %rc234, 1
  store i64 %rc1235, ptr %v230, align 4
  %dead236 = icmp eq i64 %rc1235, 0
  br i1 %dead236, label %dealloc237, label %cont238

cont233:                                          ; preds = %cont238, %unwind_compiled229
  %c239 = call ptr @rjit_lasti(ptr %1)
  store ptr %c239, ptr %s1, align 8
  %c240 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c240, ptr %s2, align 8
  br i1 %tracing227, label %deopt241, label %i21

dealloc237:                                       ; preds = %xdec232
  call void @_Py_Dealloc(ptr %v230)
  br label %cont238

cont238:                                          ; preds = %dealloc237, %xdec232
  br label %cont233

deopt241:                                         ; preds = %cont233
  %v242 = load ptr, ptr %s0, align 8
  %f243 = getelementptr i8, ptr %1, i64 80
  store ptr %v242, ptr %f243, align 8
  %v244 = load ptr, ptr %s1, align 8
  %f245 = getelementptr i8, ptr %1, i64 88
  store ptr %v244, ptr %f245, align 8
  %v246 = load ptr, ptr %s2, align 8
  %f247 = getelementptr i8, ptr %1, i64 96
  store ptr %v246, ptr %f247, align 8
  %c248 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c248

ok249:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok259:                                            ; preds = %i14
  %f287 = getelementptr i8, ptr %1, i64 88
  %r288 = load ptr, ptr %f287, align 8
  store ptr %r288, ptr %s1, align 8
  %f289 = getelementptr i8, ptr %1, i64 96
  %r290 = load ptr, ptr %f289, align 8
  store ptr %r290, ptr %s2, align 8
  br label %i15

unwind260:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f261 = getelementptr i8, ptr %0, i64 56
  %p262 = load ptr, ptr %f261, align 8
  %f263 = getelementptr i8, ptr %p262, i64 0
  %use_tracing264 = load i8, ptr %f263, align 1
  %tracing265 = icmp ne i8 %use_tracing264, 0
  br i1 %tracing265, label %trace_exception266, label %unwind_compiled267

trace_exception266:                               ; preds = %unwind260
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled267

unwind_compiled267:                               ; preds = %trace_exception266, %unwind260
  %v268 = load ptr, ptr %s1, align 8
  %isnull269 = icmp eq ptr %v268, null
  br i1 %isnull269, label %cont271, label %xdec270

xdec270:                                          ; preds = %unwind_compiled267
  %rc272 = load i64, ptr %v268, align 4
  %rc1273 = sub i64 %rc272, 1
  store i64 %rc1273, ptr %v268, align 4
  %dead274 = icmp eq i64 %rc1273, 0
  br i1 %dead274, label %dealloc275, label %cont276

cont271:                                          ; preds = %cont276, %unwind_compiled267
  %c277 = call ptr @rjit_lasti(ptr %1)
  store ptr %c277, ptr %s1, align 8
  %c278 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c278, ptr %s2, align 8
  br i1 %tracing265, label %deopt279, label %i21

dealloc275:                                       ; preds = %xdec270
  call void @_Py_Dealloc(ptr %v268)
  br label %cont276

cont276:                                          ; preds = %dealloc275, %xdec270
  br label %cont271

deopt279:                                         ; preds = %cont271
  %v280 = load ptr, ptr %s0, align 8
  %f281 = getelementptr i8, ptr %1, i64 80
  store ptr %v280, ptr %f281, align 8
  %v282 = load ptr, ptr %s1, align 8
  %f283 = getelementptr i8, ptr %1, i64 88
  store ptr %v282, ptr %f283, align 8
  %v284 = load ptr, ptr %s2, align 8
  %f285 = getelementptr i8, ptr %1, i64 96
  store ptr %v284, ptr %f285, align 8
  %c286 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c286

chk_false:                                        ; preds = %i15
  %a294 = ptrtoint ptr %v291 to i64
  %eq295 = icmp eq i64 %a294, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq295, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc296 = load i64, ptr %v291, align 4
  %rc1297 = sub i64 %rc296, 1
  store i64 %rc1297, ptr %v291, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f298 = getelementptr i8, ptr %f1, i64 30
  %f299 = getelementptr i8, ptr %1, i64 56
  store ptr %f298, ptr %f299, align 8
  %c300 = call i32 @PyObject_IsTrue(ptr %v291)
  %rc301 = load i64, ptr %v291, align 4
  %rc1302 = sub i64 %rc301, 1
  store i64 %rc1302, ptr %v291, align 4
  %dead303 = icmp eq i64 %rc1302, 0
  br i1 %dead303, label %dealloc304, label %cont305

truth:                                            ; preds = %ok333, %fast_bool
  %t = phi i1 [ %eq293, %fast_bool ], [ %truthy, %ok333 ]
  br i1 %t, label %i16, label %i20

dealloc304:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v291)
  br label %cont305

cont305:                                          ; preds = %dealloc304, %is_true
  %neg = icmp slt i32 %c300, 0
  br i1 %neg, label %unwind306, label %ok333, !prof !0

unwind306:                                        ; preds = %cont305
  call void @rjit_traceback_here(ptr %0)
  %f307 = getelementptr i8, ptr %0, i64 56
  %p308 = load ptr, ptr %f307, align 8
  %f309 = getelementptr i8, ptr %p308, i64 0
  %use_tracing310 = load i8, ptr %f309, align 1
  %tracing311 = icmp ne i8 %use_tracing310, 0
  br i1 %tracing311, label %trace_exception312, label %unwind_compiled313

trace_exception312:                               ; preds = %unwind306
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled313

unwind_compiled313:                               ; preds = %trace_exception312, %unwind306
  %v314 = load ptr, ptr %s1, align 8
  %isnull315 = icmp eq ptr %v314, null
  br i1 %isnull315, label %cont317, label %xdec316

xdec316:                                          ; preds = %unwind_compiled313
  %rc318 = load i64, ptr %v314, align 4
  %rc1319 = sub i64 %rc318, 1
  store i64 %rc1319, ptr %v314, align 4
  %dead320 = icmp eq i64 %rc1319, 0
  br i1 %dead320, label %dealloc321, label %cont322

cont317:                                          ; preds = %cont322, %unwind_compiled313
  %c323 = call ptr @rjit_lasti(ptr %1)
  store ptr %c323, ptr %s1, align 8
  %c324 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c324, ptr %s2, align 8
  br i1 %tracing311, label %deopt325, label %i21

dealloc321:                                       ; preds = %xdec316
  call void @_Py_Dealloc(ptr %v314)
  br label %cont322

cont322:                                          ; preds = %dealloc321, %xdec316
  br label %cont317

deopt325:                                         ; preds = %cont317
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

ok333:                                            ; preds = %cont305
  %truthy = icmp ne i32 %c300, 0
  br label %truth

xdec338:                                          ; preds = %i16
  %rc340 = load i64, ptr %v334, align 4
  %rc1341 = sub i64 %rc340, 1
  store i64 %rc1341, ptr %v334, align 4
  %dead342 = icmp eq i64 %rc1341, 0
  br i1 %dead342, label %dealloc343, label %cont344

cont339:                                          ; preds = %cont344, %i16
  br label %i17

dealloc343:                                       ; preds = %xdec338
  call void @_Py_Dealloc(ptr %v334)
  br label %cont344

cont344:                                          ; preds = %dealloc343, %xdec338
  br label %cont339

ok351:                                            ; preds = %i17
  br label %i18

ok374:                                            ; preds = %not_error
  unreachable

unwind375:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f376 = getelementptr i8, ptr %0, i64 56
  %p377 = load ptr, ptr %f376, align 8
  %f378 = getelementptr i8, ptr %p377, i64 0
  %use_tracing379 = load i8, ptr %f378, align 1
  %tracing380 = icmp ne i8 %use_tracing379, 0
  br i1 %tracing380, label %trace_exception381, label %unwind_compiled382

trace_exception381:                               ; preds = %unwind375
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled382

unwind_compiled382:                               ; preds = %trace_exception381, %unwind375
  %c383 = call ptr @rjit_lasti(ptr %1)
  store ptr %c383, ptr %s1, align 8
  %c384 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c384, ptr %s2, align 8
  br i1 %tracing380, label %deopt385, label %i21

deopt385:                                         ; preds = %unwind_compiled382
  %v386 = load ptr, ptr %s0, align 8
  %f387 = getelementptr i8, ptr %1, i64 80
  store ptr %v386, ptr %f387, align 8
  %v388 = load ptr, ptr %s1, align 8
  %f389 = getelementptr i8, ptr %1, i64 88
  store ptr %v388, ptr %f389, align 8
  %v390 = load ptr, ptr %s2, align 8
  %f391 = getelementptr i8, ptr %1, i64 96
  store ptr %v390, ptr %f391, align 8
  %c392 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c392

unwind394:                                        ; preds = %not_error
  %c395 = call ptr @rjit_lasti(ptr %1)
  store ptr %c395, ptr %s1, align 8
  %c396 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c396, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c373, 0
  br i1 %reraise, label %unwind394, label %ok374

ok406:                                            ; preds = %i22
  br label %i23

deopt407:                                         ; preds = %i23
  %v408 = load ptr, ptr %s0, align 8
  %f409 = getelementptr i8, ptr %1, i64 80
  store ptr %v408, ptr %f409, align 8
  %v410 = load ptr, ptr %s1, align 8
  %f411 = getelementptr i8, ptr %1, i64 88
  store ptr %v410, ptr %f411, align 8
  %v412 = load ptr, ptr %s2, align 8
  %f413 = getelementptr i8, ptr %1, i64 96
  store ptr %v412, ptr %f413, align 8
  %c414 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c414

not_tracing:                                      ; preds = %i23
  %v420 = load ptr, ptr %s1, align 8
  %f421 = getelementptr i8, ptr %1, i64 88
  store ptr %v420, ptr %f421, align 8
  %v422 = load ptr, ptr %s2, align 8
  %f423 = getelementptr i8, ptr %1, i64 96
  store ptr %v422, ptr %f423, align 8
  %f424 = getelementptr i8, ptr %f1, i64 46
  %f425 = getelementptr i8, ptr %1, i64 56
  store ptr %f424, ptr %f425, align 8
  %f426 = getelementptr i8, ptr %1, i64 88
  %c427 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f426, i32 1)
  %failed435 = icmp slt i32 %c427, 0
  br i1 %failed435, label %error429, label %not_error442

ok428:                                            ; preds = %not_error442
  unreachable

error429:                                         ; preds = %not_tracing
  %v430 = load ptr, ptr %s0, align 8
  %f431 = getelementptr i8, ptr %1, i64 80
  store ptr %v430, ptr %f431, align 8
  %v432 = load ptr, ptr %s1, align 8
  %f433 = getelementptr i8, ptr %1, i64 88
  store ptr %v432, ptr %f433, align 8
  %c434 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c434

error436:                                         ; preds = %not_error442
  %v437 = load ptr, ptr %s0, align 8
  %f438 = getelementptr i8, ptr %1, i64 80
  store ptr %v437, ptr %f438, align 8
  %v439 = load ptr, ptr %s1, align 8
  %f440 = getelementptr i8, ptr %1, i64 88
  store ptr %v439, ptr %f440, align 8
  %c441 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c441

not_error442:                                     ; preds = %not_tracing
  %reraise443 = icmp sgt i32 %c427, 0
  br i1 %reraise443, label %error436, label %ok428
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_traceback_here(ptr)

declare void @rjit_trace_exception(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare ptr @rjit_fetch_exception(ptr)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr, ptr)

declare ptr @rjit_lasti(ptr)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
