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
  %v129 = load ptr, ptr %s0, align 8
  %f130 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f130, align 4
  %f131 = getelementptr i8, ptr %f4, i64 12
  %f132 = getelementptr i8, ptr %1, i64 56
  store ptr %f131, ptr %f132, align 8
  %f133 = getelementptr i8, ptr %0, i64 56
  %p134 = load ptr, ptr %f133, align 8
  %f135 = getelementptr i8, ptr %1, i64 48
  %p136 = load ptr, ptr %f135, align 8
  %f137 = getelementptr i8, ptr %p134, i64 8
  store ptr %p136, ptr %f137, align 8
  %f138 = getelementptr i8, ptr %0, i64 32
  %rem139 = load i32, ptr %f138, align 4
  %rem1140 = add i32 %rem139, 1
  store i32 %rem1140, ptr %f138, align 4
  ret ptr %v129

i7:                                               ; preds = %unwind_compiled
  %v141 = load ptr, ptr %s0, align 8
  %f142 = getelementptr i8, ptr %1, i64 80
  store ptr %v141, ptr %f142, align 8
  %f143 = getelementptr i8, ptr %f4, i64 14
  %f144 = getelementptr i8, ptr %1, i64 56
  store ptr %f143, ptr %f144, align 8
  %f145 = getelementptr i8, ptr %1, i64 80
  %c146 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f145, i32 0)
  br label %ok147

i8:                                               ; preds = %ok147
  %f151 = getelementptr i8, ptr %2, i64 16
  %p152 = load ptr, ptr %f151, align 8
  %f153 = getelementptr i8, ptr %p6, i64 0
  %f154 = getelementptr i8, ptr %f4, i64 16
  %f155 = getelementptr i8, ptr %1, i64 56
  store ptr %f154, ptr %f155, align 8
  %f156 = getelementptr i8, ptr %1, i64 8
  %p157 = load ptr, ptr %f156, align 8
  %f158 = getelementptr i8, ptr %p157, i64 8
  %p159 = load ptr, ptr %f158, align 8
  %a160 = ptrtoint ptr %p159 to i64
  %eq161 = icmp eq i64 %a160, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq161, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok224
  %v226 = load ptr, ptr %s1, align 8
  %f227 = getelementptr i8, ptr %1, i64 88
  store ptr %v226, ptr %f227, align 8
  %v228 = load ptr, ptr %s2, align 8
  %f229 = getelementptr i8, ptr %1, i64 96
  store ptr %v228, ptr %f229, align 8
  %f230 = getelementptr i8, ptr %f4, i64 28
  %f231 = getelementptr i8, ptr %1, i64 56
  store ptr %f230, ptr %f231, align 8
  %f232 = getelementptr i8, ptr %1, i64 88
  %c233 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f232, i32 0)
  %failed = icmp slt i32 %c233, 0
  br i1 %failed, label %unwind235, label %ok234

i15:                                              ; preds = %ok234
  %v266 = load ptr, ptr %s2, align 8
  %a267 = ptrtoint ptr %v266 to i64
  %eq268 = icmp eq i64 %a267, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq268, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v309 = load ptr, ptr %s1, align 8
  %isnull310 = icmp eq ptr %v309, null
  br i1 %isnull310, label %cont312, label %xdec311

i17:                                              ; preds = %cont312
  %v320 = load ptr, ptr %s0, align 8
  %f321 = getelementptr i8, ptr %1, i64 80
  store ptr %v320, ptr %f321, align 8
  %f322 = getelementptr i8, ptr %f4, i64 34
  %f323 = getelementptr i8, ptr %1, i64 56
  store ptr %f322, ptr %f323, align 8
  %f324 = getelementptr i8, ptr %1, i64 80
  %c325 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f324, i32 0)
  br label %ok326

i18:                                              ; preds = %ok326
  %f327 = getelementptr i8, ptr %2, i64 0
  %p328 = load ptr, ptr %f327, align 8
  %rc329 = load i64, ptr %p328, align 4
  %rc1330 = add i64 %rc329, 1
  store i64 %rc1330, ptr %p328, align 4
  store ptr %p328, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v331 = load ptr, ptr %s0, align 8
  %f332 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f332, align 4
  %f333 = getelementptr i8, ptr %f4, i64 38
  %f334 = getelementptr i8, ptr %1, i64 56
  store ptr %f333, ptr %f334, align 8
  %f335 = getelementptr i8, ptr %0, i64 56
  %p336 = load ptr, ptr %f335, align 8
  %f337 = getelementptr i8, ptr %1, i64 48
  %p338 = load ptr, ptr %f337, align 8
  %f339 = getelementptr i8, ptr %p336, i64 8
  store ptr %p338, ptr %f339, align 8
  %f340 = getelementptr i8, ptr %0, i64 32
  %rem341 = load i32, ptr %f340, align 4
  %rem1342 = add i32 %rem341, 1
  store i32 %rem1342, ptr %f340, align 4
  ret ptr %v331

i20:                                              ; preds = %truth
  %v343 = load ptr, ptr %s1, align 8
  %f344 = getelementptr i8, ptr %1, i64 88
  store ptr %v343, ptr %f344, align 8
  %f345 = getelementptr i8, ptr %f4, i64 40
  %f346 = getelementptr i8, ptr %1, i64 56
  store ptr %f345, ptr %f346, align 8
  %f347 = getelementptr i8, ptr %1, i64 88
  %c348 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f347, i32 0)
  %failed368 = icmp slt i32 %c348, 0
  br i1 %failed368, label %unwind350, label %not_error

i21:                                              ; preds = %unwind369, %unwind_compiled357, %cont292, %cont246, %cont210
  %v372 = load ptr, ptr %s0, align 8
  %rc373 = load i64, ptr %v372, align 4
  %rc1374 = add i64 %rc373, 1
  store i64 %rc1374, ptr %v372, align 4
  store ptr %v372, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v375 = load ptr, ptr %s3, align 8
  %f376 = getelementptr i8, ptr %1, i64 104
  store ptr %v375, ptr %f376, align 8
  %f377 = getelementptr i8, ptr %f4, i64 44
  %f378 = getelementptr i8, ptr %1, i64 56
  store ptr %f377, ptr %f378, align 8
  %f379 = getelementptr i8, ptr %1, i64 104
  %c380 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f379, i32 0)
  br label %ok381

i23:                                              ; preds = %ok381
  %f390 = getelementptr i8, ptr %0, i64 56
  %p391 = load ptr, ptr %f390, align 8
  %f392 = getelementptr i8, ptr %p391, i64 0
  %use_tracing393 = load i8, ptr %f392, align 1
  %tracing394 = icmp ne i8 %use_tracing393, 0
  br i1 %tracing394, label %deopt382, label %not_tracing

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

num_done:                                         ; preds = %num_slow, %fbox_done117, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox119, %fbox_done117 ], [ %c120, %num_slow ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %unwind, label %ok, !prof !0

num_slow:                                         ; preds = %mixed_fast, %mixed90, %mixed_check, %float_fast, %divisor_ok, %int_fast, %int_test
  %c120 = call ptr @PyNumber_TrueDivide(ptr %v24, ptr %v)
  br label %num_done

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

unwind:                                           ; preds = %num_done
  call void @rjit_traceback_here(ptr %0)
  %f121 = getelementptr i8, ptr %0, i64 56
  %p122 = load ptr, ptr %f121, align 8
  %f123 = getelementptr i8, ptr %p122, i64 0
  %use_tracing = load i8, ptr %f123, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %c124 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c124, ptr %s0, align 8
  br i1 %tracing, label %deopt125, label %i7

deopt125:                                         ; preds = %unwind_compiled
  %v126 = load ptr, ptr %s0, align 8
  %f127 = getelementptr i8, ptr %1, i64 80
  store ptr %v126, ptr %f127, align 8
  %c128 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c128

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i6

ok147:                                            ; preds = %i7
  %f148 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f148, align 8
  store ptr %r, ptr %s0, align 8
  %f149 = getelementptr i8, ptr %1, i64 88
  %r150 = load ptr, ptr %f149, align 8
  store ptr %r150, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c199 = call ptr @rjit_load_global(ptr %1, ptr %p152, ptr %f153)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c199, %global_miss ]
  %isnull225 = icmp eq ptr %global, null
  br i1 %isnull225, label %unwind200, label %ok224, !prof !0

globals_dict:                                     ; preds = %i8
  %f162 = getelementptr i8, ptr %p157, i64 32
  %p163 = load ptr, ptr %f162, align 8
  %f164 = getelementptr i8, ptr %f153, i64 0
  %p165 = load ptr, ptr %f164, align 8
  %a166 = ptrtoint ptr %p163 to i64
  %b = ptrtoint ptr %p165 to i64
  %eq167 = icmp eq i64 %a166, %b
  br i1 %eq167, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f168 = getelementptr i8, ptr %p163, i64 24
  %i = load i64, ptr %f168, align 4
  %f169 = getelementptr i8, ptr %f153, i64 8
  %i170 = load i64, ptr %f169, align 4
  %f171 = getelementptr i8, ptr %f153, i64 16
  %i172 = load i64, ptr %f171, align 4
  %from_globals = icmp eq i64 %i172, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f173 = getelementptr i8, ptr %f153, i64 24
  %i174 = load i64, ptr %f173, align 4
  %want_lib = lshr i64 %i174, 32
  %index = and i64 %i174, 4294967295
  %f175 = getelementptr i8, ptr %p163, i64 9
  %i176 = load i8, ptr %f175, align 1
  %lib = zext i8 %i176 to i64
  %f177 = getelementptr i8, ptr %p163, i64 10
  %i178 = load i8, ptr %f177, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i178, 0
  %ok179 = and i1 %same_lib, %within
  %ok180 = and i1 %ok179, %unicode
  br i1 %ok180, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i170
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry181 = inttoptr i64 %i170 to ptr
  %f182 = getelementptr i8, ptr %entry181, i64 0
  %p183 = load ptr, ptr %f182, align 8
  %a184 = ptrtoint ptr %p183 to i64
  %b185 = ptrtoint ptr %p152 to i64
  %eq186 = icmp eq i64 %a184, %b185
  br i1 %eq186, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f187 = getelementptr i8, ptr %entry181, i64 8
  %p188 = load ptr, ptr %f187, align 8
  %present = icmp ne ptr %p188, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p188, %entry_value ], [ %p198, %builtins_tag ]
  %rc = load i64, ptr %cached, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f189 = getelementptr i8, ptr %1, i64 16
  %p190 = load ptr, ptr %f189, align 8
  %f191 = getelementptr i8, ptr %p190, i64 8
  %p192 = load ptr, ptr %f191, align 8
  %a193 = ptrtoint ptr %p192 to i64
  %eq194 = icmp eq i64 %a193, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq194, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f195 = getelementptr i8, ptr %p190, i64 24
  %i196 = load i64, ptr %f195, align 4
  %bsame = icmp eq i64 %i172, %i196
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f197 = getelementptr i8, ptr %f153, i64 24
  %p198 = load ptr, ptr %f197, align 8
  br label %global_hit

unwind200:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f201 = getelementptr i8, ptr %0, i64 56
  %p202 = load ptr, ptr %f201, align 8
  %f203 = getelementptr i8, ptr %p202, i64 0
  %use_tracing204 = load i8, ptr %f203, align 1
  %tracing205 = icmp ne i8 %use_tracing204, 0
  br i1 %tracing205, label %trace_exception206, label %unwind_compiled207

trace_exception206:                               ; preds = %unwind200
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled207

unwind_compiled207:                               ; preds = %trace_exception206, %unwind200
  %v208 = load ptr, ptr %s1, align 8
  %isnull209 = icmp eq ptr %v208, null
  br i1 %isnull209, label %cont210, label %xdec

xdec:                                             ; preds = %unwind_compiled207
  %rc211 = load i64, ptr %v208, align 4
  %rc1212 = sub i64 %rc211, 1
  store i64 %rc1212, ptr %v208, align 4
  %dead = icmp eq i64 %rc1212, 0
  br i1 %dead, label %dealloc, label %cont213

cont210:                                          ; preds = %cont213, %unwind_compiled207
  %c214 = call ptr @rjit_lasti(ptr %1)
  store ptr %c214, ptr %s1, align 8
  %c215 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c215, ptr %s2, align 8
  br i1 %tracing205, label %deopt216, label %i21

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v208)
  br label %cont213

cont213:                                          ; preds = %dealloc, %xdec
  br label %cont210

deopt216:                                         ; preds = %cont210
  %v217 = load ptr, ptr %s0, align 8
  %f218 = getelementptr i8, ptr %1, i64 80
  store ptr %v217, ptr %f218, align 8
  %v219 = load ptr, ptr %s1, align 8
  %f220 = getelementptr i8, ptr %1, i64 88
  store ptr %v219, ptr %f220, align 8
  %v221 = load ptr, ptr %s2, align 8
  %f222 = getelementptr i8, ptr %1, i64 96
  store ptr %v221, ptr %f222, align 8
  %c223 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c223

ok224:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok234:                                            ; preds = %i14
  %f262 = getelementptr i8, ptr %1, i64 88
  %r263 = load ptr, ptr %f262, align 8
  store ptr %r263, ptr %s1, align 8
  %f264 = getelementptr i8, ptr %1, i64 96
  %r265 = load ptr, ptr %f264, align 8
  store ptr %r265, ptr %s2, align 8
  br label %i15

unwind235:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f236 = getelementptr i8, ptr %0, i64 56
  %p237 = load ptr, ptr %f236, align 8
  %f238 = getelementptr i8, ptr %p237, i64 0
  %use_tracing239 = load i8, ptr %f238, align 1
  %tracing240 = icmp ne i8 %use_tracing239, 0
  br i1 %tracing240, label %trace_exception241, label %unwind_compiled242

trace_exception241:                               ; preds = %unwind235
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled242

unwind_compiled242:                               ; preds = %trace_exception241, %unwind235
  %v243 = load ptr, ptr %s1, align 8
  %isnull244 = icmp eq ptr %v243, null
  br i1 %isnull244, label %cont246, label %xdec245

xdec245:                                          ; preds = %unwind_compiled242
  %rc247 = load i64, ptr %v243, align 4
  %rc1248 = sub i64 %rc247, 1
  store i64 %rc1248, ptr %v243, align 4
  %dead249 = icmp eq i64 %rc1248, 0
  br i1 %dead249, label %dealloc250, label %cont251

cont246:                                          ; preds = %cont251, %unwind_compiled242
  %c252 = call ptr @rjit_lasti(ptr %1)
  store ptr %c252, ptr %s1, align 8
  %c253 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c253, ptr %s2, align 8
  br i1 %tracing240, label %deopt254, label %i21

dealloc250:                                       ; preds = %xdec245
  call void @_Py_Dealloc(ptr %v243)
  br label %cont251

cont251:                                          ; preds = %dealloc250, %xdec245
  br label %cont246

deopt254:                                         ; preds = %cont246
  %v255 = load ptr, ptr %s0, align 8
  %f256 = getelementptr i8, ptr %1, i64 80
  store ptr %v255, ptr %f256, align 8
  %v257 = load ptr, ptr %s1, align 8
  %f258 = getelementptr i8, ptr %1, i64 88
  store ptr %v257, ptr %f258, align 8
  %v259 = load ptr, ptr %s2, align 8
  %f260 = getelementptr i8, ptr %1, i64 96
  store ptr %v259, ptr %f260, align 8
  %c261 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c261

chk_false:                                        ; preds = %i15
  %a269 = ptrtoint ptr %v266 to i64
  %eq270 = icmp eq i64 %a269, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq270, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc271 = load i64, ptr %v266, align 4
  %rc1272 = sub i64 %rc271, 1
  store i64 %rc1272, ptr %v266, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f273 = getelementptr i8, ptr %f4, i64 30
  %f274 = getelementptr i8, ptr %1, i64 56
  store ptr %f273, ptr %f274, align 8
  %c275 = call i32 @PyObject_IsTrue(ptr %v266)
  %rc276 = load i64, ptr %v266, align 4
  %rc1277 = sub i64 %rc276, 1
  store i64 %rc1277, ptr %v266, align 4
  %dead278 = icmp eq i64 %rc1277, 0
  br i1 %dead278, label %dealloc279, label %cont280

truth:                                            ; preds = %ok308, %fast_bool
  %t = phi i1 [ %eq268, %fast_bool ], [ %truthy, %ok308 ]
  br i1 %t, label %i16, label %i20

dealloc279:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v266)
  br label %cont280

cont280:                                          ; preds = %dealloc279, %is_true
  %neg = icmp slt i32 %c275, 0
  br i1 %neg, label %unwind281, label %ok308, !prof !0

unwind281:                                        ; preds = %cont280
  call void @rjit_traceback_here(ptr %0)
  %f282 = getelementptr i8, ptr %0, i64 56
  %p283 = load ptr, ptr %f282, align 8
  %f284 = getelementptr i8, ptr %p283, i64 0
  %use_tracing285 = load i8, ptr %f284, align 1
  %tracing286 = icmp ne i8 %use_tracing285, 0
  br i1 %tracing286, label %trace_exception287, label %unwind_compiled288

trace_exception287:                               ; preds = %unwind281
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled288

unwind_compiled288:                               ; preds = %trace_exception287, %unwind281
  %v289 = load ptr, ptr %s1, align 8
  %isnull290 = icmp eq ptr %v289, null
  br i1 %isnull290, label %cont292, label %xdec291

xdec291:                                          ; preds = %unwind_compiled288
  %rc293 = load i64, ptr %v289, align 4
  %rc1294 = sub i64 %rc293, 1
  store i64 %rc1294, ptr %v289, align 4
  %dead295 = icmp eq i64 %rc1294, 0
  br i1 %dead295, label %dealloc296, label %cont297

cont292:                                          ; preds = %cont297, %unwind_compiled288
  %c298 = call ptr @rjit_lasti(ptr %1)
  store ptr %c298, ptr %s1, align 8
  %c299 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c299, ptr %s2, align 8
  br i1 %tracing286, label %deopt300, label %i21

dealloc296:                                       ; preds = %xdec291
  call void @_Py_Dealloc(ptr %v289)
  br label %cont297

cont297:                                          ; preds = %dealloc296, %xdec291
  br label %cont292

deopt300:                                         ; preds = %cont292
  %v301 = load ptr, ptr %s0, align 8
  %f302 = getelementptr i8, ptr %1, i64 80
  store ptr %v301, ptr %f302, align 8
  %v303 = load ptr, ptr %s1, align 8
  %f304 = getelementptr i8, ptr %1, i64 88
  store ptr %v303, ptr %f304, align 8
  %v305 = load ptr, ptr %s2, align 8
  %f306 = getelementptr i8, ptr %1, i64 96
  store ptr %v305, ptr %f306, align 8
  %c307 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c307

ok308:                                            ; preds = %cont280
  %truthy = icmp ne i32 %c275, 0
  br label %truth

xdec311:                                          ; preds = %i16
  %rc313 = load i64, ptr %v309, align 4
  %rc1314 = sub i64 %rc313, 1
  store i64 %rc1314, ptr %v309, align 4
  %dead315 = icmp eq i64 %rc1314, 0
  br i1 %dead315, label %dealloc316, label %cont317

cont312:                                          ; preds = %cont317, %i16
  br label %i17

dealloc316:                                       ; preds = %xdec311
  %f318 = getelementptr i8, ptr %f4, i64 32
  %f319 = getelementptr i8, ptr %1, i64 56
  store ptr %f318, ptr %f319, align 8
  call void @_Py_Dealloc(ptr %v309)
  br label %cont317

cont317:                                          ; preds = %dealloc316, %xdec311
  br label %cont312

ok326:                                            ; preds = %i17
  br label %i18

ok349:                                            ; preds = %not_error
  unreachable

unwind350:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f351 = getelementptr i8, ptr %0, i64 56
  %p352 = load ptr, ptr %f351, align 8
  %f353 = getelementptr i8, ptr %p352, i64 0
  %use_tracing354 = load i8, ptr %f353, align 1
  %tracing355 = icmp ne i8 %use_tracing354, 0
  br i1 %tracing355, label %trace_exception356, label %unwind_compiled357

trace_exception356:                               ; preds = %unwind350
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled357

unwind_compiled357:                               ; preds = %trace_exception356, %unwind350
  %c358 = call ptr @rjit_lasti(ptr %1)
  store ptr %c358, ptr %s1, align 8
  %c359 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c359, ptr %s2, align 8
  br i1 %tracing355, label %deopt360, label %i21

deopt360:                                         ; preds = %unwind_compiled357
  %v361 = load ptr, ptr %s0, align 8
  %f362 = getelementptr i8, ptr %1, i64 80
  store ptr %v361, ptr %f362, align 8
  %v363 = load ptr, ptr %s1, align 8
  %f364 = getelementptr i8, ptr %1, i64 88
  store ptr %v363, ptr %f364, align 8
  %v365 = load ptr, ptr %s2, align 8
  %f366 = getelementptr i8, ptr %1, i64 96
  store ptr %v365, ptr %f366, align 8
  %c367 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c367

unwind369:                                        ; preds = %not_error
  %c370 = call ptr @rjit_lasti(ptr %1)
  store ptr %c370, ptr %s1, align 8
  %c371 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c371, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c348, 0
  br i1 %reraise, label %unwind369, label %ok349

ok381:                                            ; preds = %i22
  br label %i23

deopt382:                                         ; preds = %i23
  %v383 = load ptr, ptr %s0, align 8
  %f384 = getelementptr i8, ptr %1, i64 80
  store ptr %v383, ptr %f384, align 8
  %v385 = load ptr, ptr %s1, align 8
  %f386 = getelementptr i8, ptr %1, i64 88
  store ptr %v385, ptr %f386, align 8
  %v387 = load ptr, ptr %s2, align 8
  %f388 = getelementptr i8, ptr %1, i64 96
  store ptr %v387, ptr %f388, align 8
  %c389 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c389

not_tracing:                                      ; preds = %i23
  %v395 = load ptr, ptr %s1, align 8
  %f396 = getelementptr i8, ptr %1, i64 88
  store ptr %v395, ptr %f396, align 8
  %v397 = load ptr, ptr %s2, align 8
  %f398 = getelementptr i8, ptr %1, i64 96
  store ptr %v397, ptr %f398, align 8
  %f399 = getelementptr i8, ptr %f4, i64 46
  %f400 = getelementptr i8, ptr %1, i64 56
  store ptr %f399, ptr %f400, align 8
  %f401 = getelementptr i8, ptr %1, i64 88
  %c402 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f401, i32 1)
  %failed410 = icmp slt i32 %c402, 0
  br i1 %failed410, label %error404, label %not_error417

ok403:                                            ; preds = %not_error417
  unreachable

error404:                                         ; preds = %not_tracing
  %v405 = load ptr, ptr %s0, align 8
  %f406 = getelementptr i8, ptr %1, i64 80
  store ptr %v405, ptr %f406, align 8
  %v407 = load ptr, ptr %s1, align 8
  %f408 = getelementptr i8, ptr %1, i64 88
  store ptr %v407, ptr %f408, align 8
  %c409 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c409

error411:                                         ; preds = %not_error417
  %v412 = load ptr, ptr %s0, align 8
  %f413 = getelementptr i8, ptr %1, i64 80
  store ptr %v412, ptr %f413, align 8
  %v414 = load ptr, ptr %s1, align 8
  %f415 = getelementptr i8, ptr %1, i64 88
  store ptr %v414, ptr %f415, align 8
  %c416 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c416

not_error417:                                     ; preds = %not_tracing
  %reraise418 = icmp sgt i32 %c402, 0
  br i1 %reraise418, label %error411, label %ok403
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare ptr @PyFloat_FromDouble(double)

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
