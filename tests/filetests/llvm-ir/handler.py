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
  %f21 = getelementptr i8, ptr %2, i64 8
  %p22 = load ptr, ptr %f21, align 8
  store ptr %p22, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f23 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f23, align 8
  store ptr %local, ptr %s1, align 8
  br label %i4

i4:                                               ; preds = %i3
  %v = load ptr, ptr %s1, align 8
  %v24 = load ptr, ptr %s0, align 8
  %f25 = getelementptr i8, ptr %f4, i64 8
  %f26 = getelementptr i8, ptr %1, i64 56
  store ptr %f25, ptr %f26, align 8
  %f27 = getelementptr i8, ptr %v24, i64 8
  %p28 = load ptr, ptr %f27, align 8
  %f29 = getelementptr i8, ptr %v, i64 8
  %p30 = load ptr, ptr %f29, align 8
  %a = ptrtoint ptr %p28 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a31 = ptrtoint ptr %p30 to i64
  %eq32 = icmp eq i64 %a31, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq32
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v133 = load ptr, ptr %s0, align 8
  %f134 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f134, align 4
  %f135 = getelementptr i8, ptr %f4, i64 12
  %f136 = getelementptr i8, ptr %1, i64 56
  store ptr %f135, ptr %f136, align 8
  %f137 = getelementptr i8, ptr %0, i64 56
  %p138 = load ptr, ptr %f137, align 8
  %f139 = getelementptr i8, ptr %1, i64 48
  %p140 = load ptr, ptr %f139, align 8
  %f141 = getelementptr i8, ptr %p138, i64 8
  store ptr %p140, ptr %f141, align 8
  %f142 = getelementptr i8, ptr %0, i64 32
  %rem143 = load i32, ptr %f142, align 4
  %rem1144 = add i32 %rem143, 1
  store i32 %rem1144, ptr %f142, align 4
  ret ptr %v133

i7:                                               ; preds = %unwind_compiled
  %v145 = load ptr, ptr %s0, align 8
  %f146 = getelementptr i8, ptr %1, i64 80
  store ptr %v145, ptr %f146, align 8
  %f147 = getelementptr i8, ptr %f4, i64 14
  %f148 = getelementptr i8, ptr %1, i64 56
  store ptr %f147, ptr %f148, align 8
  %f149 = getelementptr i8, ptr %1, i64 80
  %c150 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f149, i32 0)
  br label %ok151

i8:                                               ; preds = %ok151
  %f155 = getelementptr i8, ptr %2, i64 16
  %p156 = load ptr, ptr %f155, align 8
  %f157 = getelementptr i8, ptr %p6, i64 0
  %f158 = getelementptr i8, ptr %f4, i64 16
  %f159 = getelementptr i8, ptr %1, i64 56
  store ptr %f158, ptr %f159, align 8
  %f160 = getelementptr i8, ptr %1, i64 8
  %p161 = load ptr, ptr %f160, align 8
  %f162 = getelementptr i8, ptr %p161, i64 8
  %p163 = load ptr, ptr %f162, align 8
  %a164 = ptrtoint ptr %p163 to i64
  %eq165 = icmp eq i64 %a164, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq165, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok229
  %v231 = load ptr, ptr %s1, align 8
  %f232 = getelementptr i8, ptr %1, i64 88
  store ptr %v231, ptr %f232, align 8
  %v233 = load ptr, ptr %s2, align 8
  %f234 = getelementptr i8, ptr %1, i64 96
  store ptr %v233, ptr %f234, align 8
  %f235 = getelementptr i8, ptr %f4, i64 28
  %f236 = getelementptr i8, ptr %1, i64 56
  store ptr %f235, ptr %f236, align 8
  %f237 = getelementptr i8, ptr %1, i64 88
  %c238 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f237, i32 0)
  %failed = icmp slt i32 %c238, 0
  br i1 %failed, label %unwind240, label %ok239

i15:                                              ; preds = %ok239
  %v271 = load ptr, ptr %s2, align 8
  %a272 = ptrtoint ptr %v271 to i64
  %eq273 = icmp eq i64 %a272, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq273, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v314 = load ptr, ptr %s1, align 8
  %isnull315 = icmp eq ptr %v314, null
  br i1 %isnull315, label %cont317, label %xdec316

i17:                                              ; preds = %cont317
  %v325 = load ptr, ptr %s0, align 8
  %f326 = getelementptr i8, ptr %1, i64 80
  store ptr %v325, ptr %f326, align 8
  %f327 = getelementptr i8, ptr %f4, i64 34
  %f328 = getelementptr i8, ptr %1, i64 56
  store ptr %f327, ptr %f328, align 8
  %f329 = getelementptr i8, ptr %1, i64 80
  %c330 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f329, i32 0)
  br label %ok331

i18:                                              ; preds = %ok331
  %f332 = getelementptr i8, ptr %2, i64 0
  %p333 = load ptr, ptr %f332, align 8
  %rc334 = load i64, ptr %p333, align 4
  %rc1335 = add i64 %rc334, 1
  store i64 %rc1335, ptr %p333, align 4
  store ptr %p333, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v336 = load ptr, ptr %s0, align 8
  %f337 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f337, align 4
  %f338 = getelementptr i8, ptr %f4, i64 38
  %f339 = getelementptr i8, ptr %1, i64 56
  store ptr %f338, ptr %f339, align 8
  %f340 = getelementptr i8, ptr %0, i64 56
  %p341 = load ptr, ptr %f340, align 8
  %f342 = getelementptr i8, ptr %1, i64 48
  %p343 = load ptr, ptr %f342, align 8
  %f344 = getelementptr i8, ptr %p341, i64 8
  store ptr %p343, ptr %f344, align 8
  %f345 = getelementptr i8, ptr %0, i64 32
  %rem346 = load i32, ptr %f345, align 4
  %rem1347 = add i32 %rem346, 1
  store i32 %rem1347, ptr %f345, align 4
  ret ptr %v336

i20:                                              ; preds = %truth
  %v348 = load ptr, ptr %s1, align 8
  %f349 = getelementptr i8, ptr %1, i64 88
  store ptr %v348, ptr %f349, align 8
  %f350 = getelementptr i8, ptr %f4, i64 40
  %f351 = getelementptr i8, ptr %1, i64 56
  store ptr %f350, ptr %f351, align 8
  %f352 = getelementptr i8, ptr %1, i64 88
  %c353 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f352, i32 0)
  %failed373 = icmp slt i32 %c353, 0
  br i1 %failed373, label %unwind355, label %not_error

i21:                                              ; preds = %unwind374, %unwind_compiled362, %cont297, %cont251, %cont215
  %v377 = load ptr, ptr %s0, align 8
  %rc378 = load i64, ptr %v377, align 4
  %rc1379 = add i64 %rc378, 1
  store i64 %rc1379, ptr %v377, align 4
  store ptr %v377, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v380 = load ptr, ptr %s3, align 8
  %f381 = getelementptr i8, ptr %1, i64 104
  store ptr %v380, ptr %f381, align 8
  %f382 = getelementptr i8, ptr %f4, i64 44
  %f383 = getelementptr i8, ptr %1, i64 56
  store ptr %f382, ptr %f383, align 8
  %f384 = getelementptr i8, ptr %1, i64 104
  %c385 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f384, i32 0)
  br label %ok386

i23:                                              ; preds = %ok386
  %f395 = getelementptr i8, ptr %0, i64 56
  %p396 = load ptr, ptr %f395, align 8
  %f397 = getelementptr i8, ptr %p396, i64 0
  %use_tracing398 = load i8, ptr %f397, align 1
  %tracing399 = icmp ne i8 %use_tracing398, 0
  br i1 %tracing399, label %deopt387, label %not_tracing

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

num_done:                                         ; preds = %operator_done, %fbox_done117, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox119, %fbox_done117 ], [ %number, %operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %unwind, label %ok, !prof !0

num_slow:                                         ; preds = %mixed_fast, %mixed90, %mixed_check, %float_fast, %divisor_ok, %int_fast, %int_test
  %f120 = getelementptr i8, ptr %v24, i64 8
  %p121 = load ptr, ptr %f120, align 8
  %f122 = getelementptr i8, ptr %p121, i64 168
  %i = load i64, ptr %f122, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %fdiv115, %itruediv
  %fres = phi double [ %q, %itruediv ], [ %fdiv116, %fdiv115 ]
  %c118 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done117

int_test:                                         ; preds = %i4
  %f33 = getelementptr i8, ptr %v24, i64 16
  %size = load i64, ptr %f33, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f34 = getelementptr i8, ptr %v24, i64 24
  %digit0 = load i32, ptr %f34, align 4
  %digit035 = zext i32 %digit0 to i64
  %f36 = getelementptr i8, ptr %v24, i64 28
  %digit1 = load i32, ptr %f36, align 4
  %digit137 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit137, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit035, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f38 = getelementptr i8, ptr %v, i64 16
  %size39 = load i64, ptr %f38, align 4
  %size240 = add i64 %size39, 2
  %compact41 = icmp ule i64 %size240, 4
  %f42 = getelementptr i8, ptr %v, i64 24
  %digit043 = load i32, ptr %f42, align 4
  %digit044 = zext i32 %digit043 to i64
  %f45 = getelementptr i8, ptr %v, i64 28
  %digit146 = load i32, ptr %f45, align 4
  %digit147 = zext i32 %digit146 to i64
  %negative48 = icmp slt i64 %size39, 0
  %neg_size49 = sub i64 0, %size39
  %ndigits50 = select i1 %negative48, i64 %neg_size49, i64 %size39
  %two51 = icmp eq i64 %ndigits50, 2
  %hi52 = shl i64 %digit147, 30
  %hi253 = select i1 %two51, i64 %hi52, i64 0
  %mag54 = add i64 %digit044, %hi253
  %zero55 = icmp eq i64 %size39, 0
  %mag056 = select i1 %zero55, i64 0, i64 %mag54
  %neg_mag57 = sub i64 0, %mag056
  %ival58 = select i1 %negative48, i64 %neg_mag57, i64 %mag056
  %compact59 = and i1 %compact, %compact41
  br i1 %compact59, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i4
  %f63 = getelementptr i8, ptr %v24, i64 8
  %p64 = load ptr, ptr %f63, align 8
  %f65 = getelementptr i8, ptr %v, i64 8
  %p66 = load ptr, ptr %f65, align 8
  %a67 = ptrtoint ptr %p64 to i64
  %eq68 = icmp eq i64 %a67, ptrtoint (ptr @PyFloat_Type to i64)
  %a69 = ptrtoint ptr %p66 to i64
  %eq70 = icmp eq i64 %a69, ptrtoint (ptr @PyFloat_Type to i64)
  %both71 = and i1 %eq68, %eq70
  br i1 %both71, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %nz = icmp ne i64 %ival58, 0
  br i1 %nz, label %divisor_ok, label %num_slow, !prof !1

divisor_ok:                                       ; preds = %int_fast
  %bias = add i64 %ival, 9007199254740992
  %exact = icmp ule i64 %bias, 18014398509481984
  %bias60 = add i64 %ival58, 9007199254740992
  %exact61 = icmp ule i64 %bias60, 18014398509481984
  %exact62 = and i1 %exact, %exact61
  br i1 %exact62, label %itruediv, label %num_slow, !prof !1

itruediv:                                         ; preds = %divisor_ok
  %fx = sitofp i64 %ival to double
  %fy = sitofp i64 %ival58 to double
  %q = fdiv double %fx, %fy
  br label %float_result

float_fast:                                       ; preds = %float_check
  %f72 = getelementptr i8, ptr %v24, i64 16
  %fval = load double, ptr %f72, align 8
  %f73 = getelementptr i8, ptr %v, i64 16
  %fval74 = load double, ptr %f73, align 8
  %nz75 = fcmp une double %fval74, 0.000000e+00
  br i1 %nz75, label %fdiv, label %num_slow

mixed_check:                                      ; preds = %float_check
  %f78 = getelementptr i8, ptr %v24, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %a80 = ptrtoint ptr %p79 to i64
  %eq81 = icmp eq i64 %a80, ptrtoint (ptr @PyFloat_Type to i64)
  %a82 = ptrtoint ptr %p79 to i64
  %eq83 = icmp eq i64 %a82, ptrtoint (ptr @PyLong_Type to i64)
  %f84 = getelementptr i8, ptr %v, i64 8
  %p85 = load ptr, ptr %f84, align 8
  %a86 = ptrtoint ptr %p85 to i64
  %eq87 = icmp eq i64 %a86, ptrtoint (ptr @PyFloat_Type to i64)
  %a88 = ptrtoint ptr %p85 to i64
  %eq89 = icmp eq i64 %a88, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq81, %eq89
  %int_first = and i1 %eq83, %eq87
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed90, label %num_slow, !prof !1

fdiv:                                             ; preds = %float_fast
  %fdiv76 = fdiv double %fval, %fval74
  %c77 = call ptr @PyFloat_FromDouble(double %fdiv76)
  br label %fbox_done

fbox_done:                                        ; preds = %fdiv
  %fbox = phi ptr [ %c77, %fdiv ]
  br label %num_done

mixed90:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v24
  %float_operand = select i1 %float_first, ptr %v24, ptr %v
  %f91 = getelementptr i8, ptr %int_operand, i64 16
  %size92 = load i64, ptr %f91, align 4
  %size293 = add i64 %size92, 2
  %compact94 = icmp ule i64 %size293, 4
  %f95 = getelementptr i8, ptr %int_operand, i64 24
  %digit096 = load i32, ptr %f95, align 4
  %digit097 = zext i32 %digit096 to i64
  %f98 = getelementptr i8, ptr %int_operand, i64 28
  %digit199 = load i32, ptr %f98, align 4
  %digit1100 = zext i32 %digit199 to i64
  %negative101 = icmp slt i64 %size92, 0
  %neg_size102 = sub i64 0, %size92
  %ndigits103 = select i1 %negative101, i64 %neg_size102, i64 %size92
  %two104 = icmp eq i64 %ndigits103, 2
  %hi105 = shl i64 %digit1100, 30
  %hi2106 = select i1 %two104, i64 %hi105, i64 0
  %mag107 = add i64 %digit097, %hi2106
  %zero108 = icmp eq i64 %size92, 0
  %mag0109 = select i1 %zero108, i64 0, i64 %mag107
  %neg_mag110 = sub i64 0, %mag0109
  %ival111 = select i1 %negative101, i64 %neg_mag110, i64 %mag0109
  br i1 %compact94, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed90
  %itof = sitofp i64 %ival111 to double
  %f112 = getelementptr i8, ptr %float_operand, i64 16
  %fval113 = load double, ptr %f112, align 8
  %x = select i1 %float_first, double %fval113, double %itof
  %y = select i1 %float_first, double %itof, double %fval113
  %nz114 = fcmp une double %y, 0.000000e+00
  br i1 %nz114, label %fdiv115, label %num_slow

fdiv115:                                          ; preds = %mixed_fast
  %fdiv116 = fdiv double %x, %y
  br label %float_result

fbox_done117:                                     ; preds = %float_result
  %fbox119 = phi ptr [ %c118, %float_result ]
  br label %num_done

operator_dunder:                                  ; preds = %num_slow
  %c123 = call ptr @rjit_binary_dunder(ptr %0, ptr %v24, ptr %v, i32 11)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c124 = call ptr @PyNumber_TrueDivide(ptr %v24, ptr %v)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c123, %operator_dunder ], [ %c124, %operator_c ]
  br label %num_done

unwind:                                           ; preds = %num_done
  call void @rjit_traceback_here(ptr %0)
  %f125 = getelementptr i8, ptr %0, i64 56
  %p126 = load ptr, ptr %f125, align 8
  %f127 = getelementptr i8, ptr %p126, i64 0
  %use_tracing = load i8, ptr %f127, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %c128 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c128, ptr %s0, align 8
  br i1 %tracing, label %deopt129, label %i7

deopt129:                                         ; preds = %unwind_compiled
  %v130 = load ptr, ptr %s0, align 8
  %f131 = getelementptr i8, ptr %1, i64 80
  store ptr %v130, ptr %f131, align 8
  %c132 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c132

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i6

ok151:                                            ; preds = %i7
  %f152 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f152, align 8
  store ptr %r, ptr %s0, align 8
  %f153 = getelementptr i8, ptr %1, i64 88
  %r154 = load ptr, ptr %f153, align 8
  store ptr %r154, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c204 = call ptr @rjit_load_global(ptr %1, ptr %p156, ptr %f157)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c204, %global_miss ]
  %isnull230 = icmp eq ptr %global, null
  br i1 %isnull230, label %unwind205, label %ok229, !prof !0

globals_dict:                                     ; preds = %i8
  %f166 = getelementptr i8, ptr %p161, i64 32
  %p167 = load ptr, ptr %f166, align 8
  %f168 = getelementptr i8, ptr %f157, i64 0
  %p169 = load ptr, ptr %f168, align 8
  %a170 = ptrtoint ptr %p167 to i64
  %b = ptrtoint ptr %p169 to i64
  %eq171 = icmp eq i64 %a170, %b
  br i1 %eq171, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f172 = getelementptr i8, ptr %p167, i64 24
  %i173 = load i64, ptr %f172, align 4
  %f174 = getelementptr i8, ptr %f157, i64 8
  %i175 = load i64, ptr %f174, align 4
  %f176 = getelementptr i8, ptr %f157, i64 16
  %i177 = load i64, ptr %f176, align 4
  %from_globals = icmp eq i64 %i177, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f178 = getelementptr i8, ptr %f157, i64 24
  %i179 = load i64, ptr %f178, align 4
  %want_lib = lshr i64 %i179, 32
  %index = and i64 %i179, 4294967295
  %f180 = getelementptr i8, ptr %p167, i64 9
  %i181 = load i8, ptr %f180, align 1
  %lib = zext i8 %i181 to i64
  %f182 = getelementptr i8, ptr %p167, i64 10
  %i183 = load i8, ptr %f182, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i173
  %unicode = icmp ne i8 %i183, 0
  %ok184 = and i1 %same_lib, %within
  %ok185 = and i1 %ok184, %unicode
  br i1 %ok185, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i173, %i175
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry186 = inttoptr i64 %i175 to ptr
  %f187 = getelementptr i8, ptr %entry186, i64 0
  %p188 = load ptr, ptr %f187, align 8
  %a189 = ptrtoint ptr %p188 to i64
  %b190 = ptrtoint ptr %p156 to i64
  %eq191 = icmp eq i64 %a189, %b190
  br i1 %eq191, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f192 = getelementptr i8, ptr %entry186, i64 8
  %p193 = load ptr, ptr %f192, align 8
  %present = icmp ne ptr %p193, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p193, %entry_value ], [ %p203, %builtins_tag ]
  %rc = load i64, ptr %cached, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f194 = getelementptr i8, ptr %1, i64 16
  %p195 = load ptr, ptr %f194, align 8
  %f196 = getelementptr i8, ptr %p195, i64 8
  %p197 = load ptr, ptr %f196, align 8
  %a198 = ptrtoint ptr %p197 to i64
  %eq199 = icmp eq i64 %a198, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq199, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f200 = getelementptr i8, ptr %p195, i64 24
  %i201 = load i64, ptr %f200, align 4
  %bsame = icmp eq i64 %i177, %i201
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f202 = getelementptr i8, ptr %f157, i64 24
  %p203 = load ptr, ptr %f202, align 8
  br label %global_hit

unwind205:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f206 = getelementptr i8, ptr %0, i64 56
  %p207 = load ptr, ptr %f206, align 8
  %f208 = getelementptr i8, ptr %p207, i64 0
  %use_tracing209 = load i8, ptr %f208, align 1
  %tracing210 = icmp ne i8 %use_tracing209, 0
  br i1 %tracing210, label %trace_exception211, label %unwind_compiled212

trace_exception211:                               ; preds = %unwind205
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled212

unwind_compiled212:                               ; preds = %trace_exception211, %unwind205
  %v213 = load ptr, ptr %s1, align 8
  %isnull214 = icmp eq ptr %v213, null
  br i1 %isnull214, label %cont215, label %xdec

xdec:                                             ; preds = %unwind_compiled212
  %rc216 = load i64, ptr %v213, align 4
  %rc1217 = sub i64 %rc216, 1
  store i64 %rc1217, ptr %v213, align 4
  %dead = icmp eq i64 %rc1217, 0
  br i1 %dead, label %dealloc, label %cont218

cont215:                                          ; preds = %cont218, %unwind_compiled212
  %c219 = call ptr @rjit_lasti(ptr %1)
  store ptr %c219, ptr %s1, align 8
  %c220 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c220, ptr %s2, align 8
  br i1 %tracing210, label %deopt221, label %i21

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v213)
  br label %cont218

cont218:                                          ; preds = %dealloc, %xdec
  br label %cont215

deopt221:                                         ; preds = %cont215
  %v222 = load ptr, ptr %s0, align 8
  %f223 = getelementptr i8, ptr %1, i64 80
  store ptr %v222, ptr %f223, align 8
  %v224 = load ptr, ptr %s1, align 8
  %f225 = getelementptr i8, ptr %1, i64 88
  store ptr %v224, ptr %f225, align 8
  %v226 = load ptr, ptr %s2, align 8
  %f227 = getelementptr i8, ptr %1, i64 96
  store ptr %v226, ptr %f227, align 8
  %c228 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c228

ok229:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok239:                                            ; preds = %i14
  %f267 = getelementptr i8, ptr %1, i64 88
  %r268 = load ptr, ptr %f267, align 8
  store ptr %r268, ptr %s1, align 8
  %f269 = getelementptr i8, ptr %1, i64 96
  %r270 = load ptr, ptr %f269, align 8
  store ptr %r270, ptr %s2, align 8
  br label %i15

unwind240:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f241 = getelementptr i8, ptr %0, i64 56
  %p242 = load ptr, ptr %f241, align 8
  %f243 = getelementptr i8, ptr %p242, i64 0
  %use_tracing244 = load i8, ptr %f243, align 1
  %tracing245 = icmp ne i8 %use_tracing244, 0
  br i1 %tracing245, label %trace_exception246, label %unwind_compiled247

trace_exception246:                               ; preds = %unwind240
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled247

unwind_compiled247:                               ; preds = %trace_exception246, %unwind240
  %v248 = load ptr, ptr %s1, align 8
  %isnull249 = icmp eq ptr %v248, null
  br i1 %isnull249, label %cont251, label %xdec250

xdec250:                                          ; preds = %unwind_compiled247
  %rc252 = load i64, ptr %v248, align 4
  %rc1253 = sub i64 %rc252, 1
  store i64 %rc1253, ptr %v248, align 4
  %dead254 = icmp eq i64 %rc1253, 0
  br i1 %dead254, label %dealloc255, label %cont256

cont251:                                          ; preds = %cont256, %unwind_compiled247
  %c257 = call ptr @rjit_lasti(ptr %1)
  store ptr %c257, ptr %s1, align 8
  %c258 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c258, ptr %s2, align 8
  br i1 %tracing245, label %deopt259, label %i21

dealloc255:                                       ; preds = %xdec250
  call void @_Py_Dealloc(ptr %v248)
  br label %cont256

cont256:                                          ; preds = %dealloc255, %xdec250
  br label %cont251

deopt259:                                         ; preds = %cont251
  %v260 = load ptr, ptr %s0, align 8
  %f261 = getelementptr i8, ptr %1, i64 80
  store ptr %v260, ptr %f261, align 8
  %v262 = load ptr, ptr %s1, align 8
  %f263 = getelementptr i8, ptr %1, i64 88
  store ptr %v262, ptr %f263, align 8
  %v264 = load ptr, ptr %s2, align 8
  %f265 = getelementptr i8, ptr %1, i64 96
  store ptr %v264, ptr %f265, align 8
  %c266 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c266

chk_false:                                        ; preds = %i15
  %a274 = ptrtoint ptr %v271 to i64
  %eq275 = icmp eq i64 %a274, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq275, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc276 = load i64, ptr %v271, align 4
  %rc1277 = sub i64 %rc276, 1
  store i64 %rc1277, ptr %v271, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f278 = getelementptr i8, ptr %f4, i64 30
  %f279 = getelementptr i8, ptr %1, i64 56
  store ptr %f278, ptr %f279, align 8
  %c280 = call i32 @PyObject_IsTrue(ptr %v271)
  %rc281 = load i64, ptr %v271, align 4
  %rc1282 = sub i64 %rc281, 1
  store i64 %rc1282, ptr %v271, align 4
  %dead283 = icmp eq i64 %rc1282, 0
  br i1 %dead283, label %dealloc284, label %cont285

truth:                                            ; preds = %ok313, %fast_bool
  %t = phi i1 [ %eq273, %fast_bool ], [ %truthy, %ok313 ]
  br i1 %t, label %i16, label %i20

dealloc284:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v271)
  br label %cont285

cont285:                                          ; preds = %dealloc284, %is_true
  %neg = icmp slt i32 %c280, 0
  br i1 %neg, label %unwind286, label %ok313, !prof !0

unwind286:                                        ; preds = %cont285
  call void @rjit_traceback_here(ptr %0)
  %f287 = getelementptr i8, ptr %0, i64 56
  %p288 = load ptr, ptr %f287, align 8
  %f289 = getelementptr i8, ptr %p288, i64 0
  %use_tracing290 = load i8, ptr %f289, align 1
  %tracing291 = icmp ne i8 %use_tracing290, 0
  br i1 %tracing291, label %trace_exception292, label %unwind_compiled293

trace_exception292:                               ; preds = %unwind286
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled293

unwind_compiled293:                               ; preds = %trace_exception292, %unwind286
  %v294 = load ptr, ptr %s1, align 8
  %isnull295 = icmp eq ptr %v294, null
  br i1 %isnull295, label %cont297, label %xdec296

xdec296:                                          ; preds = %unwind_compiled293
  %rc298 = load i64, ptr %v294, align 4
  %rc1299 = sub i64 %rc298, 1
  store i64 %rc1299, ptr %v294, align 4
  %dead300 = icmp eq i64 %rc1299, 0
  br i1 %dead300, label %dealloc301, label %cont302

cont297:                                          ; preds = %cont302, %unwind_compiled293
  %c303 = call ptr @rjit_lasti(ptr %1)
  store ptr %c303, ptr %s1, align 8
  %c304 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c304, ptr %s2, align 8
  br i1 %tracing291, label %deopt305, label %i21

dealloc301:                                       ; preds = %xdec296
  call void @_Py_Dealloc(ptr %v294)
  br label %cont302

cont302:                                          ; preds = %dealloc301, %xdec296
  br label %cont297

deopt305:                                         ; preds = %cont297
  %v306 = load ptr, ptr %s0, align 8
  %f307 = getelementptr i8, ptr %1, i64 80
  store ptr %v306, ptr %f307, align 8
  %v308 = load ptr, ptr %s1, align 8
  %f309 = getelementptr i8, ptr %1, i64 88
  store ptr %v308, ptr %f309, align 8
  %v310 = load ptr, ptr %s2, align 8
  %f311 = getelementptr i8, ptr %1, i64 96
  store ptr %v310, ptr %f311, align 8
  %c312 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c312

ok313:                                            ; preds = %cont285
  %truthy = icmp ne i32 %c280, 0
  br label %truth

xdec316:                                          ; preds = %i16
  %rc318 = load i64, ptr %v314, align 4
  %rc1319 = sub i64 %rc318, 1
  store i64 %rc1319, ptr %v314, align 4
  %dead320 = icmp eq i64 %rc1319, 0
  br i1 %dead320, label %dealloc321, label %cont322

cont317:                                          ; preds = %cont322, %i16
  br label %i17

dealloc321:                                       ; preds = %xdec316
  %f323 = getelementptr i8, ptr %f4, i64 32
  %f324 = getelementptr i8, ptr %1, i64 56
  store ptr %f323, ptr %f324, align 8
  call void @_Py_Dealloc(ptr %v314)
  br label %cont322

cont322:                                          ; preds = %dealloc321, %xdec316
  br label %cont317

ok331:                                            ; preds = %i17
  br label %i18

ok354:                                            ; preds = %not_error
  unreachable

unwind355:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f356 = getelementptr i8, ptr %0, i64 56
  %p357 = load ptr, ptr %f356, align 8
  %f358 = getelementptr i8, ptr %p357, i64 0
  %use_tracing359 = load i8, ptr %f358, align 1
  %tracing360 = icmp ne i8 %use_tracing359, 0
  br i1 %tracing360, label %trace_exception361, label %unwind_compiled362

trace_exception361:                               ; preds = %unwind355
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled362

unwind_compiled362:                               ; preds = %trace_exception361, %unwind355
  %c363 = call ptr @rjit_lasti(ptr %1)
  store ptr %c363, ptr %s1, align 8
  %c364 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c364, ptr %s2, align 8
  br i1 %tracing360, label %deopt365, label %i21

deopt365:                                         ; preds = %unwind_compiled362
  %v366 = load ptr, ptr %s0, align 8
  %f367 = getelementptr i8, ptr %1, i64 80
  store ptr %v366, ptr %f367, align 8
  %v368 = load ptr, ptr %s1, align 8
  %f369 = getelementptr i8, ptr %1, i64 88
  store ptr %v368, ptr %f369, align 8
  %v370 = load ptr, ptr %s2, align 8
  %f371 = getelementptr i8, ptr %1, i64 96
  store ptr %v370, ptr %f371, align 8
  %c372 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c372

unwind374:                                        ; preds = %not_error
  %c375 = call ptr @rjit_lasti(ptr %1)
  store ptr %c375, ptr %s1, align 8
  %c376 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c376, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c353, 0
  br i1 %reraise, label %unwind374, label %ok354

ok386:                                            ; preds = %i22
  br label %i23

deopt387:                                         ; preds = %i23
  %v388 = load ptr, ptr %s0, align 8
  %f389 = getelementptr i8, ptr %1, i64 80
  store ptr %v388, ptr %f389, align 8
  %v390 = load ptr, ptr %s1, align 8
  %f391 = getelementptr i8, ptr %1, i64 88
  store ptr %v390, ptr %f391, align 8
  %v392 = load ptr, ptr %s2, align 8
  %f393 = getelementptr i8, ptr %1, i64 96
  store ptr %v392, ptr %f393, align 8
  %c394 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c394

not_tracing:                                      ; preds = %i23
  %v400 = load ptr, ptr %s1, align 8
  %f401 = getelementptr i8, ptr %1, i64 88
  store ptr %v400, ptr %f401, align 8
  %v402 = load ptr, ptr %s2, align 8
  %f403 = getelementptr i8, ptr %1, i64 96
  store ptr %v402, ptr %f403, align 8
  %f404 = getelementptr i8, ptr %f4, i64 46
  %f405 = getelementptr i8, ptr %1, i64 56
  store ptr %f404, ptr %f405, align 8
  %f406 = getelementptr i8, ptr %1, i64 88
  %c407 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f406, i32 1)
  %failed415 = icmp slt i32 %c407, 0
  br i1 %failed415, label %error409, label %not_error422

ok408:                                            ; preds = %not_error422
  unreachable

error409:                                         ; preds = %not_tracing
  %v410 = load ptr, ptr %s0, align 8
  %f411 = getelementptr i8, ptr %1, i64 80
  store ptr %v410, ptr %f411, align 8
  %v412 = load ptr, ptr %s1, align 8
  %f413 = getelementptr i8, ptr %1, i64 88
  store ptr %v412, ptr %f413, align 8
  %c414 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c414

error416:                                         ; preds = %not_error422
  %v417 = load ptr, ptr %s0, align 8
  %f418 = getelementptr i8, ptr %1, i64 80
  store ptr %v417, ptr %f418, align 8
  %v419 = load ptr, ptr %s1, align 8
  %f420 = getelementptr i8, ptr %1, i64 88
  store ptr %v419, ptr %f420, align 8
  %c421 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c421

not_error422:                                     ; preds = %not_tracing
  %reraise423 = icmp sgt i32 %c407, 0
  br i1 %reraise423, label %error416, label %ok408
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare void @rjit_traceback_here(ptr)

declare void @rjit_trace_exception(ptr, ptr)

declare ptr @rjit_fetch_exception(ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare ptr @rjit_lasti(ptr)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
