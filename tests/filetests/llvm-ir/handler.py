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

i14:                                              ; preds = %ok198
  %v200 = load ptr, ptr %s1, align 8
  %f201 = getelementptr i8, ptr %1, i64 88
  store ptr %v200, ptr %f201, align 8
  %v202 = load ptr, ptr %s2, align 8
  %f203 = getelementptr i8, ptr %1, i64 96
  store ptr %v202, ptr %f203, align 8
  %f204 = getelementptr i8, ptr %f1, i64 28
  %f205 = getelementptr i8, ptr %1, i64 56
  store ptr %f204, ptr %f205, align 8
  %f206 = getelementptr i8, ptr %1, i64 88
  %c207 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f206, i32 0)
  %failed = icmp slt i32 %c207, 0
  br i1 %failed, label %unwind209, label %ok208

i15:                                              ; preds = %ok208
  %v240 = load ptr, ptr %s2, align 8
  %a241 = ptrtoint ptr %v240 to i64
  %eq242 = icmp eq i64 %a241, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq242, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v283 = load ptr, ptr %s1, align 8
  %f284 = getelementptr i8, ptr %f1, i64 32
  %f285 = getelementptr i8, ptr %1, i64 56
  store ptr %f284, ptr %f285, align 8
  %isnull286 = icmp eq ptr %v283, null
  br i1 %isnull286, label %cont288, label %xdec287

i17:                                              ; preds = %cont288
  %v294 = load ptr, ptr %s0, align 8
  %f295 = getelementptr i8, ptr %1, i64 80
  store ptr %v294, ptr %f295, align 8
  %f296 = getelementptr i8, ptr %f1, i64 34
  %f297 = getelementptr i8, ptr %1, i64 56
  store ptr %f296, ptr %f297, align 8
  %f298 = getelementptr i8, ptr %1, i64 80
  %c299 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f298, i32 0)
  br label %ok300

i18:                                              ; preds = %ok300
  %f301 = getelementptr i8, ptr %2, i64 0
  %p302 = load ptr, ptr %f301, align 8
  %rc303 = load i64, ptr %p302, align 4
  %rc1304 = add i64 %rc303, 1
  store i64 %rc1304, ptr %p302, align 4
  store ptr %p302, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v305 = load ptr, ptr %s0, align 8
  %f306 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f306, align 4
  %f307 = getelementptr i8, ptr %f1, i64 38
  %f308 = getelementptr i8, ptr %1, i64 56
  store ptr %f307, ptr %f308, align 8
  %f309 = getelementptr i8, ptr %0, i64 56
  %p310 = load ptr, ptr %f309, align 8
  %f311 = getelementptr i8, ptr %1, i64 48
  %p312 = load ptr, ptr %f311, align 8
  %f313 = getelementptr i8, ptr %p310, i64 8
  store ptr %p312, ptr %f313, align 8
  %f314 = getelementptr i8, ptr %0, i64 32
  %rem315 = load i32, ptr %f314, align 4
  %rem1316 = add i32 %rem315, 1
  store i32 %rem1316, ptr %f314, align 4
  ret ptr %v305

i20:                                              ; preds = %truth
  %v317 = load ptr, ptr %s1, align 8
  %f318 = getelementptr i8, ptr %1, i64 88
  store ptr %v317, ptr %f318, align 8
  %f319 = getelementptr i8, ptr %f1, i64 40
  %f320 = getelementptr i8, ptr %1, i64 56
  store ptr %f319, ptr %f320, align 8
  %f321 = getelementptr i8, ptr %1, i64 88
  %c322 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f321, i32 0)
  %failed342 = icmp slt i32 %c322, 0
  br i1 %failed342, label %unwind324, label %not_error

i21:                                              ; preds = %unwind343, %unwind_compiled331, %cont266, %cont220, %cont182
  %v346 = load ptr, ptr %s0, align 8
  %rc347 = load i64, ptr %v346, align 4
  %rc1348 = add i64 %rc347, 1
  store i64 %rc1348, ptr %v346, align 4
  store ptr %v346, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v349 = load ptr, ptr %s3, align 8
  %f350 = getelementptr i8, ptr %1, i64 104
  store ptr %v349, ptr %f350, align 8
  %f351 = getelementptr i8, ptr %f1, i64 44
  %f352 = getelementptr i8, ptr %1, i64 56
  store ptr %f351, ptr %f352, align 8
  %f353 = getelementptr i8, ptr %1, i64 104
  %c354 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f353, i32 0)
  br label %ok355

i23:                                              ; preds = %ok355
  br label %deopt356

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

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c170 = call ptr @rjit_load_global(ptr %1, ptr %p121, ptr %f122)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c170, %global_miss ]
  %isnull199 = icmp eq ptr %global, null
  br i1 %isnull199, label %unwind171, label %ok198

globals_dict:                                     ; preds = %i8
  %f131 = getelementptr i8, ptr %p126, i64 32
  %p132 = load ptr, ptr %f131, align 8
  %f133 = getelementptr i8, ptr %f122, i64 0
  %p134 = load ptr, ptr %f133, align 8
  %a135 = ptrtoint ptr %p132 to i64
  %b = ptrtoint ptr %p134 to i64
  %eq136 = icmp eq i64 %a135, %b
  br i1 %eq136, label %globals_keys, label %global_miss

globals_keys:                                     ; preds = %globals_dict
  %f137 = getelementptr i8, ptr %p132, i64 24
  %i = load i64, ptr %f137, align 4
  %f138 = getelementptr i8, ptr %f122, i64 8
  %i139 = load i64, ptr %f138, align 4
  %f140 = getelementptr i8, ptr %f122, i64 16
  %i141 = load i64, ptr %f140, align 4
  %from_globals = icmp eq i64 %i141, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f142 = getelementptr i8, ptr %f122, i64 24
  %i143 = load i64, ptr %f142, align 4
  %want_lib = lshr i64 %i143, 32
  %index = and i64 %i143, 4294967295
  %f144 = getelementptr i8, ptr %p132, i64 9
  %i145 = load i8, ptr %f144, align 1
  %lib = zext i8 %i145 to i64
  %f146 = getelementptr i8, ptr %p132, i64 10
  %i147 = load i8, ptr %f146, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i147, 0
  %ok148 = and i1 %same_lib, %within
  %ok149 = and i1 %ok148, %unicode
  br i1 %ok149, label %entry_valid, label %global_miss

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i139
  br i1 %same_n, label %no_new_globals, label %global_miss

entry_valid:                                      ; preds = %in_globals
  %entry150 = inttoptr i64 %i139 to ptr
  %f151 = getelementptr i8, ptr %entry150, i64 0
  %p152 = load ptr, ptr %f151, align 8
  %a153 = ptrtoint ptr %p152 to i64
  %b154 = ptrtoint ptr %p121 to i64
  %eq155 = icmp eq i64 %a153, %b154
  br i1 %eq155, label %entry_name, label %global_miss

entry_name:                                       ; preds = %entry_valid
  %f156 = getelementptr i8, ptr %entry150, i64 8
  %p157 = load ptr, ptr %f156, align 8
  %present = icmp ne ptr %p157, null
  br i1 %present, label %entry_value, label %global_miss

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p157, %entry_value ], [ %p167, %builtins_tag ]
  %rc168 = load i64, ptr %cached, align 4
  %rc1169 = add i64 %rc168, 1
  store i64 %rc1169, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f158 = getelementptr i8, ptr %1, i64 16
  %p159 = load ptr, ptr %f158, align 8
  %f160 = getelementptr i8, ptr %p159, i64 8
  %p161 = load ptr, ptr %f160, align 8
  %a162 = ptrtoint ptr %p161 to i64
  %eq163 = icmp eq i64 %a162, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq163, label %builtins_dict, label %global_miss

builtins_dict:                                    ; preds = %no_new_globals
  %f164 = getelementptr i8, ptr %p159, i64 24
  %i165 = load i64, ptr %f164, align 4
  %bsame = icmp eq i64 %i141, %i165
  br i1 %bsame, label %builtins_tag, label %global_miss

builtins_tag:                                     ; preds = %builtins_dict
  %f166 = getelementptr i8, ptr %f122, i64 24
  %p167 = load ptr, ptr %f166, align 8
  br label %global_hit

unwind171:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f172 = getelementptr i8, ptr %0, i64 56
  %p173 = load ptr, ptr %f172, align 8
  %f174 = getelementptr i8, ptr %p173, i64 0
  %use_tracing175 = load i8, ptr %f174, align 1
  %tracing176 = icmp ne i8 %use_tracing175, 0
  br i1 %tracing176, label %trace_exception177, label %unwind_compiled178

trace_exception177:                               ; preds = %unwind171
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled178

unwind_compiled178:                               ; preds = %trace_exception177, %unwind171
  %v179 = load ptr, ptr %s1, align 8
  %isnull180 = icmp eq ptr %v179, null
  br i1 %isnull180, label %cont182, label %xdec181

xdec181:                                          ; preds = %unwind_compiled178
  %rc183 = load i64, ptr %v179, align 4
  %rc1184 = sub i64 %rc183, 1
  store i64 %rc1184, ptr %v179, align 4
  %dead185 = icmp eq i64 %rc1184, 0
  br i1 %dead185, label %dealloc186, label %cont187

cont182:                                          ; preds = %cont187, %unwind_compiled178
  %c188 = call ptr @rjit_lasti(ptr %1)
  store ptr %c188, ptr %s1, align 8
  %c189 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c189, ptr %s2, align 8
  br i1 %tracing176, label %deopt190, label %i21

dealloc186:                                       ; preds = %xdec181
  call void @_Py_Dealloc(ptr %v179)
  br label %cont187

cont187:                                          ; preds = %dealloc186, %xdec181
  br label %cont182

deopt190:                                         ; preds = %cont182
  %v191 = load ptr, ptr %s0, align 8
  %f192 = getelementptr i8, ptr %1, i64 80
  store ptr %v191, ptr %f192, align 8
  %v193 = load ptr, ptr %s1, align 8
  %f194 = getelementptr i8, ptr %1, i64 88
  store ptr %v193, ptr %f194, align 8
  %v195 = load ptr, ptr %s2, align 8
  %f196 = getelementptr i8, ptr %1, i64 96
  store ptr %v195, ptr %f196, align 8
  %c197 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c197

ok198:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok208:                                            ; preds = %i14
  %f236 = getelementptr i8, ptr %1, i64 88
  %r237 = load ptr, ptr %f236, align 8
  store ptr %r237, ptr %s1, align 8
  %f238 = getelementptr i8, ptr %1, i64 96
  %r239 = load ptr, ptr %f238, align 8
  store ptr %r239, ptr %s2, align 8
  br label %i15

unwind209:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f210 = getelementptr i8, ptr %0, i64 56
  %p211 = load ptr, ptr %f210, align 8
  %f212 = getelementptr i8, ptr %p211, i64 0
  %use_tracing213 = load i8, ptr %f212, align 1
  %tracing214 = icmp ne i8 %use_tracing213, 0
  br i1 %tracing214, label %trace_exception215, label %unwind_compiled216

trace_exception215:                               ; preds = %unwind209
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled216

unwind_compiled216:                               ; preds = %trace_exception215, %unwind209
  %v217 = load ptr, ptr %s1, align 8
  %isnull218 = icmp eq ptr %v217, null
  br i1 %isnull218, label %cont220, label %xdec219

xdec219:                                          ; preds = %unwind_compiled216
  %rc221 = load i64, ptr %v217, align 4
  %rc1222 = sub i64 %rc221, 1
  store i64 %rc1222, ptr %v217, align 4
  %dead223 = icmp eq i64 %rc1222, 0
  br i1 %dead223, label %dealloc224, label %cont225

cont220:                                          ; preds = %cont225, %unwind_compiled216
  %c226 = call ptr @rjit_lasti(ptr %1)
  store ptr %c226, ptr %s1, align 8
  %c227 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c227, ptr %s2, align 8
  br i1 %tracing214, label %deopt228, label %i21

dealloc224:                                       ; preds = %xdec219
  call void @_Py_Dealloc(ptr %v217)
  br label %cont225

cont225:                                          ; preds = %dealloc224, %xdec219
  br label %cont220

deopt228:                                         ; preds = %cont220
  %v229 = load ptr, ptr %s0, align 8
  %f230 = getelementptr i8, ptr %1, i64 80
  store ptr %v229, ptr %f230, align 8
  %v231 = load ptr, ptr %s1, align 8
  %f232 = getelementptr i8, ptr %1, i64 88
  store ptr %v231, ptr %f232, align 8
  %v233 = load ptr, ptr %s2, align 8
  %f234 = getelementptr i8, ptr %1, i64 96
  store ptr %v233, ptr %f234, align 8
  %c235 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c235

chk_false:                                        ; preds = %i15
  %a243 = ptrtoint ptr %v240 to i64
  %eq244 = icmp eq i64 %a243, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq244, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc245 = load i64, ptr %v240, align 4
  %rc1246 = sub i64 %rc245, 1
  store i64 %rc1246, ptr %v240, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f247 = getelementptr i8, ptr %f1, i64 30
  %f248 = getelementptr i8, ptr %1, i64 56
  store ptr %f247, ptr %f248, align 8
  %c249 = call i32 @PyObject_IsTrue(ptr %v240)
  %rc250 = load i64, ptr %v240, align 4
  %rc1251 = sub i64 %rc250, 1
  store i64 %rc1251, ptr %v240, align 4
  %dead252 = icmp eq i64 %rc1251, 0
  br i1 %dead252, label %dealloc253, label %cont254

truth:                                            ; preds = %ok282, %fast_bool
  %t = phi i1 [ %eq242, %fast_bool ], [ %truthy, %ok282 ]
  br i1 %t, label %i16, label %i20

dealloc253:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v240)
  br label %cont254

cont254:                                          ; preds = %dealloc253, %is_true
  %neg = icmp slt i32 %c249, 0
  br i1 %neg, label %unwind255, label %ok282

unwind255:                                        ; preds = %cont254
  call void @rjit_traceback_here(ptr %0)
  %f256 = getelementptr i8, ptr %0, i64 56
  %p257 = load ptr, ptr %f256, align 8
  %f258 = getelementptr i8, ptr %p257, i64 0
  %use_tracing259 = load i8, ptr %f258, align 1
  %tracing260 = icmp ne i8 %use_tracing259, 0
  br i1 %tracing260, label %trace_exception261, label %unwind_compiled262

trace_exception261:                               ; preds = %unwind255
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled262

unwind_compiled262:                               ; preds = %trace_exception261, %unwind255
  %v263 = load ptr, ptr %s1, align 8
  %isnull264 = icmp eq ptr %v263, null
  br i1 %isnull264, label %cont266, label %xdec265

xdec265:                                          ; preds = %unwind_compiled262
  %rc267 = load i64, ptr %v263, align 4
  %rc1268 = sub i64 %rc267, 1
  store i64 %rc1268, ptr %v263, align 4
  %dead269 = icmp eq i64 %rc1268, 0
  br i1 %dead269, label %dealloc270, label %cont271

cont266:                                          ; preds = %cont271, %unwind_compiled262
  %c272 = call ptr @rjit_lasti(ptr %1)
  store ptr %c272, ptr %s1, align 8
  %c273 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c273, ptr %s2, align 8
  br i1 %tracing260, label %deopt274, label %i21

dealloc270:                                       ; preds = %xdec265
  call void @_Py_Dealloc(ptr %v263)
  br label %cont271

cont271:                                          ; preds = %dealloc270, %xdec265
  br label %cont266

deopt274:                                         ; preds = %cont266
  %v275 = load ptr, ptr %s0, align 8
  %f276 = getelementptr i8, ptr %1, i64 80
  store ptr %v275, ptr %f276, align 8
  %v277 = load ptr, ptr %s1, align 8
  %f278 = getelementptr i8, ptr %1, i64 88
  store ptr %v277, ptr %f278, align 8
  %v279 = load ptr, ptr %s2, align 8
  %f280 = getelementptr i8, ptr %1, i64 96
  store ptr %v279, ptr %f280, align 8
  %c281 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c281

ok282:                                            ; preds = %cont254
  %truthy = icmp ne i32 %c249, 0
  br label %truth

xdec287:                                          ; preds = %i16
  %rc289 = load i64, ptr %v283, align 4
  %rc1290 = sub i64 %rc289, 1
  store i64 %rc1290, ptr %v283, align 4
  %dead291 = icmp eq i64 %rc1290, 0
  br i1 %dead291, label %dealloc292, label %cont293

cont288:                                          ; preds = %cont293, %i16
  br label %i17

dealloc292:                                       ; preds = %xdec287
  call void @_Py_Dealloc(ptr %v283)
  br label %cont293

cont293:                                          ; preds = %dealloc292, %xdec287
  br label %cont288

ok300:                                            ; preds = %i17
  br label %i18

ok323:                                            ; preds = %not_error
  unreachable

unwind324:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f325 = getelementptr i8, ptr %0, i64 56
  %p326 = load ptr, ptr %f325, align 8
  %f327 = getelementptr i8, ptr %p326, i64 0
  %use_tracing328 = load i8, ptr %f327, align 1
  %tracing329 = icmp ne i8 %use_tracing328, 0
  br i1 %tracing329, label %trace_exception330, label %unwind_compiled331

trace_exception330:                               ; preds = %unwind324
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled331

unwind_compiled331:                               ; preds = %trace_exception330, %unwind324
  %c332 = call ptr @rjit_lasti(ptr %1)
  store ptr %c332, ptr %s1, align 8
  %c333 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c333, ptr %s2, align 8
  br i1 %tracing329, label %deopt334, label %i21

deopt334:                                         ; preds = %unwind_compiled331
  %v335 = load ptr, ptr %s0, align 8
  %f336 = getelementptr i8, ptr %1, i64 80
  store ptr %v335, ptr %f336, align 8
  %v337 = load ptr, ptr %s1, align 8
  %f338 = getelementptr i8, ptr %1, i64 88
  store ptr %v337, ptr %f338, align 8
  %v339 = load ptr, ptr %s2, align 8
  %f340 = getelementptr i8, ptr %1, i64 96
  store ptr %v339, ptr %f340, align 8
  %c341 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c341

unwind343:                                        ; preds = %not_error
  %c344 = call ptr @rjit_lasti(ptr %1)
  store ptr %c344, ptr %s1, align 8
  %c345 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c345, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c322, 0
  br i1 %reraise, label %unwind343, label %ok323

ok355:                                            ; preds = %i22
  br label %i23

deopt356:                                         ; preds = %i23
  %v357 = load ptr, ptr %s0, align 8
  %f358 = getelementptr i8, ptr %1, i64 80
  store ptr %v357, ptr %f358, align 8
  %v359 = load ptr, ptr %s1, align 8
  %f360 = getelementptr i8, ptr %1, i64 88
  store ptr %v359, ptr %f360, align 8
  %v361 = load ptr, ptr %s2, align 8
  %f362 = getelementptr i8, ptr %1, i64 96
  store ptr %v361, ptr %f362, align 8
  %c363 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c363
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
