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
  br i1 %eb, label %eval_breaker14, label %cont

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  %f18 = getelementptr i8, ptr %2, i64 8
  %p19 = load ptr, ptr %f18, align 8
  %rc = load i64, ptr %p19, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p19, align 4
  store ptr %p19, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f20 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f20, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v38 = load ptr, ptr %s1, align 8
  %v39 = load ptr, ptr %s0, align 8
  %f40 = getelementptr i8, ptr %f1, i64 8
  %f41 = getelementptr i8, ptr %1, i64 56
  store ptr %f40, ptr %f41, align 8
  %f42 = getelementptr i8, ptr %v39, i64 8
  %p43 = load ptr, ptr %f42, align 8
  %f44 = getelementptr i8, ptr %v38, i64 8
  %p45 = load ptr, ptr %f44, align 8
  %a = ptrtoint ptr %p43 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a46 = ptrtoint ptr %p45 to i64
  %eq47 = icmp eq i64 %a46, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq47
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v98 = load ptr, ptr %s0, align 8
  %f99 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f99, align 4
  %f100 = getelementptr i8, ptr %f1, i64 12
  %f101 = getelementptr i8, ptr %1, i64 56
  store ptr %f100, ptr %f101, align 8
  %f102 = getelementptr i8, ptr %0, i64 56
  %p103 = load ptr, ptr %f102, align 8
  %f104 = getelementptr i8, ptr %1, i64 48
  %p105 = load ptr, ptr %f104, align 8
  %f106 = getelementptr i8, ptr %p103, i64 8
  store ptr %p105, ptr %f106, align 8
  %f107 = getelementptr i8, ptr %0, i64 32
  %rem108 = load i32, ptr %f107, align 4
  %rem1109 = add i32 %rem108, 1
  store i32 %rem1109, ptr %f107, align 4
  ret ptr %v98

i7:                                               ; preds = %unwind_compiled91, %cont27
  %v110 = load ptr, ptr %s0, align 8
  %f111 = getelementptr i8, ptr %1, i64 80
  store ptr %v110, ptr %f111, align 8
  %f112 = getelementptr i8, ptr %f1, i64 14
  %f113 = getelementptr i8, ptr %1, i64 56
  store ptr %f112, ptr %f113, align 8
  %f114 = getelementptr i8, ptr %1, i64 80
  %c115 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f114, i32 0)
  br label %ok116

i8:                                               ; preds = %ok116
  %f120 = getelementptr i8, ptr %2, i64 16
  %p121 = load ptr, ptr %f120, align 8
  %f122 = getelementptr i8, ptr %p3, i64 0
  %f123 = getelementptr i8, ptr %f1, i64 16
  %f124 = getelementptr i8, ptr %1, i64 56
  store ptr %f123, ptr %f124, align 8
  %f125 = getelementptr i8, ptr %1, i64 8
  %p126 = load ptr, ptr %f125, align 8
  %f127 = getelementptr i8, ptr %p126, i64 8
  %p128 = load ptr, ptr %f127, align 8
  %a129 = ptrtoint ptr %p128 to i64
  %eq130 = icmp eq i64 %a129, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq130, label %globals_dict, label %global_miss

i14:                                              ; preds = %ok176
  %v178 = load ptr, ptr %s1, align 8
  %f179 = getelementptr i8, ptr %1, i64 88
  store ptr %v178, ptr %f179, align 8
  %v180 = load ptr, ptr %s2, align 8
  %f181 = getelementptr i8, ptr %1, i64 96
  store ptr %v180, ptr %f181, align 8
  %f182 = getelementptr i8, ptr %f1, i64 28
  %f183 = getelementptr i8, ptr %1, i64 56
  store ptr %f182, ptr %f183, align 8
  %f184 = getelementptr i8, ptr %1, i64 88
  %c185 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f184, i32 0)
  %failed = icmp slt i32 %c185, 0
  br i1 %failed, label %unwind187, label %ok186

i15:                                              ; preds = %ok186
  %v218 = load ptr, ptr %s2, align 8
  %a219 = ptrtoint ptr %v218 to i64
  %eq220 = icmp eq i64 %a219, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq220, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v261 = load ptr, ptr %s1, align 8
  %f262 = getelementptr i8, ptr %f1, i64 32
  %f263 = getelementptr i8, ptr %1, i64 56
  store ptr %f262, ptr %f263, align 8
  %isnull264 = icmp eq ptr %v261, null
  br i1 %isnull264, label %cont266, label %xdec265

i17:                                              ; preds = %cont266
  %v272 = load ptr, ptr %s0, align 8
  %f273 = getelementptr i8, ptr %1, i64 80
  store ptr %v272, ptr %f273, align 8
  %f274 = getelementptr i8, ptr %f1, i64 34
  %f275 = getelementptr i8, ptr %1, i64 56
  store ptr %f274, ptr %f275, align 8
  %f276 = getelementptr i8, ptr %1, i64 80
  %c277 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f276, i32 0)
  br label %ok278

i18:                                              ; preds = %ok278
  %f279 = getelementptr i8, ptr %2, i64 0
  %p280 = load ptr, ptr %f279, align 8
  %rc281 = load i64, ptr %p280, align 4
  %rc1282 = add i64 %rc281, 1
  store i64 %rc1282, ptr %p280, align 4
  store ptr %p280, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v283 = load ptr, ptr %s0, align 8
  %f284 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f284, align 4
  %f285 = getelementptr i8, ptr %f1, i64 38
  %f286 = getelementptr i8, ptr %1, i64 56
  store ptr %f285, ptr %f286, align 8
  %f287 = getelementptr i8, ptr %0, i64 56
  %p288 = load ptr, ptr %f287, align 8
  %f289 = getelementptr i8, ptr %1, i64 48
  %p290 = load ptr, ptr %f289, align 8
  %f291 = getelementptr i8, ptr %p288, i64 8
  store ptr %p290, ptr %f291, align 8
  %f292 = getelementptr i8, ptr %0, i64 32
  %rem293 = load i32, ptr %f292, align 4
  %rem1294 = add i32 %rem293, 1
  store i32 %rem1294, ptr %f292, align 4
  ret ptr %v283

i20:                                              ; preds = %truth
  %v295 = load ptr, ptr %s1, align 8
  %f296 = getelementptr i8, ptr %1, i64 88
  store ptr %v295, ptr %f296, align 8
  %f297 = getelementptr i8, ptr %f1, i64 40
  %f298 = getelementptr i8, ptr %1, i64 56
  store ptr %f297, ptr %f298, align 8
  %f299 = getelementptr i8, ptr %1, i64 88
  %c300 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f299, i32 0)
  %failed320 = icmp slt i32 %c300, 0
  br i1 %failed320, label %unwind302, label %not_error

i21:                                              ; preds = %unwind321, %unwind_compiled309, %cont244, %cont198, %cont160
  %v324 = load ptr, ptr %s0, align 8
  %rc325 = load i64, ptr %v324, align 4
  %rc1326 = add i64 %rc325, 1
  store i64 %rc1326, ptr %v324, align 4
  store ptr %v324, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v327 = load ptr, ptr %s3, align 8
  %f328 = getelementptr i8, ptr %1, i64 104
  store ptr %v327, ptr %f328, align 8
  %f329 = getelementptr i8, ptr %f1, i64 44
  %f330 = getelementptr i8, ptr %1, i64 56
  store ptr %f329, ptr %f330, align 8
  %f331 = getelementptr i8, ptr %1, i64 104
  %c332 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f331, i32 0)
  br label %ok333

i23:                                              ; preds = %ok333
  br label %deopt334

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
  %f21 = getelementptr i8, ptr %f1, i64 6
  %f22 = getelementptr i8, ptr %1, i64 56
  store ptr %f21, ptr %f22, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc36 = load i64, ptr %local, align 4
  %rc137 = add i64 %rc36, 1
  store i64 %rc137, ptr %local, align 4
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
  %v = load ptr, ptr %s0, align 8
  %isnull26 = icmp eq ptr %v, null
  br i1 %isnull26, label %cont27, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc28 = load i64, ptr %v, align 4
  %rc129 = sub i64 %rc28, 1
  store i64 %rc129, ptr %v, align 4
  %dead = icmp eq i64 %rc129, 0
  br i1 %dead, label %dealloc, label %cont30

cont27:                                           ; preds = %cont30, %unwind_compiled
  %c31 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c31, ptr %s0, align 8
  br i1 %tracing, label %deopt32, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont30

cont30:                                           ; preds = %dealloc, %xdec
  br label %cont27

deopt32:                                          ; preds = %cont27
  %v33 = load ptr, ptr %s0, align 8
  %f34 = getelementptr i8, ptr %1, i64 80
  store ptr %v33, ptr %f34, align 8
  %c35 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c35

num_done:                                         ; preds = %num_slow, %fdiv
  %res = phi ptr [ %c72, %fdiv ], [ %c73, %num_slow ]
  %rc74 = load i64, ptr %v39, align 4
  %rc175 = sub i64 %rc74, 1
  store i64 %rc175, ptr %v39, align 4
  %dead76 = icmp eq i64 %rc175, 0
  br i1 %dead76, label %dealloc77, label %cont78

num_slow:                                         ; preds = %float_fast, %float_check, %int_fast, %int_test
  %c73 = call ptr @PyNumber_TrueDivide(ptr %v39, ptr %v38)
  br label %num_done

int_test:                                         ; preds = %i4
  %f48 = getelementptr i8, ptr %v39, i64 16
  %size = load i64, ptr %f48, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f49 = getelementptr i8, ptr %v39, i64 24
  %digit = load i32, ptr %f49, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f50 = getelementptr i8, ptr %v38, i64 16
  %size51 = load i64, ptr %f50, align 4
  %size152 = add i64 %size51, 1
  %compact53 = icmp ule i64 %size152, 2
  %f54 = getelementptr i8, ptr %v38, i64 24
  %digit55 = load i32, ptr %f54, align 4
  %digit6456 = zext i32 %digit55 to i64
  %ival57 = mul i64 %size51, %digit6456
  %compact58 = and i1 %compact, %compact53
  br i1 %compact58, label %int_fast, label %num_slow

float_check:                                      ; preds = %i4
  %f59 = getelementptr i8, ptr %v39, i64 8
  %p60 = load ptr, ptr %f59, align 8
  %f61 = getelementptr i8, ptr %v38, i64 8
  %p62 = load ptr, ptr %f61, align 8
  %a63 = ptrtoint ptr %p60 to i64
  %eq64 = icmp eq i64 %a63, ptrtoint (ptr @PyFloat_Type to i64)
  %a65 = ptrtoint ptr %p62 to i64
  %eq66 = icmp eq i64 %a65, ptrtoint (ptr @PyFloat_Type to i64)
  %both67 = and i1 %eq64, %eq66
  br i1 %both67, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  br label %num_slow

float_fast:                                       ; preds = %float_check
  %f68 = getelementptr i8, ptr %v39, i64 16
  %fval = load double, ptr %f68, align 8
  %f69 = getelementptr i8, ptr %v38, i64 16
  %fval70 = load double, ptr %f69, align 8
  %nz = fcmp une double %fval70, 0.000000e+00
  br i1 %nz, label %fdiv, label %num_slow

fdiv:                                             ; preds = %float_fast
  %fdiv71 = fdiv double %fval, %fval70
  %c72 = call ptr @PyFloat_FromDouble(double %fdiv71)
  br label %num_done

dealloc77:                                        ; preds = %num_done
  call void @_Py_Dealloc(ptr %v39)
  br label %cont78

cont78:                                           ; preds = %dealloc77, %num_done
  %rc79 = load i64, ptr %v38, align 4
  %rc180 = sub i64 %rc79, 1
  store i64 %rc180, ptr %v38, align 4
  %dead81 = icmp eq i64 %rc180, 0
  br i1 %dead81, label %dealloc82, label %cont83

dealloc82:                                        ; preds = %cont78
  call void @_Py_Dealloc(ptr %v38)
  br label %cont83

cont83:                                           ; preds = %dealloc82, %cont78
  %isnull97 = icmp eq ptr %res, null
  br i1 %isnull97, label %unwind84, label %ok

unwind84:                                         ; preds = %cont83
  call void @rjit_traceback_here(ptr %0)
  %f85 = getelementptr i8, ptr %0, i64 56
  %p86 = load ptr, ptr %f85, align 8
  %f87 = getelementptr i8, ptr %p86, i64 0
  %use_tracing88 = load i8, ptr %f87, align 1
  %tracing89 = icmp ne i8 %use_tracing88, 0
  br i1 %tracing89, label %trace_exception90, label %unwind_compiled91

trace_exception90:                                ; preds = %unwind84
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled91

unwind_compiled91:                                ; preds = %trace_exception90, %unwind84
  %c92 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c92, ptr %s0, align 8
  br i1 %tracing89, label %deopt93, label %i7

deopt93:                                          ; preds = %unwind_compiled91
  %v94 = load ptr, ptr %s0, align 8
  %f95 = getelementptr i8, ptr %1, i64 80
  store ptr %v94, ptr %f95, align 8
  %c96 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c96

ok:                                               ; preds = %cont83
  store ptr %res, ptr %s0, align 8
  br label %i6

ok116:                                            ; preds = %i7
  %f117 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f117, align 8
  store ptr %r, ptr %s0, align 8
  %f118 = getelementptr i8, ptr %1, i64 88
  %r119 = load ptr, ptr %f118, align 8
  store ptr %r119, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %builtins_tag, %globals_dict, %i8
  %c148 = call ptr @rjit_load_global(ptr %1, ptr %p121, ptr %f122)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %p145, %global_hit ], [ %c148, %global_miss ]
  %isnull177 = icmp eq ptr %global, null
  br i1 %isnull177, label %unwind149, label %ok176

globals_dict:                                     ; preds = %i8
  %f131 = getelementptr i8, ptr %f122, i64 0
  %i = load i64, ptr %f131, align 4
  %f132 = getelementptr i8, ptr %p126, i64 24
  %i133 = load i64, ptr %f132, align 4
  %same = icmp eq i64 %i, %i133
  br i1 %same, label %globals_tag, label %global_miss

globals_tag:                                      ; preds = %globals_dict
  %f134 = getelementptr i8, ptr %f122, i64 8
  %i135 = load i64, ptr %f134, align 4
  %from_globals = icmp eq i64 %i135, 0
  br i1 %from_globals, label %global_hit, label %builtins_tag

builtins_tag:                                     ; preds = %globals_tag
  %f136 = getelementptr i8, ptr %1, i64 16
  %p137 = load ptr, ptr %f136, align 8
  %f138 = getelementptr i8, ptr %p137, i64 8
  %p139 = load ptr, ptr %f138, align 8
  %a140 = ptrtoint ptr %p139 to i64
  %eq141 = icmp eq i64 %a140, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq141, label %builtins_dict, label %global_miss

global_hit:                                       ; preds = %builtins_dict, %globals_tag
  %f144 = getelementptr i8, ptr %f122, i64 16
  %p145 = load ptr, ptr %f144, align 8
  %rc146 = load i64, ptr %p145, align 4
  %rc1147 = add i64 %rc146, 1
  store i64 %rc1147, ptr %p145, align 4
  br label %global_done

builtins_dict:                                    ; preds = %builtins_tag
  %f142 = getelementptr i8, ptr %p137, i64 24
  %i143 = load i64, ptr %f142, align 4
  %bsame = icmp eq i64 %i135, %i143
  br i1 %bsame, label %global_hit, label %global_miss

unwind149:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f150 = getelementptr i8, ptr %0, i64 56
  %p151 = load ptr, ptr %f150, align 8
  %f152 = getelementptr i8, ptr %p151, i64 0
  %use_tracing153 = load i8, ptr %f152, align 1
  %tracing154 = icmp ne i8 %use_tracing153, 0
  br i1 %tracing154, label %trace_exception155, label %unwind_compiled156

trace_exception155:                               ; preds = %unwind149
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled156

unwind_compiled156:                               ; preds = %trace_exception155, %unwind149
  %v157 = load ptr, ptr %s1, align 8
  %isnull158 = icmp eq ptr %v157, null
  br i1 %isnull158, label %cont160, label %xdec159

xdec159:                                          ; preds = %unwind_compiled156
  %rc161 = load i64, ptr %v157, align 4
  %rc1162 = sub i64 %rc161, 1
  store i64 %rc1162, ptr %v157, align 4
  %dead163 = icmp eq i64 %rc1162, 0
  br i1 %dead163, label %dealloc164, label %cont165

cont160:                                          ; preds = %cont165, %unwind_compiled156
  %c166 = call ptr @rjit_lasti(ptr %1)
  store ptr %c166, ptr %s1, align 8
  %c167 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c167, ptr %s2, align 8
  br i1 %tracing154, label %deopt168, label %i21

dealloc164:                                       ; preds = %xdec159
  call void @_Py_Dealloc(ptr %v157)
  br label %cont165

cont165:                                          ; preds = %dealloc164, %xdec159
  br label %cont160

deopt168:                                         ; preds = %cont160
  %v169 = load ptr, ptr %s0, align 8
  %f170 = getelementptr i8, ptr %1, i64 80
  store ptr %v169, ptr %f170, align 8
  %v171 = load ptr, ptr %s1, align 8
  %f172 = getelementptr i8, ptr %1, i64 88
  store ptr %v171, ptr %f172, align 8
  %v173 = load ptr, ptr %s2, align 8
  %f174 = getelementptr i8, ptr %1, i64 96
  store ptr %v173, ptr %f174, align 8
  %c175 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c175

ok176:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok186:                                            ; preds = %i14
  %f214 = getelementptr i8, ptr %1, i64 88
  %r215 = load ptr, ptr %f214, align 8
  store ptr %r215, ptr %s1, align 8
  %f216 = getelementptr i8, ptr %1, i64 96
  %r217 = load ptr, ptr %f216, align 8
  store ptr %r217, ptr %s2, align 8
  br label %i15

unwind187:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f188 = getelementptr i8, ptr %0, i64 56
  %p189 = load ptr, ptr %f188, align 8
  %f190 = getelementptr i8, ptr %p189, i64 0
  %use_tracing191 = load i8, ptr %f190, align 1
  %tracing192 = icmp ne i8 %use_tracing191, 0
  br i1 %tracing192, label %trace_exception193, label %unwind_compiled194

trace_exception193:                               ; preds = %unwind187
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled194

unwind_compiled194:                               ; preds = %trace_exception193, %unwind187
  %v195 = load ptr, ptr %s1, align 8
  %isnull196 = icmp eq ptr %v195, null
  br i1 %isnull196, label %cont198, label %xdec197

xdec197:                                          ; preds = %unwind_compiled194
  %rc199 = load i64, ptr %v195, align 4
  %rc1200 = sub i64 %rc199, 1
  store i64 %rc1200, ptr %v195, align 4
  %dead201 = icmp eq i64 %rc1200, 0
  br i1 %dead201, label %dealloc202, label %cont203

cont198:                                          ; preds = %cont203, %unwind_compiled194
  %c204 = call ptr @rjit_lasti(ptr %1)
  store ptr %c204, ptr %s1, align 8
  %c205 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c205, ptr %s2, align 8
  br i1 %tracing192, label %deopt206, label %i21

dealloc202:                                       ; preds = %xdec197
  call void @_Py_Dealloc(ptr %v195)
  br label %cont203

cont203:                                          ; preds = %dealloc202, %xdec197
  br label %cont198

deopt206:                                         ; preds = %cont198
  %v207 = load ptr, ptr %s0, align 8
  %f208 = getelementptr i8, ptr %1, i64 80
  store ptr %v207, ptr %f208, align 8
  %v209 = load ptr, ptr %s1, align 8
  %f210 = getelementptr i8, ptr %1, i64 88
  store ptr %v209, ptr %f210, align 8
  %v211 = load ptr, ptr %s2, align 8
  %f212 = getelementptr i8, ptr %1, i64 96
  store ptr %v211, ptr %f212, align 8
  %c213 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c213

chk_false:                                        ; preds = %i15
  %a221 = ptrtoint ptr %v218 to i64
  %eq222 = icmp eq i64 %a221, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq222, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc223 = load i64, ptr %v218, align 4
  %rc1224 = sub i64 %rc223, 1
  store i64 %rc1224, ptr %v218, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f225 = getelementptr i8, ptr %f1, i64 30
  %f226 = getelementptr i8, ptr %1, i64 56
  store ptr %f225, ptr %f226, align 8
  %c227 = call i32 @PyObject_IsTrue(ptr %v218)
  %rc228 = load i64, ptr %v218, align 4
  %rc1229 = sub i64 %rc228, 1
  store i64 %rc1229, ptr %v218, align 4
  %dead230 = icmp eq i64 %rc1229, 0
  br i1 %dead230, label %dealloc231, label %cont232

truth:                                            ; preds = %ok260, %fast_bool
  %t = phi i1 [ %eq220, %fast_bool ], [ %truthy, %ok260 ]
  br i1 %t, label %i16, label %i20

dealloc231:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v218)
  br label %cont232

cont232:                                          ; preds = %dealloc231, %is_true
  %neg = icmp slt i32 %c227, 0
  br i1 %neg, label %unwind233, label %ok260

unwind233:                                        ; preds = %cont232
  call void @rjit_traceback_here(ptr %0)
  %f234 = getelementptr i8, ptr %0, i64 56
  %p235 = load ptr, ptr %f234, align 8
  %f236 = getelementptr i8, ptr %p235, i64 0
  %use_tracing237 = load i8, ptr %f236, align 1
  %tracing238 = icmp ne i8 %use_tracing237, 0
  br i1 %tracing238, label %trace_exception239, label %unwind_compiled240

trace_exception239:                               ; preds = %unwind233
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled240

unwind_compiled240:                               ; preds = %trace_exception239, %unwind233
  %v241 = load ptr, ptr %s1, align 8
  %isnull242 = icmp eq ptr %v241, null
  br i1 %isnull242, label %cont244, label %xdec243

xdec243:                                          ; preds = %unwind_compiled240
  %rc245 = load i64, ptr %v241, align 4
  %rc1246 = sub i64 %rc245, 1
  store i64 %rc1246, ptr %v241, align 4
  %dead247 = icmp eq i64 %rc1246, 0
  br i1 %dead247, label %dealloc248, label %cont249

cont244:                                          ; preds = %cont249, %unwind_compiled240
  %c250 = call ptr @rjit_lasti(ptr %1)
  store ptr %c250, ptr %s1, align 8
  %c251 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c251, ptr %s2, align 8
  br i1 %tracing238, label %deopt252, label %i21

dealloc248:                                       ; preds = %xdec243
  call void @_Py_Dealloc(ptr %v241)
  br label %cont249

cont249:                                          ; preds = %dealloc248, %xdec243
  br label %cont244

deopt252:                                         ; preds = %cont244
  %v253 = load ptr, ptr %s0, align 8
  %f254 = getelementptr i8, ptr %1, i64 80
  store ptr %v253, ptr %f254, align 8
  %v255 = load ptr, ptr %s1, align 8
  %f256 = getelementptr i8, ptr %1, i64 88
  store ptr %v255, ptr %f256, align 8
  %v257 = load ptr, ptr %s2, align 8
  %f258 = getelementptr i8, ptr %1, i64 96
  store ptr %v257, ptr %f258, align 8
  %c259 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c259

ok260:                                            ; preds = %cont232
  %truthy = icmp ne i32 %c227, 0
  br label %truth

xdec265:                                          ; preds = %i16
  %rc267 = load i64, ptr %v261, align 4
  %rc1268 = sub i64 %rc267, 1
  store i64 %rc1268, ptr %v261, align 4
  %dead269 = icmp eq i64 %rc1268, 0
  br i1 %dead269, label %dealloc270, label %cont271

cont266:                                          ; preds = %cont271, %i16
  br label %i17

dealloc270:                                       ; preds = %xdec265
  call void @_Py_Dealloc(ptr %v261)
  br label %cont271

cont271:                                          ; preds = %dealloc270, %xdec265
  br label %cont266

ok278:                                            ; preds = %i17
  br label %i18

ok301:                                            ; preds = %not_error
  unreachable

unwind302:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f303 = getelementptr i8, ptr %0, i64 56
  %p304 = load ptr, ptr %f303, align 8
  %f305 = getelementptr i8, ptr %p304, i64 0
  %use_tracing306 = load i8, ptr %f305, align 1
  %tracing307 = icmp ne i8 %use_tracing306, 0
  br i1 %tracing307, label %trace_exception308, label %unwind_compiled309

trace_exception308:                               ; preds = %unwind302
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled309

unwind_compiled309:                               ; preds = %trace_exception308, %unwind302
  %c310 = call ptr @rjit_lasti(ptr %1)
  store ptr %c310, ptr %s1, align 8
  %c311 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c311, ptr %s2, align 8
  br i1 %tracing307, label %deopt312, label %i21

deopt312:                                         ; preds = %unwind_compiled309
  %v313 = load ptr, ptr %s0, align 8
  %f314 = getelementptr i8, ptr %1, i64 80
  store ptr %v313, ptr %f314, align 8
  %v315 = load ptr, ptr %s1, align 8
  %f316 = getelementptr i8, ptr %1, i64 88
  store ptr %v315, ptr %f316, align 8
  %v317 = load ptr, ptr %s2, align 8
  %f318 = getelementptr i8, ptr %1, i64 96
  store ptr %v317, ptr %f318, align 8
  %c319 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c319

unwind321:                                        ; preds = %not_error
  %c322 = call ptr @rjit_lasti(ptr %1)
  store ptr %c322, ptr %s1, align 8
  %c323 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c323, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c300, 0
  br i1 %reraise, label %unwind321, label %ok301

ok333:                                            ; preds = %i22
  br label %i23

deopt334:                                         ; preds = %i23
  %v335 = load ptr, ptr %s0, align 8
  %f336 = getelementptr i8, ptr %1, i64 80
  store ptr %v335, ptr %f336, align 8
  %v337 = load ptr, ptr %s1, align 8
  %f338 = getelementptr i8, ptr %1, i64 88
  store ptr %v337, ptr %f338, align 8
  %v339 = load ptr, ptr %s2, align 8
  %f340 = getelementptr i8, ptr %1, i64 96
  store ptr %v339, ptr %f340, align 8
  %c341 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c341
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
