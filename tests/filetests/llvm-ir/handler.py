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
  %f32 = getelementptr i8, ptr %2, i64 8
  %p33 = load ptr, ptr %f32, align 8
  %rc = load i64, ptr %p33, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p33, align 4
  store ptr %p33, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f34 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f34, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v54 = load ptr, ptr %s1, align 8
  %v55 = load ptr, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %f1, i64 8
  %f57 = getelementptr i8, ptr %1, i64 56
  store ptr %f56, ptr %f57, align 8
  %f58 = getelementptr i8, ptr %v55, i64 8
  %p59 = load ptr, ptr %f58, align 8
  %f60 = getelementptr i8, ptr %v54, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %a = ptrtoint ptr %p59 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a62 = ptrtoint ptr %p61 to i64
  %eq63 = icmp eq i64 %a62, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq63
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v130 = load ptr, ptr %s0, align 8
  %f131 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f131, align 4
  %f132 = getelementptr i8, ptr %f1, i64 12
  %f133 = getelementptr i8, ptr %1, i64 56
  store ptr %f132, ptr %f133, align 8
  %f134 = getelementptr i8, ptr %0, i64 56
  %p135 = load ptr, ptr %f134, align 8
  %f136 = getelementptr i8, ptr %1, i64 48
  %p137 = load ptr, ptr %f136, align 8
  %f138 = getelementptr i8, ptr %p135, i64 8
  store ptr %p137, ptr %f138, align 8
  %f139 = getelementptr i8, ptr %0, i64 32
  %rem140 = load i32, ptr %f139, align 4
  %rem1141 = add i32 %rem140, 1
  store i32 %rem1141, ptr %f139, align 4
  ret ptr %v130

i7:                                               ; preds = %unwind_compiled123, %cont43
  %v142 = load ptr, ptr %s0, align 8
  %f143 = getelementptr i8, ptr %1, i64 80
  store ptr %v142, ptr %f143, align 8
  %f144 = getelementptr i8, ptr %f1, i64 14
  %f145 = getelementptr i8, ptr %1, i64 56
  store ptr %f144, ptr %f145, align 8
  %f146 = getelementptr i8, ptr %1, i64 80
  %c147 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f146, i32 0)
  br label %ok148

i8:                                               ; preds = %ok148
  %f152 = getelementptr i8, ptr %2, i64 16
  %p153 = load ptr, ptr %f152, align 8
  %f154 = getelementptr i8, ptr %p3, i64 0
  %f155 = getelementptr i8, ptr %f1, i64 16
  %f156 = getelementptr i8, ptr %1, i64 56
  store ptr %f155, ptr %f156, align 8
  %f157 = getelementptr i8, ptr %1, i64 8
  %p158 = load ptr, ptr %f157, align 8
  %f159 = getelementptr i8, ptr %p158, i64 8
  %p160 = load ptr, ptr %f159, align 8
  %a161 = ptrtoint ptr %p160 to i64
  %eq162 = icmp eq i64 %a161, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq162, label %globals_dict, label %global_miss

i14:                                              ; preds = %ok230
  %v232 = load ptr, ptr %s1, align 8
  %f233 = getelementptr i8, ptr %1, i64 88
  store ptr %v232, ptr %f233, align 8
  %v234 = load ptr, ptr %s2, align 8
  %f235 = getelementptr i8, ptr %1, i64 96
  store ptr %v234, ptr %f235, align 8
  %f236 = getelementptr i8, ptr %f1, i64 28
  %f237 = getelementptr i8, ptr %1, i64 56
  store ptr %f236, ptr %f237, align 8
  %f238 = getelementptr i8, ptr %1, i64 88
  %c239 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f238, i32 0)
  %failed = icmp slt i32 %c239, 0
  br i1 %failed, label %unwind241, label %ok240

i15:                                              ; preds = %ok240
  %v272 = load ptr, ptr %s2, align 8
  %a273 = ptrtoint ptr %v272 to i64
  %eq274 = icmp eq i64 %a273, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq274, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v315 = load ptr, ptr %s1, align 8
  %f316 = getelementptr i8, ptr %f1, i64 32
  %f317 = getelementptr i8, ptr %1, i64 56
  store ptr %f316, ptr %f317, align 8
  %isnull318 = icmp eq ptr %v315, null
  br i1 %isnull318, label %cont320, label %xdec319

i17:                                              ; preds = %cont320
  %v326 = load ptr, ptr %s0, align 8
  %f327 = getelementptr i8, ptr %1, i64 80
  store ptr %v326, ptr %f327, align 8
  %f328 = getelementptr i8, ptr %f1, i64 34
  %f329 = getelementptr i8, ptr %1, i64 56
  store ptr %f328, ptr %f329, align 8
  %f330 = getelementptr i8, ptr %1, i64 80
  %c331 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f330, i32 0)
  br label %ok332

i18:                                              ; preds = %ok332
  %f333 = getelementptr i8, ptr %2, i64 0
  %p334 = load ptr, ptr %f333, align 8
  %rc335 = load i64, ptr %p334, align 4
  %rc1336 = add i64 %rc335, 1
  store i64 %rc1336, ptr %p334, align 4
  store ptr %p334, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v337 = load ptr, ptr %s0, align 8
  %f338 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f338, align 4
  %f339 = getelementptr i8, ptr %f1, i64 38
  %f340 = getelementptr i8, ptr %1, i64 56
  store ptr %f339, ptr %f340, align 8
  %f341 = getelementptr i8, ptr %0, i64 56
  %p342 = load ptr, ptr %f341, align 8
  %f343 = getelementptr i8, ptr %1, i64 48
  %p344 = load ptr, ptr %f343, align 8
  %f345 = getelementptr i8, ptr %p342, i64 8
  store ptr %p344, ptr %f345, align 8
  %f346 = getelementptr i8, ptr %0, i64 32
  %rem347 = load i32, ptr %f346, align 4
  %rem1348 = add i32 %rem347, 1
  store i32 %rem1348, ptr %f346, align 4
  ret ptr %v337

i20:                                              ; preds = %truth
  %v349 = load ptr, ptr %s1, align 8
  %f350 = getelementptr i8, ptr %1, i64 88
  store ptr %v349, ptr %f350, align 8
  %f351 = getelementptr i8, ptr %f1, i64 40
  %f352 = getelementptr i8, ptr %1, i64 56
  store ptr %f351, ptr %f352, align 8
  %f353 = getelementptr i8, ptr %1, i64 88
  %c354 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f353, i32 0)
  %failed374 = icmp slt i32 %c354, 0
  br i1 %failed374, label %unwind356, label %not_error

i21:                                              ; preds = %unwind375, %unwind_compiled363, %cont298, %cont252, %cont214
  %v378 = load ptr, ptr %s0, align 8
  %rc379 = load i64, ptr %v378, align 4
  %rc1380 = add i64 %rc379, 1
  store i64 %rc1380, ptr %v378, align 4
  store ptr %v378, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v381 = load ptr, ptr %s3, align 8
  %f382 = getelementptr i8, ptr %1, i64 104
  store ptr %v381, ptr %f382, align 8
  %f383 = getelementptr i8, ptr %f1, i64 44
  %f384 = getelementptr i8, ptr %1, i64 56
  store ptr %f383, ptr %f384, align 8
  %f385 = getelementptr i8, ptr %1, i64 104
  %c386 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f385, i32 0)
  br label %ok387

i23:                                              ; preds = %ok387
  %f396 = getelementptr i8, ptr %0, i64 56
  %p397 = load ptr, ptr %f396, align 8
  %f398 = getelementptr i8, ptr %p397, i64 0
  %use_tracing399 = load i8, ptr %f398, align 1
  %tracing400 = icmp ne i8 %use_tracing399, 0
  br i1 %tracing400, label %deopt388, label %not_tracing

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
    i32 -1, label %leave_raising
  ]

cont:                                             ; preds = %eval_breaker14, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker14
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

leave_raising:                                    ; preds = %eval_breaker14
  %f18 = getelementptr i8, ptr %0, i64 56
  %p19 = load ptr, ptr %f18, align 8
  %f20 = getelementptr i8, ptr %p19, i64 0
  %use_tracing = load i8, ptr %f20, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %error, label %unwind_here

unwind_here:                                      ; preds = %leave_raising
  %f21 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f21, align 4
  %f22 = getelementptr i8, ptr %f1, i64 0
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f24 = getelementptr i8, ptr %0, i64 56
  %p25 = load ptr, ptr %f24, align 8
  %f26 = getelementptr i8, ptr %1, i64 48
  %p27 = load ptr, ptr %f26, align 8
  %f28 = getelementptr i8, ptr %p25, i64 8
  store ptr %p27, ptr %f28, align 8
  %f29 = getelementptr i8, ptr %0, i64 32
  %rem30 = load i32, ptr %f29, align 4
  %rem131 = add i32 %rem30, 1
  store i32 %rem131, ptr %f29, align 4
  ret ptr null

error:                                            ; preds = %leave_raising
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

unbound:                                          ; preds = %i3
  %f35 = getelementptr i8, ptr %f1, i64 6
  %f36 = getelementptr i8, ptr %1, i64 56
  store ptr %f35, ptr %f36, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc52 = load i64, ptr %local, align 4
  %rc153 = add i64 %rc52, 1
  store i64 %rc153, ptr %local, align 4
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %f37 = getelementptr i8, ptr %0, i64 56
  %p38 = load ptr, ptr %f37, align 8
  %f39 = getelementptr i8, ptr %p38, i64 0
  %use_tracing40 = load i8, ptr %f39, align 1
  %tracing41 = icmp ne i8 %use_tracing40, 0
  br i1 %tracing41, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %v = load ptr, ptr %s0, align 8
  %isnull42 = icmp eq ptr %v, null
  br i1 %isnull42, label %cont43, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc44 = load i64, ptr %v, align 4
  %rc145 = sub i64 %rc44, 1
  store i64 %rc145, ptr %v, align 4
  %dead = icmp eq i64 %rc145, 0
  br i1 %dead, label %dealloc, label %cont46

cont43:                                           ; preds = %cont46, %unwind_compiled
  %c47 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c47, ptr %s0, align 8
  br i1 %tracing41, label %deopt48, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont46

cont46:                                           ; preds = %dealloc, %xdec
  br label %cont43

deopt48:                                          ; preds = %cont43
  %v49 = load ptr, ptr %s0, align 8
  %f50 = getelementptr i8, ptr %1, i64 80
  store ptr %v49, ptr %f50, align 8
  %c51 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c51

num_done:                                         ; preds = %num_slow, %fdiv
  %res = phi ptr [ %c104, %fdiv ], [ %c105, %num_slow ]
  %rc106 = load i64, ptr %v55, align 4
  %rc1107 = sub i64 %rc106, 1
  store i64 %rc1107, ptr %v55, align 4
  %dead108 = icmp eq i64 %rc1107, 0
  br i1 %dead108, label %dealloc109, label %cont110

num_slow:                                         ; preds = %float_fast, %float_check, %int_fast, %int_test
  %c105 = call ptr @PyNumber_TrueDivide(ptr %v55, ptr %v54)
  br label %num_done

int_test:                                         ; preds = %i4
  %f64 = getelementptr i8, ptr %v55, i64 16
  %size = load i64, ptr %f64, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f65 = getelementptr i8, ptr %v55, i64 24
  %digit0 = load i32, ptr %f65, align 4
  %digit066 = zext i32 %digit0 to i64
  %f67 = getelementptr i8, ptr %v55, i64 28
  %digit1 = load i32, ptr %f67, align 4
  %digit168 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit168, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit066, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f69 = getelementptr i8, ptr %v54, i64 16
  %size70 = load i64, ptr %f69, align 4
  %size271 = add i64 %size70, 2
  %compact72 = icmp ule i64 %size271, 4
  %f73 = getelementptr i8, ptr %v54, i64 24
  %digit074 = load i32, ptr %f73, align 4
  %digit075 = zext i32 %digit074 to i64
  %f76 = getelementptr i8, ptr %v54, i64 28
  %digit177 = load i32, ptr %f76, align 4
  %digit178 = zext i32 %digit177 to i64
  %negative79 = icmp slt i64 %size70, 0
  %neg_size80 = sub i64 0, %size70
  %ndigits81 = select i1 %negative79, i64 %neg_size80, i64 %size70
  %two82 = icmp eq i64 %ndigits81, 2
  %hi83 = shl i64 %digit178, 30
  %hi284 = select i1 %two82, i64 %hi83, i64 0
  %mag85 = add i64 %digit075, %hi284
  %zero86 = icmp eq i64 %size70, 0
  %mag087 = select i1 %zero86, i64 0, i64 %mag85
  %neg_mag88 = sub i64 0, %mag087
  %ival89 = select i1 %negative79, i64 %neg_mag88, i64 %mag087
  %compact90 = and i1 %compact, %compact72
  br i1 %compact90, label %int_fast, label %num_slow

float_check:                                      ; preds = %i4
  %f91 = getelementptr i8, ptr %v55, i64 8
  %p92 = load ptr, ptr %f91, align 8
  %f93 = getelementptr i8, ptr %v54, i64 8
  %p94 = load ptr, ptr %f93, align 8
  %a95 = ptrtoint ptr %p92 to i64
  %eq96 = icmp eq i64 %a95, ptrtoint (ptr @PyFloat_Type to i64)
  %a97 = ptrtoint ptr %p94 to i64
  %eq98 = icmp eq i64 %a97, ptrtoint (ptr @PyFloat_Type to i64)
  %both99 = and i1 %eq96, %eq98
  br i1 %both99, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  br label %num_slow

float_fast:                                       ; preds = %float_check
  %f100 = getelementptr i8, ptr %v55, i64 16
  %fval = load double, ptr %f100, align 8
  %f101 = getelementptr i8, ptr %v54, i64 16
  %fval102 = load double, ptr %f101, align 8
  %nz = fcmp une double %fval102, 0.000000e+00
  br i1 %nz, label %fdiv, label %num_slow

fdiv:                                             ; preds = %float_fast
  %fdiv103 = fdiv double %fval, %fval102
  %c104 = call ptr @PyFloat_FromDouble(double %fdiv103)
  br label %num_done

dealloc109:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v55)
  br label %cont110

cont110:                                          ; preds = %dealloc109, %num_done
  %rc111 = load i64, ptr %v54, align 4
  %rc1112 = sub i64 %rc111, 1
  store i64 %rc1112, ptr %v54, align 4
  %dead113 = icmp eq i64 %rc1112, 0
  br i1 %dead113, label %dealloc114, label %cont115

dealloc114:                                       ; preds = %cont110
  call void @_Py_Dealloc(ptr %v54)
  br label %cont115

cont115:                                          ; preds = %dealloc114, %cont110
  %isnull129 = icmp eq ptr %res, null
  br i1 %isnull129, label %unwind116, label %ok

unwind116:                                        ; preds = %cont115
  call void @rjit_traceback_here(ptr %0)
  %f117 = getelementptr i8, ptr %0, i64 56
  %p118 = load ptr, ptr %f117, align 8
  %f119 = getelementptr i8, ptr %p118, i64 0
  %use_tracing120 = load i8, ptr %f119, align 1
  %tracing121 = icmp ne i8 %use_tracing120, 0
  br i1 %tracing121, label %trace_exception122, label %unwind_compiled123

trace_exception122:                               ; preds = %unwind116
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled123

unwind_compiled123:                               ; preds = %trace_exception122, %unwind116
  %c124 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c124, ptr %s0, align 8
  br i1 %tracing121, label %deopt125, label %i7

deopt125:                                         ; preds = %unwind_compiled123
  %v126 = load ptr, ptr %s0, align 8
  %f127 = getelementptr i8, ptr %1, i64 80
  store ptr %v126, ptr %f127, align 8
  %c128 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c128

ok:                                               ; preds = %cont115
  store ptr %res, ptr %s0, align 8
  br label %i6

ok148:                                            ; preds = %i7
  %f149 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f149, align 8
  store ptr %r, ptr %s0, align 8
  %f150 = getelementptr i8, ptr %1, i64 88
  %r151 = load ptr, ptr %f150, align 8
  store ptr %r151, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c202 = call ptr @rjit_load_global(ptr %1, ptr %p153, ptr %f154)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c202, %global_miss ]
  %isnull231 = icmp eq ptr %global, null
  br i1 %isnull231, label %unwind203, label %ok230

globals_dict:                                     ; preds = %i8
  %f163 = getelementptr i8, ptr %p158, i64 32
  %p164 = load ptr, ptr %f163, align 8
  %f165 = getelementptr i8, ptr %f154, i64 0
  %p166 = load ptr, ptr %f165, align 8
  %a167 = ptrtoint ptr %p164 to i64
  %b = ptrtoint ptr %p166 to i64
  %eq168 = icmp eq i64 %a167, %b
  br i1 %eq168, label %globals_keys, label %global_miss

globals_keys:                                     ; preds = %globals_dict
  %f169 = getelementptr i8, ptr %p164, i64 24
  %i = load i64, ptr %f169, align 4
  %f170 = getelementptr i8, ptr %f154, i64 8
  %i171 = load i64, ptr %f170, align 4
  %f172 = getelementptr i8, ptr %f154, i64 16
  %i173 = load i64, ptr %f172, align 4
  %from_globals = icmp eq i64 %i173, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f174 = getelementptr i8, ptr %f154, i64 24
  %i175 = load i64, ptr %f174, align 4
  %want_lib = lshr i64 %i175, 32
  %index = and i64 %i175, 4294967295
  %f176 = getelementptr i8, ptr %p164, i64 9
  %i177 = load i8, ptr %f176, align 1
  %lib = zext i8 %i177 to i64
  %f178 = getelementptr i8, ptr %p164, i64 10
  %i179 = load i8, ptr %f178, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i179, 0
  %ok180 = and i1 %same_lib, %within
  %ok181 = and i1 %ok180, %unicode
  br i1 %ok181, label %entry_valid, label %global_miss

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i171
  br i1 %same_n, label %no_new_globals, label %global_miss

entry_valid:                                      ; preds = %in_globals
  %entry182 = inttoptr i64 %i171 to ptr
  %f183 = getelementptr i8, ptr %entry182, i64 0
  %p184 = load ptr, ptr %f183, align 8
  %a185 = ptrtoint ptr %p184 to i64
  %b186 = ptrtoint ptr %p153 to i64
  %eq187 = icmp eq i64 %a185, %b186
  br i1 %eq187, label %entry_name, label %global_miss

entry_name:                                       ; preds = %entry_valid
  %f188 = getelementptr i8, ptr %entry182, i64 8
  %p189 = load ptr, ptr %f188, align 8
  %present = icmp ne ptr %p189, null
  br i1 %present, label %entry_value, label %global_miss

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p189, %entry_value ], [ %p199, %builtins_tag ]
  %rc200 = load i64, ptr %cached, align 4
  %rc1201 = add i64 %rc200, 1
  store i64 %rc1201, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f190 = getelementptr i8, ptr %1, i64 16
  %p191 = load ptr, ptr %f190, align 8
  %f192 = getelementptr i8, ptr %p191, i64 8
  %p193 = load ptr, ptr %f192, align 8
  %a194 = ptrtoint ptr %p193 to i64
  %eq195 = icmp eq i64 %a194, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq195, label %builtins_dict, label %global_miss

builtins_dict:                                    ; preds = %no_new_globals
  %f196 = getelementptr i8, ptr %p191, i64 24
  %i197 = load i64, ptr %f196, align 4
  %bsame = icmp eq i64 %i173, %i197
  br i1 %bsame, label %builtins_tag, label %global_miss

builtins_tag:                                     ; preds = %builtins_dict
  %f198 = getelementptr i8, ptr %f154, i64 24
  %p199 = load ptr, ptr %f198, align 8
  br label %global_hit

unwind203:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f204 = getelementptr i8, ptr %0, i64 56
  %p205 = load ptr, ptr %f204, align 8
  %f206 = getelementptr i8, ptr %p205, i64 0
  %use_tracing207 = load i8, ptr %f206, align 1
  %tracing208 = icmp ne i8 %use_tracing207, 0
  br i1 %tracing208, label %trace_exception209, label %unwind_compiled210

trace_exception209:                               ; preds = %unwind203
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled210

unwind_compiled210:                               ; preds = %trace_exception209, %unwind203
  %v211 = load ptr, ptr %s1, align 8
  %isnull212 = icmp eq ptr %v211, null
  br i1 %isnull212, label %cont214, label %xdec213

xdec213:                                          ; preds = %unwind_compiled210
  %rc215 = load i64, ptr %v211, align 4
  %rc1216 = sub i64 %rc215, 1
  store i64 %rc1216, ptr %v211, align 4
  %dead217 = icmp eq i64 %rc1216, 0
  br i1 %dead217, label %dealloc218, label %cont219

cont214:                                          ; preds = %cont219, %unwind_compiled210
  %c220 = call ptr @rjit_lasti(ptr %1)
  store ptr %c220, ptr %s1, align 8
  %c221 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c221, ptr %s2, align 8
  br i1 %tracing208, label %deopt222, label %i21

dealloc218:                                       ; preds = %xdec213
  call void @_Py_Dealloc(ptr %v211)
  br label %cont219

cont219:                                          ; preds = %dealloc218, %xdec213
  br label %cont214

deopt222:                                         ; preds = %cont214
  %v223 = load ptr, ptr %s0, align 8
  %f224 = getelementptr i8, ptr %1, i64 80
  store ptr %v223, ptr %f224, align 8
  %v225 = load ptr, ptr %s1, align 8
  %f226 = getelementptr i8, ptr %1, i64 88
  store ptr %v225, ptr %f226, align 8
  %v227 = load ptr, ptr %s2, align 8
  %f228 = getelementptr i8, ptr %1, i64 96
  store ptr %v227, ptr %f228, align 8
  %c229 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c229

ok230:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok240:                                            ; preds = %i14
  %f268 = getelementptr i8, ptr %1, i64 88
  %r269 = load ptr, ptr %f268, align 8
  store ptr %r269, ptr %s1, align 8
  %f270 = getelementptr i8, ptr %1, i64 96
  %r271 = load ptr, ptr %f270, align 8
  store ptr %r271, ptr %s2, align 8
  br label %i15

unwind241:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f242 = getelementptr i8, ptr %0, i64 56
  %p243 = load ptr, ptr %f242, align 8
  %f244 = getelementptr i8, ptr %p243, i64 0
  %use_tracing245 = load i8, ptr %f244, align 1
  %tracing246 = icmp ne i8 %use_tracing245, 0
  br i1 %tracing246, label %trace_exception247, label %unwind_compiled248

trace_exception247:                               ; preds = %unwind241
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled248

unwind_compiled248:                               ; preds = %trace_exception247, %unwind241
  %v249 = load ptr, ptr %s1, align 8
  %isnull250 = icmp eq ptr %v249, null
  br i1 %isnull250, label %cont252, label %xdec251

xdec251:                                          ; preds = %unwind_compiled248
  %rc253 = load i64, ptr %v249, align 4
  %rc1254 = sub i64 %rc253, 1
  store i64 %rc1254, ptr %v249, align 4
  %dead255 = icmp eq i64 %rc1254, 0
  br i1 %dead255, label %dealloc256, label %cont257

cont252:                                          ; preds = %cont257, %unwind_compiled248
  %c258 = call ptr @rjit_lasti(ptr %1)
  store ptr %c258, ptr %s1, align 8
  %c259 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c259, ptr %s2, align 8
  br i1 %tracing246, label %deopt260, label %i21

dealloc256:                                       ; preds = %xdec251
  call void @_Py_Dealloc(ptr %v249)
  br label %cont257

cont257:                                          ; preds = %dealloc256, %xdec251
  br label %cont252

deopt260:                                         ; preds = %cont252
  %v261 = load ptr, ptr %s0, align 8
  %f262 = getelementptr i8, ptr %1, i64 80
  store ptr %v261, ptr %f262, align 8
  %v263 = load ptr, ptr %s1, align 8
  %f264 = getelementptr i8, ptr %1, i64 88
  store ptr %v263, ptr %f264, align 8
  %v265 = load ptr, ptr %s2, align 8
  %f266 = getelementptr i8, ptr %1, i64 96
  store ptr %v265, ptr %f266, align 8
  %c267 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c267

chk_false:                                        ; preds = %i15
  %a275 = ptrtoint ptr %v272 to i64
  %eq276 = icmp eq i64 %a275, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq276, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc277 = load i64, ptr %v272, align 4
  %rc1278 = sub i64 %rc277, 1
  store i64 %rc1278, ptr %v272, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f279 = getelementptr i8, ptr %f1, i64 30
  %f280 = getelementptr i8, ptr %1, i64 56
  store ptr %f279, ptr %f280, align 8
  %c281 = call i32 @PyObject_IsTrue(ptr %v272)
  %rc282 = load i64, ptr %v272, align 4
  %rc1283 = sub i64 %rc282, 1
  store i64 %rc1283, ptr %v272, align 4
  %dead284 = icmp eq i64 %rc1283, 0
  br i1 %dead284, label %dealloc285, label %cont286

truth:                                            ; preds = %ok314, %fast_bool
  %t = phi i1 [ %eq274, %fast_bool ], [ %truthy, %ok314 ]
  br i1 %t, label %i16, label %i20

dealloc285:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v272)
  br label %cont286

cont286:                                          ; preds = %dealloc285, %is_true
  %neg = icmp slt i32 %c281, 0
  br i1 %neg, label %unwind287, label %ok314

unwind287:                                        ; preds = %cont286
  call void @rjit_traceback_here(ptr %0)
  %f288 = getelementptr i8, ptr %0, i64 56
  %p289 = load ptr, ptr %f288, align 8
  %f290 = getelementptr i8, ptr %p289, i64 0
  %use_tracing291 = load i8, ptr %f290, align 1
  %tracing292 = icmp ne i8 %use_tracing291, 0
  br i1 %tracing292, label %trace_exception293, label %unwind_compiled294

trace_exception293:                               ; preds = %unwind287
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled294

unwind_compiled294:                               ; preds = %trace_exception293, %unwind287
  %v295 = load ptr, ptr %s1, align 8
  %isnull296 = icmp eq ptr %v295, null
  br i1 %isnull296, label %cont298, label %xdec297

xdec297:                                          ; preds = %unwind_compiled294
  %rc299 = load i64, ptr %v295, align 4
  %rc1300 = sub i64 %rc299, 1
  store i64 %rc1300, ptr %v295, align 4
  %dead301 = icmp eq i64 %rc1300, 0
  br i1 %dead301, label %dealloc302, label %cont303

cont298:                                          ; preds = %cont303, %unwind_compiled294
  %c304 = call ptr @rjit_lasti(ptr %1)
  store ptr %c304, ptr %s1, align 8
  %c305 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c305, ptr %s2, align 8
  br i1 %tracing292, label %deopt306, label %i21

dealloc302:                                       ; preds = %xdec297
  call void @_Py_Dealloc(ptr %v295)
  br label %cont303

cont303:                                          ; preds = %dealloc302, %xdec297
  br label %cont298

deopt306:                                         ; preds = %cont298
  %v307 = load ptr, ptr %s0, align 8
  %f308 = getelementptr i8, ptr %1, i64 80
  store ptr %v307, ptr %f308, align 8
  %v309 = load ptr, ptr %s1, align 8
  %f310 = getelementptr i8, ptr %1, i64 88
  store ptr %v309, ptr %f310, align 8
  %v311 = load ptr, ptr %s2, align 8
  %f312 = getelementptr i8, ptr %1, i64 96
  store ptr %v311, ptr %f312, align 8
  %c313 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c313

ok314:                                            ; preds = %cont286
  %truthy = icmp ne i32 %c281, 0
  br label %truth

xdec319:                                          ; preds = %i16
  %rc321 = load i64, ptr %v315, align 4
  %rc1322 = sub i64 %rc321, 1
  store i64 %rc1322, ptr %v315, align 4
  %dead323 = icmp eq i64 %rc1322, 0
  br i1 %dead323, label %dealloc324, label %cont325

cont320:                                          ; preds = %cont325, %i16
  br label %i17

dealloc324:                                       ; preds = %xdec319
  call void @_Py_Dealloc(ptr %v315)
  br label %cont325

cont325:                                          ; preds = %dealloc324, %xdec319
  br label %cont320

ok332:                                            ; preds = %i17
  br label %i18

ok355:                                            ; preds = %not_error
  unreachable

unwind356:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f357 = getelementptr i8, ptr %0, i64 56
  %p358 = load ptr, ptr %f357, align 8
  %f359 = getelementptr i8, ptr %p358, i64 0
  %use_tracing360 = load i8, ptr %f359, align 1
  %tracing361 = icmp ne i8 %use_tracing360, 0
  br i1 %tracing361, label %trace_exception362, label %unwind_compiled363

trace_exception362:                               ; preds = %unwind356
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled363

unwind_compiled363:                               ; preds = %trace_exception362, %unwind356
  %c364 = call ptr @rjit_lasti(ptr %1)
  store ptr %c364, ptr %s1, align 8
  %c365 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c365, ptr %s2, align 8
  br i1 %tracing361, label %deopt366, label %i21

deopt366:                                         ; preds = %unwind_compiled363
  %v367 = load ptr, ptr %s0, align 8
  %f368 = getelementptr i8, ptr %1, i64 80
  store ptr %v367, ptr %f368, align 8
  %v369 = load ptr, ptr %s1, align 8
  %f370 = getelementptr i8, ptr %1, i64 88
  store ptr %v369, ptr %f370, align 8
  %v371 = load ptr, ptr %s2, align 8
  %f372 = getelementptr i8, ptr %1, i64 96
  store ptr %v371, ptr %f372, align 8
  %c373 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c373

unwind375:                                        ; preds = %not_error
  %c376 = call ptr @rjit_lasti(ptr %1)
  store ptr %c376, ptr %s1, align 8
  %c377 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c377, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c354, 0
  br i1 %reraise, label %unwind375, label %ok355

ok387:                                            ; preds = %i22
  br label %i23

deopt388:                                         ; preds = %i23
  %v389 = load ptr, ptr %s0, align 8
  %f390 = getelementptr i8, ptr %1, i64 80
  store ptr %v389, ptr %f390, align 8
  %v391 = load ptr, ptr %s1, align 8
  %f392 = getelementptr i8, ptr %1, i64 88
  store ptr %v391, ptr %f392, align 8
  %v393 = load ptr, ptr %s2, align 8
  %f394 = getelementptr i8, ptr %1, i64 96
  store ptr %v393, ptr %f394, align 8
  %c395 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c395

not_tracing:                                      ; preds = %i23
  %v401 = load ptr, ptr %s1, align 8
  %f402 = getelementptr i8, ptr %1, i64 88
  store ptr %v401, ptr %f402, align 8
  %v403 = load ptr, ptr %s2, align 8
  %f404 = getelementptr i8, ptr %1, i64 96
  store ptr %v403, ptr %f404, align 8
  %f405 = getelementptr i8, ptr %f1, i64 46
  %f406 = getelementptr i8, ptr %1, i64 56
  store ptr %f405, ptr %f406, align 8
  %f407 = getelementptr i8, ptr %1, i64 88
  %c408 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f407, i32 1)
  %failed452 = icmp slt i32 %c408, 0
  br i1 %failed452, label %leave_raising410, label %not_error482

ok409:                                            ; preds = %not_error482
  unreachable

leave_raising410:                                 ; preds = %not_tracing
  %f418 = getelementptr i8, ptr %0, i64 56
  %p419 = load ptr, ptr %f418, align 8
  %f420 = getelementptr i8, ptr %p419, i64 0
  %use_tracing421 = load i8, ptr %f420, align 1
  %tracing422 = icmp ne i8 %use_tracing421, 0
  br i1 %tracing422, label %error412, label %unwind_here411

unwind_here411:                                   ; preds = %leave_raising410
  %v423 = load ptr, ptr %s1, align 8
  %isnull424 = icmp eq ptr %v423, null
  br i1 %isnull424, label %cont426, label %xdec425

error412:                                         ; preds = %leave_raising410
  %v413 = load ptr, ptr %s0, align 8
  %f414 = getelementptr i8, ptr %1, i64 80
  store ptr %v413, ptr %f414, align 8
  %v415 = load ptr, ptr %s1, align 8
  %f416 = getelementptr i8, ptr %1, i64 88
  store ptr %v415, ptr %f416, align 8
  %c417 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c417

xdec425:                                          ; preds = %unwind_here411
  %rc427 = load i64, ptr %v423, align 4
  %rc1428 = sub i64 %rc427, 1
  store i64 %rc1428, ptr %v423, align 4
  %dead429 = icmp eq i64 %rc1428, 0
  br i1 %dead429, label %dealloc430, label %cont431

cont426:                                          ; preds = %cont431, %unwind_here411
  %v432 = load ptr, ptr %s0, align 8
  %isnull433 = icmp eq ptr %v432, null
  br i1 %isnull433, label %cont435, label %xdec434

dealloc430:                                       ; preds = %xdec425
  call void @_Py_Dealloc(ptr %v423)
  br label %cont431

cont431:                                          ; preds = %dealloc430, %xdec425
  br label %cont426

xdec434:                                          ; preds = %cont426
  %rc436 = load i64, ptr %v432, align 4
  %rc1437 = sub i64 %rc436, 1
  store i64 %rc1437, ptr %v432, align 4
  %dead438 = icmp eq i64 %rc1437, 0
  br i1 %dead438, label %dealloc439, label %cont440

cont435:                                          ; preds = %cont440, %cont426
  %f441 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f441, align 4
  %f442 = getelementptr i8, ptr %f1, i64 46
  %f443 = getelementptr i8, ptr %1, i64 56
  store ptr %f442, ptr %f443, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f444 = getelementptr i8, ptr %0, i64 56
  %p445 = load ptr, ptr %f444, align 8
  %f446 = getelementptr i8, ptr %1, i64 48
  %p447 = load ptr, ptr %f446, align 8
  %f448 = getelementptr i8, ptr %p445, i64 8
  store ptr %p447, ptr %f448, align 8
  %f449 = getelementptr i8, ptr %0, i64 32
  %rem450 = load i32, ptr %f449, align 4
  %rem1451 = add i32 %rem450, 1
  store i32 %rem1451, ptr %f449, align 4
  ret ptr null

dealloc439:                                       ; preds = %xdec434
  call void @_Py_Dealloc(ptr %v432)
  br label %cont440

cont440:                                          ; preds = %dealloc439, %xdec434
  br label %cont435

leave_raising453:                                 ; preds = %not_error482
  br label %unwind_here454

unwind_here454:                                   ; preds = %leave_raising453
  %v455 = load ptr, ptr %s1, align 8
  %isnull456 = icmp eq ptr %v455, null
  br i1 %isnull456, label %cont458, label %xdec457

xdec457:                                          ; preds = %unwind_here454
  %rc459 = load i64, ptr %v455, align 4
  %rc1460 = sub i64 %rc459, 1
  store i64 %rc1460, ptr %v455, align 4
  %dead461 = icmp eq i64 %rc1460, 0
  br i1 %dead461, label %dealloc462, label %cont463

cont458:                                          ; preds = %cont463, %unwind_here454
  %v464 = load ptr, ptr %s0, align 8
  %isnull465 = icmp eq ptr %v464, null
  br i1 %isnull465, label %cont467, label %xdec466

dealloc462:                                       ; preds = %xdec457
  call void @_Py_Dealloc(ptr %v455)
  br label %cont463

cont463:                                          ; preds = %dealloc462, %xdec457
  br label %cont458

xdec466:                                          ; preds = %cont458
  %rc468 = load i64, ptr %v464, align 4
  %rc1469 = sub i64 %rc468, 1
  store i64 %rc1469, ptr %v464, align 4
  %dead470 = icmp eq i64 %rc1469, 0
  br i1 %dead470, label %dealloc471, label %cont472

cont467:                                          ; preds = %cont472, %cont458
  %f473 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f473, align 4
  call void @rjit_exception_leaves(ptr %0, i32 0)
  %f474 = getelementptr i8, ptr %0, i64 56
  %p475 = load ptr, ptr %f474, align 8
  %f476 = getelementptr i8, ptr %1, i64 48
  %p477 = load ptr, ptr %f476, align 8
  %f478 = getelementptr i8, ptr %p475, i64 8
  store ptr %p477, ptr %f478, align 8
  %f479 = getelementptr i8, ptr %0, i64 32
  %rem480 = load i32, ptr %f479, align 4
  %rem1481 = add i32 %rem480, 1
  store i32 %rem1481, ptr %f479, align 4
  ret ptr null

dealloc471:                                       ; preds = %xdec466
  call void @_Py_Dealloc(ptr %v464)
  br label %cont472

cont472:                                          ; preds = %dealloc471, %xdec466
  br label %cont467

not_error482:                                     ; preds = %not_tracing
  %reraise483 = icmp sgt i32 %c408, 0
  br i1 %reraise483, label %leave_raising453, label %ok409
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_exception_leaves(ptr, i32)

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
