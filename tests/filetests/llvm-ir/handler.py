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
  store ptr %local, ptr %s1, align 8
  br label %i4

i4:                                               ; preds = %i3
  %v = load ptr, ptr %s1, align 8
  %v21 = load ptr, ptr %s0, align 8
  %f22 = getelementptr i8, ptr %f1, i64 8
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  %f24 = getelementptr i8, ptr %v21, i64 8
  %p25 = load ptr, ptr %f24, align 8
  %f26 = getelementptr i8, ptr %v, i64 8
  %p27 = load ptr, ptr %f26, align 8
  %a = ptrtoint ptr %p25 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a28 = ptrtoint ptr %p27 to i64
  %eq29 = icmp eq i64 %a28, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq29
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v126 = load ptr, ptr %s0, align 8
  %f127 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f127, align 4
  %f128 = getelementptr i8, ptr %f1, i64 12
  %f129 = getelementptr i8, ptr %1, i64 56
  store ptr %f128, ptr %f129, align 8
  %f130 = getelementptr i8, ptr %0, i64 56
  %p131 = load ptr, ptr %f130, align 8
  %f132 = getelementptr i8, ptr %1, i64 48
  %p133 = load ptr, ptr %f132, align 8
  %f134 = getelementptr i8, ptr %p131, i64 8
  store ptr %p133, ptr %f134, align 8
  %f135 = getelementptr i8, ptr %0, i64 32
  %rem136 = load i32, ptr %f135, align 4
  %rem1137 = add i32 %rem136, 1
  store i32 %rem1137, ptr %f135, align 4
  ret ptr %v126

i7:                                               ; preds = %unwind_compiled
  %v138 = load ptr, ptr %s0, align 8
  %f139 = getelementptr i8, ptr %1, i64 80
  store ptr %v138, ptr %f139, align 8
  %f140 = getelementptr i8, ptr %f1, i64 14
  %f141 = getelementptr i8, ptr %1, i64 56
  store ptr %f140, ptr %f141, align 8
  %f142 = getelementptr i8, ptr %1, i64 80
  %c143 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f142, i32 0)
  br label %ok144

i8:                                               ; preds = %ok144
  %f148 = getelementptr i8, ptr %2, i64 16
  %p149 = load ptr, ptr %f148, align 8
  %f150 = getelementptr i8, ptr %p3, i64 0
  %f151 = getelementptr i8, ptr %f1, i64 16
  %f152 = getelementptr i8, ptr %1, i64 56
  store ptr %f151, ptr %f152, align 8
  %f153 = getelementptr i8, ptr %1, i64 8
  %p154 = load ptr, ptr %f153, align 8
  %f155 = getelementptr i8, ptr %p154, i64 8
  %p156 = load ptr, ptr %f155, align 8
  %a157 = ptrtoint ptr %p156 to i64
  %eq158 = icmp eq i64 %a157, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq158, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok221
  %v223 = load ptr, ptr %s1, align 8
  %f224 = getelementptr i8, ptr %1, i64 88
  store ptr %v223, ptr %f224, align 8
  %v225 = load ptr, ptr %s2, align 8
  %f226 = getelementptr i8, ptr %1, i64 96
  store ptr %v225, ptr %f226, align 8
  %f227 = getelementptr i8, ptr %f1, i64 28
  %f228 = getelementptr i8, ptr %1, i64 56
  store ptr %f227, ptr %f228, align 8
  %f229 = getelementptr i8, ptr %1, i64 88
  %c230 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f229, i32 0)
  %failed = icmp slt i32 %c230, 0
  br i1 %failed, label %unwind232, label %ok231

i15:                                              ; preds = %ok231
  %v263 = load ptr, ptr %s2, align 8
  %a264 = ptrtoint ptr %v263 to i64
  %eq265 = icmp eq i64 %a264, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq265, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v306 = load ptr, ptr %s1, align 8
  %isnull307 = icmp eq ptr %v306, null
  br i1 %isnull307, label %cont309, label %xdec308

i17:                                              ; preds = %cont309
  %v317 = load ptr, ptr %s0, align 8
  %f318 = getelementptr i8, ptr %1, i64 80
  store ptr %v317, ptr %f318, align 8
  %f319 = getelementptr i8, ptr %f1, i64 34
  %f320 = getelementptr i8, ptr %1, i64 56
  store ptr %f319, ptr %f320, align 8
  %f321 = getelementptr i8, ptr %1, i64 80
  %c322 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f321, i32 0)
  br label %ok323

i18:                                              ; preds = %ok323
  %f324 = getelementptr i8, ptr %2, i64 0
  %p325 = load ptr, ptr %f324, align 8
  %rc326 = load i64, ptr %p325, align 4
  %rc1327 = add i64 %rc326, 1
  store i64 %rc1327, ptr %p325, align 4
  store ptr %p325, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v328 = load ptr, ptr %s0, align 8
  %f329 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f329, align 4
  %f330 = getelementptr i8, ptr %f1, i64 38
  %f331 = getelementptr i8, ptr %1, i64 56
  store ptr %f330, ptr %f331, align 8
  %f332 = getelementptr i8, ptr %0, i64 56
  %p333 = load ptr, ptr %f332, align 8
  %f334 = getelementptr i8, ptr %1, i64 48
  %p335 = load ptr, ptr %f334, align 8
  %f336 = getelementptr i8, ptr %p333, i64 8
  store ptr %p335, ptr %f336, align 8
  %f337 = getelementptr i8, ptr %0, i64 32
  %rem338 = load i32, ptr %f337, align 4
  %rem1339 = add i32 %rem338, 1
  store i32 %rem1339, ptr %f337, align 4
  ret ptr %v328

i20:                                              ; preds = %truth
  %v340 = load ptr, ptr %s1, align 8
  %f341 = getelementptr i8, ptr %1, i64 88
  store ptr %v340, ptr %f341, align 8
  %f342 = getelementptr i8, ptr %f1, i64 40
  %f343 = getelementptr i8, ptr %1, i64 56
  store ptr %f342, ptr %f343, align 8
  %f344 = getelementptr i8, ptr %1, i64 88
  %c345 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f344, i32 0)
  %failed365 = icmp slt i32 %c345, 0
  br i1 %failed365, label %unwind347, label %not_error

i21:                                              ; preds = %unwind366, %unwind_compiled354, %cont289, %cont243, %cont207
  %v369 = load ptr, ptr %s0, align 8
  %rc370 = load i64, ptr %v369, align 4
  %rc1371 = add i64 %rc370, 1
  store i64 %rc1371, ptr %v369, align 4
  store ptr %v369, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v372 = load ptr, ptr %s3, align 8
  %f373 = getelementptr i8, ptr %1, i64 104
  store ptr %v372, ptr %f373, align 8
  %f374 = getelementptr i8, ptr %f1, i64 44
  %f375 = getelementptr i8, ptr %1, i64 56
  store ptr %f374, ptr %f375, align 8
  %f376 = getelementptr i8, ptr %1, i64 104
  %c377 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f376, i32 0)
  br label %ok378

i23:                                              ; preds = %ok378
  %f387 = getelementptr i8, ptr %0, i64 56
  %p388 = load ptr, ptr %f387, align 8
  %f389 = getelementptr i8, ptr %p388, i64 0
  %use_tracing390 = load i8, ptr %f389, align 1
  %tracing391 = icmp ne i8 %use_tracing390, 0
  br i1 %tracing391, label %deopt379, label %not_tracing

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

num_done:                                         ; preds = %num_slow, %fbox_done114, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox116, %fbox_done114 ], [ %c117, %num_slow ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %unwind, label %ok, !prof !0

num_slow:                                         ; preds = %mixed_fast, %mixed87, %mixed_check, %float_fast, %divisor_ok, %int_fast, %int_test
  %c117 = call ptr @PyNumber_TrueDivide(ptr %v21, ptr %v)
  br label %num_done

float_result:                                     ; preds = %fdiv112, %itruediv
  %fres = phi double [ %q, %itruediv ], [ %fdiv113, %fdiv112 ]
  %c115 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done114

int_test:                                         ; preds = %i4
  %f30 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f30, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
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
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size237 = add i64 %size36, 2
  %compact38 = icmp ule i64 %size237, 4
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %f42 = getelementptr i8, ptr %v, i64 28
  %digit143 = load i32, ptr %f42, align 4
  %digit144 = zext i32 %digit143 to i64
  %negative45 = icmp slt i64 %size36, 0
  %neg_size46 = sub i64 0, %size36
  %ndigits47 = select i1 %negative45, i64 %neg_size46, i64 %size36
  %two48 = icmp eq i64 %ndigits47, 2
  %hi49 = shl i64 %digit144, 30
  %hi250 = select i1 %two48, i64 %hi49, i64 0
  %mag51 = add i64 %digit041, %hi250
  %zero52 = icmp eq i64 %size36, 0
  %mag053 = select i1 %zero52, i64 0, i64 %mag51
  %neg_mag54 = sub i64 0, %mag053
  %ival55 = select i1 %negative45, i64 %neg_mag54, i64 %mag053
  %compact56 = and i1 %compact, %compact38
  br i1 %compact56, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i4
  %f60 = getelementptr i8, ptr %v21, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %f62 = getelementptr i8, ptr %v, i64 8
  %p63 = load ptr, ptr %f62, align 8
  %a64 = ptrtoint ptr %p61 to i64
  %eq65 = icmp eq i64 %a64, ptrtoint (ptr @PyFloat_Type to i64)
  %a66 = ptrtoint ptr %p63 to i64
  %eq67 = icmp eq i64 %a66, ptrtoint (ptr @PyFloat_Type to i64)
  %both68 = and i1 %eq65, %eq67
  br i1 %both68, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %nz = icmp ne i64 %ival55, 0
  br i1 %nz, label %divisor_ok, label %num_slow, !prof !1

divisor_ok:                                       ; preds = %int_fast
  %bias = add i64 %ival, 9007199254740992
  %exact = icmp ule i64 %bias, 18014398509481984
  %bias57 = add i64 %ival55, 9007199254740992
  %exact58 = icmp ule i64 %bias57, 18014398509481984
  %exact59 = and i1 %exact, %exact58
  br i1 %exact59, label %itruediv, label %num_slow, !prof !1

itruediv:                                         ; preds = %divisor_ok
  %fx = sitofp i64 %ival to double
  %fy = sitofp i64 %ival55 to double
  %q = fdiv double %fx, %fy
  br label %float_result

float_fast:                                       ; preds = %float_check
  %f69 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f69, align 8
  %f70 = getelementptr i8, ptr %v, i64 16
  %fval71 = load double, ptr %f70, align 8
  %nz72 = fcmp une double %fval71, 0.000000e+00
  br i1 %nz72, label %fdiv, label %num_slow

mixed_check:                                      ; preds = %float_check
  %f75 = getelementptr i8, ptr %v21, i64 8
  %p76 = load ptr, ptr %f75, align 8
  %a77 = ptrtoint ptr %p76 to i64
  %eq78 = icmp eq i64 %a77, ptrtoint (ptr @PyFloat_Type to i64)
  %a79 = ptrtoint ptr %p76 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyLong_Type to i64)
  %f81 = getelementptr i8, ptr %v, i64 8
  %p82 = load ptr, ptr %f81, align 8
  %a83 = ptrtoint ptr %p82 to i64
  %eq84 = icmp eq i64 %a83, ptrtoint (ptr @PyFloat_Type to i64)
  %a85 = ptrtoint ptr %p82 to i64
  %eq86 = icmp eq i64 %a85, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq78, %eq86
  %int_first = and i1 %eq80, %eq84
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed87, label %num_slow, !prof !1

fdiv:                                             ; preds = %float_fast
  %fdiv73 = fdiv double %fval, %fval71
  %c74 = call ptr @PyFloat_FromDouble(double %fdiv73)
  br label %fbox_done

fbox_done:                                        ; preds = %fdiv
  %fbox = phi ptr [ %c74, %fdiv ]
  br label %num_done

mixed87:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f88 = getelementptr i8, ptr %int_operand, i64 16
  %size89 = load i64, ptr %f88, align 4
  %size290 = add i64 %size89, 2
  %compact91 = icmp ule i64 %size290, 4
  %f92 = getelementptr i8, ptr %int_operand, i64 24
  %digit093 = load i32, ptr %f92, align 4
  %digit094 = zext i32 %digit093 to i64
  %f95 = getelementptr i8, ptr %int_operand, i64 28
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
  br i1 %compact91, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed87
  %itof = sitofp i64 %ival108 to double
  %f109 = getelementptr i8, ptr %float_operand, i64 16
  %fval110 = load double, ptr %f109, align 8
  %x = select i1 %float_first, double %fval110, double %itof
  %y = select i1 %float_first, double %itof, double %fval110
  %nz111 = fcmp une double %y, 0.000000e+00
  br i1 %nz111, label %fdiv112, label %num_slow

fdiv112:                                          ; preds = %mixed_fast
  %fdiv113 = fdiv double %x, %y
  br label %float_result

fbox_done114:                                     ; preds = %float_result
  %fbox116 = phi ptr [ %c115, %float_result ]
  br label %num_done

unwind:                                           ; preds = %num_done
  call void @rjit_traceback_here(ptr %0)
  %f118 = getelementptr i8, ptr %0, i64 56
  %p119 = load ptr, ptr %f118, align 8
  %f120 = getelementptr i8, ptr %p119, i64 0
  %use_tracing = load i8, ptr %f120, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %c121 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c121, ptr %s0, align 8
  br i1 %tracing, label %deopt122, label %i7

deopt122:                                         ; preds = %unwind_compiled
  %v123 = load ptr, ptr %s0, align 8
  %f124 = getelementptr i8, ptr %1, i64 80
  store ptr %v123, ptr %f124, align 8
  %c125 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c125

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i6

ok144:                                            ; preds = %i7
  %f145 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f145, align 8
  store ptr %r, ptr %s0, align 8
  %f146 = getelementptr i8, ptr %1, i64 88
  %r147 = load ptr, ptr %f146, align 8
  store ptr %r147, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c196 = call ptr @rjit_load_global(ptr %1, ptr %p149, ptr %f150)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c196, %global_miss ]
  %isnull222 = icmp eq ptr %global, null
  br i1 %isnull222, label %unwind197, label %ok221, !prof !0

globals_dict:                                     ; preds = %i8
  %f159 = getelementptr i8, ptr %p154, i64 32
  %p160 = load ptr, ptr %f159, align 8
  %f161 = getelementptr i8, ptr %f150, i64 0
  %p162 = load ptr, ptr %f161, align 8
  %a163 = ptrtoint ptr %p160 to i64
  %b = ptrtoint ptr %p162 to i64
  %eq164 = icmp eq i64 %a163, %b
  br i1 %eq164, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f165 = getelementptr i8, ptr %p160, i64 24
  %i = load i64, ptr %f165, align 4
  %f166 = getelementptr i8, ptr %f150, i64 8
  %i167 = load i64, ptr %f166, align 4
  %f168 = getelementptr i8, ptr %f150, i64 16
  %i169 = load i64, ptr %f168, align 4
  %from_globals = icmp eq i64 %i169, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f170 = getelementptr i8, ptr %f150, i64 24
  %i171 = load i64, ptr %f170, align 4
  %want_lib = lshr i64 %i171, 32
  %index = and i64 %i171, 4294967295
  %f172 = getelementptr i8, ptr %p160, i64 9
  %i173 = load i8, ptr %f172, align 1
  %lib = zext i8 %i173 to i64
  %f174 = getelementptr i8, ptr %p160, i64 10
  %i175 = load i8, ptr %f174, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i175, 0
  %ok176 = and i1 %same_lib, %within
  %ok177 = and i1 %ok176, %unicode
  br i1 %ok177, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i167
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry178 = inttoptr i64 %i167 to ptr
  %f179 = getelementptr i8, ptr %entry178, i64 0
  %p180 = load ptr, ptr %f179, align 8
  %a181 = ptrtoint ptr %p180 to i64
  %b182 = ptrtoint ptr %p149 to i64
  %eq183 = icmp eq i64 %a181, %b182
  br i1 %eq183, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f184 = getelementptr i8, ptr %entry178, i64 8
  %p185 = load ptr, ptr %f184, align 8
  %present = icmp ne ptr %p185, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p185, %entry_value ], [ %p195, %builtins_tag ]
  %rc = load i64, ptr %cached, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f186 = getelementptr i8, ptr %1, i64 16
  %p187 = load ptr, ptr %f186, align 8
  %f188 = getelementptr i8, ptr %p187, i64 8
  %p189 = load ptr, ptr %f188, align 8
  %a190 = ptrtoint ptr %p189 to i64
  %eq191 = icmp eq i64 %a190, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq191, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f192 = getelementptr i8, ptr %p187, i64 24
  %i193 = load i64, ptr %f192, align 4
  %bsame = icmp eq i64 %i169, %i193
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f194 = getelementptr i8, ptr %f150, i64 24
  %p195 = load ptr, ptr %f194, align 8
  br label %global_hit

unwind197:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f198 = getelementptr i8, ptr %0, i64 56
  %p199 = load ptr, ptr %f198, align 8
  %f200 = getelementptr i8, ptr %p199, i64 0
  %use_tracing201 = load i8, ptr %f200, align 1
  %tracing202 = icmp ne i8 %use_tracing201, 0
  br i1 %tracing202, label %trace_exception203, label %unwind_compiled204

trace_exception203:                               ; preds = %unwind197
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled204

unwind_compiled204:                               ; preds = %trace_exception203, %unwind197
  %v205 = load ptr, ptr %s1, align 8
  %isnull206 = icmp eq ptr %v205, null
  br i1 %isnull206, label %cont207, label %xdec

xdec:                                             ; preds = %unwind_compiled204
  %rc208 = load i64, ptr %v205, align 4
  %rc1209 = sub i64 %rc208, 1
  store i64 %rc1209, ptr %v205, align 4
  %dead = icmp eq i64 %rc1209, 0
  br i1 %dead, label %dealloc, label %cont210

cont207:                                          ; preds = %cont210, %unwind_compiled204
  %c211 = call ptr @rjit_lasti(ptr %1)
  store ptr %c211, ptr %s1, align 8
  %c212 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c212, ptr %s2, align 8
  br i1 %tracing202, label %deopt213, label %i21

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v205)
  br label %cont210

cont210:                                          ; preds = %dealloc, %xdec
  br label %cont207

deopt213:                                         ; preds = %cont207
  %v214 = load ptr, ptr %s0, align 8
  %f215 = getelementptr i8, ptr %1, i64 80
  store ptr %v214, ptr %f215, align 8
  %v216 = load ptr, ptr %s1, align 8
  %f217 = getelementptr i8, ptr %1, i64 88
  store ptr %v216, ptr %f217, align 8
  %v218 = load ptr, ptr %s2, align 8
  %f219 = getelementptr i8, ptr %1, i64 96
  store ptr %v218, ptr %f219, align 8
  %c220 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c220

ok221:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok231:                                            ; preds = %i14
  %f259 = getelementptr i8, ptr %1, i64 88
  %r260 = load ptr, ptr %f259, align 8
  store ptr %r260, ptr %s1, align 8
  %f261 = getelementptr i8, ptr %1, i64 96
  %r262 = load ptr, ptr %f261, align 8
  store ptr %r262, ptr %s2, align 8
  br label %i15

unwind232:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f233 = getelementptr i8, ptr %0, i64 56
  %p234 = load ptr, ptr %f233, align 8
  %f235 = getelementptr i8, ptr %p234, i64 0
  %use_tracing236 = load i8, ptr %f235, align 1
  %tracing237 = icmp ne i8 %use_tracing236, 0
  br i1 %tracing237, label %trace_exception238, label %unwind_compiled239

trace_exception238:                               ; preds = %unwind232
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled239

unwind_compiled239:                               ; preds = %trace_exception238, %unwind232
  %v240 = load ptr, ptr %s1, align 8
  %isnull241 = icmp eq ptr %v240, null
  br i1 %isnull241, label %cont243, label %xdec242

xdec242:                                          ; preds = %unwind_compiled239
  %rc244 = load i64, ptr %v240, align 4
  %rc1245 = sub i64 %rc244, 1
  store i64 %rc1245, ptr %v240, align 4
  %dead246 = icmp eq i64 %rc1245, 0
  br i1 %dead246, label %dealloc247, label %cont248

cont243:                                          ; preds = %cont248, %unwind_compiled239
  %c249 = call ptr @rjit_lasti(ptr %1)
  store ptr %c249, ptr %s1, align 8
  %c250 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c250, ptr %s2, align 8
  br i1 %tracing237, label %deopt251, label %i21

dealloc247:                                       ; preds = %xdec242
  call void @_Py_Dealloc(ptr %v240)
  br label %cont248

cont248:                                          ; preds = %dealloc247, %xdec242
  br label %cont243

deopt251:                                         ; preds = %cont243
  %v252 = load ptr, ptr %s0, align 8
  %f253 = getelementptr i8, ptr %1, i64 80
  store ptr %v252, ptr %f253, align 8
  %v254 = load ptr, ptr %s1, align 8
  %f255 = getelementptr i8, ptr %1, i64 88
  store ptr %v254, ptr %f255, align 8
  %v256 = load ptr, ptr %s2, align 8
  %f257 = getelementptr i8, ptr %1, i64 96
  store ptr %v256, ptr %f257, align 8
  %c258 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c258

chk_false:                                        ; preds = %i15
  %a266 = ptrtoint ptr %v263 to i64
  %eq267 = icmp eq i64 %a266, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq267, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc268 = load i64, ptr %v263, align 4
  %rc1269 = sub i64 %rc268, 1
  store i64 %rc1269, ptr %v263, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f270 = getelementptr i8, ptr %f1, i64 30
  %f271 = getelementptr i8, ptr %1, i64 56
  store ptr %f270, ptr %f271, align 8
  %c272 = call i32 @PyObject_IsTrue(ptr %v263)
  %rc273 = load i64, ptr %v263, align 4
  %rc1274 = sub i64 %rc273, 1
  store i64 %rc1274, ptr %v263, align 4
  %dead275 = icmp eq i64 %rc1274, 0
  br i1 %dead275, label %dealloc276, label %cont277

truth:                                            ; preds = %ok305, %fast_bool
  %t = phi i1 [ %eq265, %fast_bool ], [ %truthy, %ok305 ]
  br i1 %t, label %i16, label %i20

dealloc276:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v263)
  br label %cont277

cont277:                                          ; preds = %dealloc276, %is_true
  %neg = icmp slt i32 %c272, 0
  br i1 %neg, label %unwind278, label %ok305, !prof !0

unwind278:                                        ; preds = %cont277
  call void @rjit_traceback_here(ptr %0)
  %f279 = getelementptr i8, ptr %0, i64 56
  %p280 = load ptr, ptr %f279, align 8
  %f281 = getelementptr i8, ptr %p280, i64 0
  %use_tracing282 = load i8, ptr %f281, align 1
  %tracing283 = icmp ne i8 %use_tracing282, 0
  br i1 %tracing283, label %trace_exception284, label %unwind_compiled285

trace_exception284:                               ; preds = %unwind278
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled285

unwind_compiled285:                               ; preds = %trace_exception284, %unwind278
  %v286 = load ptr, ptr %s1, align 8
  %isnull287 = icmp eq ptr %v286, null
  br i1 %isnull287, label %cont289, label %xdec288

xdec288:                                          ; preds = %unwind_compiled285
  %rc290 = load i64, ptr %v286, align 4
  %rc1291 = sub i64 %rc290, 1
  store i64 %rc1291, ptr %v286, align 4
  %dead292 = icmp eq i64 %rc1291, 0
  br i1 %dead292, label %dealloc293, label %cont294

cont289:                                          ; preds = %cont294, %unwind_compiled285
  %c295 = call ptr @rjit_lasti(ptr %1)
  store ptr %c295, ptr %s1, align 8
  %c296 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c296, ptr %s2, align 8
  br i1 %tracing283, label %deopt297, label %i21

dealloc293:                                       ; preds = %xdec288
  call void @_Py_Dealloc(ptr %v286)
  br label %cont294

cont294:                                          ; preds = %dealloc293, %xdec288
  br label %cont289

deopt297:                                         ; preds = %cont289
  %v298 = load ptr, ptr %s0, align 8
  %f299 = getelementptr i8, ptr %1, i64 80
  store ptr %v298, ptr %f299, align 8
  %v300 = load ptr, ptr %s1, align 8
  %f301 = getelementptr i8, ptr %1, i64 88
  store ptr %v300, ptr %f301, align 8
  %v302 = load ptr, ptr %s2, align 8
  %f303 = getelementptr i8, ptr %1, i64 96
  store ptr %v302, ptr %f303, align 8
  %c304 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c304

ok305:                                            ; preds = %cont277
  %truthy = icmp ne i32 %c272, 0
  br label %truth

xdec308:                                          ; preds = %i16
  %rc310 = load i64, ptr %v306, align 4
  %rc1311 = sub i64 %rc310, 1
  store i64 %rc1311, ptr %v306, align 4
  %dead312 = icmp eq i64 %rc1311, 0
  br i1 %dead312, label %dealloc313, label %cont314

cont309:                                          ; preds = %cont314, %i16
  br label %i17

dealloc313:                                       ; preds = %xdec308
  %f315 = getelementptr i8, ptr %f1, i64 32
  %f316 = getelementptr i8, ptr %1, i64 56
  store ptr %f315, ptr %f316, align 8
  call void @_Py_Dealloc(ptr %v306)
  br label %cont314

cont314:                                          ; preds = %dealloc313, %xdec308
  br label %cont309

ok323:                                            ; preds = %i17
  br label %i18

ok346:                                            ; preds = %not_error
  unreachable

unwind347:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f348 = getelementptr i8, ptr %0, i64 56
  %p349 = load ptr, ptr %f348, align 8
  %f350 = getelementptr i8, ptr %p349, i64 0
  %use_tracing351 = load i8, ptr %f350, align 1
  %tracing352 = icmp ne i8 %use_tracing351, 0
  br i1 %tracing352, label %trace_exception353, label %unwind_compiled354

trace_exception353:                               ; preds = %unwind347
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled354

unwind_compiled354:                               ; preds = %trace_exception353, %unwind347
  %c355 = call ptr @rjit_lasti(ptr %1)
  store ptr %c355, ptr %s1, align 8
  %c356 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c356, ptr %s2, align 8
  br i1 %tracing352, label %deopt357, label %i21

deopt357:                                         ; preds = %unwind_compiled354
  %v358 = load ptr, ptr %s0, align 8
  %f359 = getelementptr i8, ptr %1, i64 80
  store ptr %v358, ptr %f359, align 8
  %v360 = load ptr, ptr %s1, align 8
  %f361 = getelementptr i8, ptr %1, i64 88
  store ptr %v360, ptr %f361, align 8
  %v362 = load ptr, ptr %s2, align 8
  %f363 = getelementptr i8, ptr %1, i64 96
  store ptr %v362, ptr %f363, align 8
  %c364 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c364

unwind366:                                        ; preds = %not_error
  %c367 = call ptr @rjit_lasti(ptr %1)
  store ptr %c367, ptr %s1, align 8
  %c368 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c368, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c345, 0
  br i1 %reraise, label %unwind366, label %ok346

ok378:                                            ; preds = %i22
  br label %i23

deopt379:                                         ; preds = %i23
  %v380 = load ptr, ptr %s0, align 8
  %f381 = getelementptr i8, ptr %1, i64 80
  store ptr %v380, ptr %f381, align 8
  %v382 = load ptr, ptr %s1, align 8
  %f383 = getelementptr i8, ptr %1, i64 88
  store ptr %v382, ptr %f383, align 8
  %v384 = load ptr, ptr %s2, align 8
  %f385 = getelementptr i8, ptr %1, i64 96
  store ptr %v384, ptr %f385, align 8
  %c386 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c386

not_tracing:                                      ; preds = %i23
  %v392 = load ptr, ptr %s1, align 8
  %f393 = getelementptr i8, ptr %1, i64 88
  store ptr %v392, ptr %f393, align 8
  %v394 = load ptr, ptr %s2, align 8
  %f395 = getelementptr i8, ptr %1, i64 96
  store ptr %v394, ptr %f395, align 8
  %f396 = getelementptr i8, ptr %f1, i64 46
  %f397 = getelementptr i8, ptr %1, i64 56
  store ptr %f396, ptr %f397, align 8
  %f398 = getelementptr i8, ptr %1, i64 88
  %c399 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f398, i32 1)
  %failed407 = icmp slt i32 %c399, 0
  br i1 %failed407, label %error401, label %not_error414

ok400:                                            ; preds = %not_error414
  unreachable

error401:                                         ; preds = %not_tracing
  %v402 = load ptr, ptr %s0, align 8
  %f403 = getelementptr i8, ptr %1, i64 80
  store ptr %v402, ptr %f403, align 8
  %v404 = load ptr, ptr %s1, align 8
  %f405 = getelementptr i8, ptr %1, i64 88
  store ptr %v404, ptr %f405, align 8
  %c406 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c406

error408:                                         ; preds = %not_error414
  %v409 = load ptr, ptr %s0, align 8
  %f410 = getelementptr i8, ptr %1, i64 80
  store ptr %v409, ptr %f410, align 8
  %v411 = load ptr, ptr %s1, align 8
  %f412 = getelementptr i8, ptr %1, i64 88
  store ptr %v411, ptr %f412, align 8
  %c413 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c413

not_error414:                                     ; preds = %not_tracing
  %reraise415 = icmp sgt i32 %c399, 0
  br i1 %reraise415, label %error408, label %ok400
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
