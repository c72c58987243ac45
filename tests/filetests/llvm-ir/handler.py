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
  %v114 = load ptr, ptr %s0, align 8
  %f115 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f115, align 4
  %f116 = getelementptr i8, ptr %f1, i64 12
  %f117 = getelementptr i8, ptr %1, i64 56
  store ptr %f116, ptr %f117, align 8
  %f118 = getelementptr i8, ptr %0, i64 56
  %p119 = load ptr, ptr %f118, align 8
  %f120 = getelementptr i8, ptr %1, i64 48
  %p121 = load ptr, ptr %f120, align 8
  %f122 = getelementptr i8, ptr %p119, i64 8
  store ptr %p121, ptr %f122, align 8
  %f123 = getelementptr i8, ptr %0, i64 32
  %rem124 = load i32, ptr %f123, align 4
  %rem1125 = add i32 %rem124, 1
  store i32 %rem1125, ptr %f123, align 4
  ret ptr %v114

i7:                                               ; preds = %unwind_compiled107, %cont27
  %v126 = load ptr, ptr %s0, align 8
  %f127 = getelementptr i8, ptr %1, i64 80
  store ptr %v126, ptr %f127, align 8
  %f128 = getelementptr i8, ptr %f1, i64 14
  %f129 = getelementptr i8, ptr %1, i64 56
  store ptr %f128, ptr %f129, align 8
  %f130 = getelementptr i8, ptr %1, i64 80
  %c131 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f130, i32 0)
  br label %ok132

i8:                                               ; preds = %ok132
  %f136 = getelementptr i8, ptr %2, i64 16
  %p137 = load ptr, ptr %f136, align 8
  %f138 = getelementptr i8, ptr %p3, i64 0
  %f139 = getelementptr i8, ptr %f1, i64 16
  %f140 = getelementptr i8, ptr %1, i64 56
  store ptr %f139, ptr %f140, align 8
  %f141 = getelementptr i8, ptr %1, i64 8
  %p142 = load ptr, ptr %f141, align 8
  %f143 = getelementptr i8, ptr %p142, i64 8
  %p144 = load ptr, ptr %f143, align 8
  %a145 = ptrtoint ptr %p144 to i64
  %eq146 = icmp eq i64 %a145, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq146, label %globals_dict, label %global_miss

i14:                                              ; preds = %ok214
  %v216 = load ptr, ptr %s1, align 8
  %f217 = getelementptr i8, ptr %1, i64 88
  store ptr %v216, ptr %f217, align 8
  %v218 = load ptr, ptr %s2, align 8
  %f219 = getelementptr i8, ptr %1, i64 96
  store ptr %v218, ptr %f219, align 8
  %f220 = getelementptr i8, ptr %f1, i64 28
  %f221 = getelementptr i8, ptr %1, i64 56
  store ptr %f220, ptr %f221, align 8
  %f222 = getelementptr i8, ptr %1, i64 88
  %c223 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f222, i32 0)
  %failed = icmp slt i32 %c223, 0
  br i1 %failed, label %unwind225, label %ok224

i15:                                              ; preds = %ok224
  %v256 = load ptr, ptr %s2, align 8
  %a257 = ptrtoint ptr %v256 to i64
  %eq258 = icmp eq i64 %a257, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq258, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v299 = load ptr, ptr %s1, align 8
  %f300 = getelementptr i8, ptr %f1, i64 32
  %f301 = getelementptr i8, ptr %1, i64 56
  store ptr %f300, ptr %f301, align 8
  %isnull302 = icmp eq ptr %v299, null
  br i1 %isnull302, label %cont304, label %xdec303

i17:                                              ; preds = %cont304
  %v310 = load ptr, ptr %s0, align 8
  %f311 = getelementptr i8, ptr %1, i64 80
  store ptr %v310, ptr %f311, align 8
  %f312 = getelementptr i8, ptr %f1, i64 34
  %f313 = getelementptr i8, ptr %1, i64 56
  store ptr %f312, ptr %f313, align 8
  %f314 = getelementptr i8, ptr %1, i64 80
  %c315 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f314, i32 0)
  br label %ok316

i18:                                              ; preds = %ok316
  %f317 = getelementptr i8, ptr %2, i64 0
  %p318 = load ptr, ptr %f317, align 8
  %rc319 = load i64, ptr %p318, align 4
  %rc1320 = add i64 %rc319, 1
  store i64 %rc1320, ptr %p318, align 4
  store ptr %p318, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v321 = load ptr, ptr %s0, align 8
  %f322 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f322, align 4
  %f323 = getelementptr i8, ptr %f1, i64 38
  %f324 = getelementptr i8, ptr %1, i64 56
  store ptr %f323, ptr %f324, align 8
  %f325 = getelementptr i8, ptr %0, i64 56
  %p326 = load ptr, ptr %f325, align 8
  %f327 = getelementptr i8, ptr %1, i64 48
  %p328 = load ptr, ptr %f327, align 8
  %f329 = getelementptr i8, ptr %p326, i64 8
  store ptr %p328, ptr %f329, align 8
  %f330 = getelementptr i8, ptr %0, i64 32
  %rem331 = load i32, ptr %f330, align 4
  %rem1332 = add i32 %rem331, 1
  store i32 %rem1332, ptr %f330, align 4
  ret ptr %v321

i20:                                              ; preds = %truth
  %v333 = load ptr, ptr %s1, align 8
  %f334 = getelementptr i8, ptr %1, i64 88
  store ptr %v333, ptr %f334, align 8
  %f335 = getelementptr i8, ptr %f1, i64 40
  %f336 = getelementptr i8, ptr %1, i64 56
  store ptr %f335, ptr %f336, align 8
  %f337 = getelementptr i8, ptr %1, i64 88
  %c338 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f337, i32 0)
  %failed358 = icmp slt i32 %c338, 0
  br i1 %failed358, label %unwind340, label %not_error

i21:                                              ; preds = %unwind359, %unwind_compiled347, %cont282, %cont236, %cont198
  %v362 = load ptr, ptr %s0, align 8
  %rc363 = load i64, ptr %v362, align 4
  %rc1364 = add i64 %rc363, 1
  store i64 %rc1364, ptr %v362, align 4
  store ptr %v362, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v365 = load ptr, ptr %s3, align 8
  %f366 = getelementptr i8, ptr %1, i64 104
  store ptr %v365, ptr %f366, align 8
  %f367 = getelementptr i8, ptr %f1, i64 44
  %f368 = getelementptr i8, ptr %1, i64 56
  store ptr %f367, ptr %f368, align 8
  %f369 = getelementptr i8, ptr %1, i64 104
  %c370 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f369, i32 0)
  br label %ok371

i23:                                              ; preds = %ok371
  %f380 = getelementptr i8, ptr %0, i64 56
  %p381 = load ptr, ptr %f380, align 8
  %f382 = getelementptr i8, ptr %p381, i64 0
  %use_tracing383 = load i8, ptr %f382, align 1
  %tracing384 = icmp ne i8 %use_tracing383, 0
  br i1 %tracing384, label %deopt372, label %not_tracing

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
  %res = phi ptr [ %c88, %fdiv ], [ %c89, %num_slow ]
  %rc90 = load i64, ptr %v39, align 4
  %rc191 = sub i64 %rc90, 1
  store i64 %rc191, ptr %v39, align 4
  %dead92 = icmp eq i64 %rc191, 0
  br i1 %dead92, label %dealloc93, label %cont94

num_slow:                                         ; preds = %float_fast, %float_check, %int_fast, %int_test
  %c89 = call ptr @PyNumber_TrueDivide(ptr %v39, ptr %v38)
  br label %num_done

int_test:                                         ; preds = %i4
  %f48 = getelementptr i8, ptr %v39, i64 16
  %size = load i64, ptr %f48, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f49 = getelementptr i8, ptr %v39, i64 24
  %digit0 = load i32, ptr %f49, align 4
  %digit050 = zext i32 %digit0 to i64
  %f51 = getelementptr i8, ptr %v39, i64 28
  %digit1 = load i32, ptr %f51, align 4
  %digit152 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit152, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit050, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f53 = getelementptr i8, ptr %v38, i64 16
  %size54 = load i64, ptr %f53, align 4
  %size255 = add i64 %size54, 2
  %compact56 = icmp ule i64 %size255, 4
  %f57 = getelementptr i8, ptr %v38, i64 24
  %digit058 = load i32, ptr %f57, align 4
  %digit059 = zext i32 %digit058 to i64
  %f60 = getelementptr i8, ptr %v38, i64 28
  %digit161 = load i32, ptr %f60, align 4
  %digit162 = zext i32 %digit161 to i64
  %negative63 = icmp slt i64 %size54, 0
  %neg_size64 = sub i64 0, %size54
  %ndigits65 = select i1 %negative63, i64 %neg_size64, i64 %size54
  %two66 = icmp eq i64 %ndigits65, 2
  %hi67 = shl i64 %digit162, 30
  %hi268 = select i1 %two66, i64 %hi67, i64 0
  %mag69 = add i64 %digit059, %hi268
  %zero70 = icmp eq i64 %size54, 0
  %mag071 = select i1 %zero70, i64 0, i64 %mag69
  %neg_mag72 = sub i64 0, %mag071
  %ival73 = select i1 %negative63, i64 %neg_mag72, i64 %mag071
  %compact74 = and i1 %compact, %compact56
  br i1 %compact74, label %int_fast, label %num_slow

float_check:                                      ; preds = %i4
  %f75 = getelementptr i8, ptr %v39, i64 8
  %p76 = load ptr, ptr %f75, align 8
  %f77 = getelementptr i8, ptr %v38, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %a79 = ptrtoint ptr %p76 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyFloat_Type to i64)
  %a81 = ptrtoint ptr %p78 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyFloat_Type to i64)
  %both83 = and i1 %eq80, %eq82
  br i1 %both83, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  br label %num_slow

float_fast:                                       ; preds = %float_check
  %f84 = getelementptr i8, ptr %v39, i64 16
  %fval = load double, ptr %f84, align 8
  %f85 = getelementptr i8, ptr %v38, i64 16
  %fval86 = load double, ptr %f85, align 8
  %nz = fcmp une double %fval86, 0.000000e+00
  br i1 %nz, label %fdiv, label %num_slow

fdiv:                                             ; preds = %float_fast
  %fdiv87 = fdiv double %fval, %fval86
  %c88 = call ptr @PyFloat_FromDouble(double %fdiv87)
  br label %num_done

dealloc93:                                        ; preds = %num_done
  call void @_Py_Dealloc(ptr %v39)
  br label %cont94

cont94:                                           ; preds = %dealloc93, %num_done
  %rc95 = load i64, ptr %v38, align 4
  %rc196 = sub i64 %rc95, 1
  store i64 %rc196, ptr %v38, align 4
  %dead97 = icmp eq i64 %rc196, 0
  br i1 %dead97, label %dealloc98, label %cont99

dealloc98:                                        ; preds = %cont94
  call void @_Py_Dealloc(ptr %v38)
  br label %cont99

cont99:                                           ; preds = %dealloc98, %cont94
  %isnull113 = icmp eq ptr %res, null
  br i1 %isnull113, label %unwind100, label %ok

unwind100:                                        ; preds = %cont99
  call void @rjit_traceback_here(ptr %0)
  %f101 = getelementptr i8, ptr %0, i64 56
  %p102 = load ptr, ptr %f101, align 8
  %f103 = getelementptr i8, ptr %p102, i64 0
  %use_tracing104 = load i8, ptr %f103, align 1
  %tracing105 = icmp ne i8 %use_tracing104, 0
  br i1 %tracing105, label %trace_exception106, label %unwind_compiled107

trace_exception106:                               ; preds = %unwind100
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled107

unwind_compiled107:                               ; preds = %trace_exception106, %unwind100
  %c108 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c108, ptr %s0, align 8
  br i1 %tracing105, label %deopt109, label %i7

deopt109:                                         ; preds = %unwind_compiled107
  %v110 = load ptr, ptr %s0, align 8
  %f111 = getelementptr i8, ptr %1, i64 80
  store ptr %v110, ptr %f111, align 8
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c112

ok:                                               ; preds = %cont99
  store ptr %res, ptr %s0, align 8
  br label %i6

ok132:                                            ; preds = %i7
  %f133 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f133, align 8
  store ptr %r, ptr %s0, align 8
  %f134 = getelementptr i8, ptr %1, i64 88
  %r135 = load ptr, ptr %f134, align 8
  store ptr %r135, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c186 = call ptr @rjit_load_global(ptr %1, ptr %p137, ptr %f138)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c186, %global_miss ]
  %isnull215 = icmp eq ptr %global, null
  br i1 %isnull215, label %unwind187, label %ok214

globals_dict:                                     ; preds = %i8
  %f147 = getelementptr i8, ptr %p142, i64 32
  %p148 = load ptr, ptr %f147, align 8
  %f149 = getelementptr i8, ptr %f138, i64 0
  %p150 = load ptr, ptr %f149, align 8
  %a151 = ptrtoint ptr %p148 to i64
  %b = ptrtoint ptr %p150 to i64
  %eq152 = icmp eq i64 %a151, %b
  br i1 %eq152, label %globals_keys, label %global_miss

globals_keys:                                     ; preds = %globals_dict
  %f153 = getelementptr i8, ptr %p148, i64 24
  %i = load i64, ptr %f153, align 4
  %f154 = getelementptr i8, ptr %f138, i64 8
  %i155 = load i64, ptr %f154, align 4
  %f156 = getelementptr i8, ptr %f138, i64 16
  %i157 = load i64, ptr %f156, align 4
  %from_globals = icmp eq i64 %i157, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f158 = getelementptr i8, ptr %f138, i64 24
  %i159 = load i64, ptr %f158, align 4
  %want_lib = lshr i64 %i159, 32
  %index = and i64 %i159, 4294967295
  %f160 = getelementptr i8, ptr %p148, i64 9
  %i161 = load i8, ptr %f160, align 1
  %lib = zext i8 %i161 to i64
  %f162 = getelementptr i8, ptr %p148, i64 10
  %i163 = load i8, ptr %f162, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i163, 0
  %ok164 = and i1 %same_lib, %within
  %ok165 = and i1 %ok164, %unicode
  br i1 %ok165, label %entry_valid, label %global_miss

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i155
  br i1 %same_n, label %no_new_globals, label %global_miss

entry_valid:                                      ; preds = %in_globals
  %entry166 = inttoptr i64 %i155 to ptr
  %f167 = getelementptr i8, ptr %entry166, i64 0
  %p168 = load ptr, ptr %f167, align 8
  %a169 = ptrtoint ptr %p168 to i64
  %b170 = ptrtoint ptr %p137 to i64
  %eq171 = icmp eq i64 %a169, %b170
  br i1 %eq171, label %entry_name, label %global_miss

entry_name:                                       ; preds = %entry_valid
  %f172 = getelementptr i8, ptr %entry166, i64 8
  %p173 = load ptr, ptr %f172, align 8
  %present = icmp ne ptr %p173, null
  br i1 %present, label %entry_value, label %global_miss

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p173, %entry_value ], [ %p183, %builtins_tag ]
  %rc184 = load i64, ptr %cached, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f174 = getelementptr i8, ptr %1, i64 16
  %p175 = load ptr, ptr %f174, align 8
  %f176 = getelementptr i8, ptr %p175, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %a178 = ptrtoint ptr %p177 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq179, label %builtins_dict, label %global_miss

builtins_dict:                                    ; preds = %no_new_globals
  %f180 = getelementptr i8, ptr %p175, i64 24
  %i181 = load i64, ptr %f180, align 4
  %bsame = icmp eq i64 %i157, %i181
  br i1 %bsame, label %builtins_tag, label %global_miss

builtins_tag:                                     ; preds = %builtins_dict
  %f182 = getelementptr i8, ptr %f138, i64 24
  %p183 = load ptr, ptr %f182, align 8
  br label %global_hit

unwind187:                                        ; preds = %global_done
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

ok214:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok224:                                            ; preds = %i14
  %f252 = getelementptr i8, ptr %1, i64 88
  %r253 = load ptr, ptr %f252, align 8
  store ptr %r253, ptr %s1, align 8
  %f254 = getelementptr i8, ptr %1, i64 96
  %r255 = load ptr, ptr %f254, align 8
  store ptr %r255, ptr %s2, align 8
  br label %i15

unwind225:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f226 = getelementptr i8, ptr %0, i64 56
  %p227 = load ptr, ptr %f226, align 8
  %f228 = getelementptr i8, ptr %p227, i64 0
  %use_tracing229 = load i8, ptr %f228, align 1
  %tracing230 = icmp ne i8 %use_tracing229, 0
  br i1 %tracing230, label %trace_exception231, label %unwind_compiled232

trace_exception231:                               ; preds = %unwind225
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled232

unwind_compiled232:                               ; preds = %trace_exception231, %unwind225
  %v233 = load ptr, ptr %s1, align 8
  %isnull234 = icmp eq ptr %v233, null
  br i1 %isnull234, label %cont236, label %xdec235

xdec235:                                          ; preds = %unwind_compiled232
  %rc237 = load i64, ptr %v233, align 4
  %rc1238 = sub i64 %rc237, 1
  store i64 %rc1238, ptr %v233, align 4
  %dead239 = icmp eq i64 %rc1238, 0
  br i1 %dead239, label %dealloc240, label %cont241

cont236:                                          ; preds = %cont241, %unwind_compiled232
  %c242 = call ptr @rjit_lasti(ptr %1)
  store ptr %c242, ptr %s1, align 8
  %c243 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c243, ptr %s2, align 8
  br i1 %tracing230, label %deopt244, label %i21

dealloc240:                                       ; preds = %xdec235
  call void @_Py_Dealloc(ptr %v233)
  br label %cont241

cont241:                                          ; preds = %dealloc240, %xdec235
  br label %cont236

deopt244:                                         ; preds = %cont236
  %v245 = load ptr, ptr %s0, align 8
  %f246 = getelementptr i8, ptr %1, i64 80
  store ptr %v245, ptr %f246, align 8
  %v247 = load ptr, ptr %s1, align 8
  %f248 = getelementptr i8, ptr %1, i64 88
  store ptr %v247, ptr %f248, align 8
  %v249 = load ptr, ptr %s2, align 8
  %f250 = getelementptr i8, ptr %1, i64 96
  store ptr %v249, ptr %f250, align 8
  %c251 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c251

chk_false:                                        ; preds = %i15
  %a259 = ptrtoint ptr %v256 to i64
  %eq260 = icmp eq i64 %a259, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq260, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc261 = load i64, ptr %v256, align 4
  %rc1262 = sub i64 %rc261, 1
  store i64 %rc1262, ptr %v256, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f263 = getelementptr i8, ptr %f1, i64 30
  %f264 = getelementptr i8, ptr %1, i64 56
  store ptr %f263, ptr %f264, align 8
  %c265 = call i32 @PyObject_IsTrue(ptr %v256)
  %rc266 = load i64, ptr %v256, align 4
  %rc1267 = sub i64 %rc266, 1
  store i64 %rc1267, ptr %v256, align 4
  %dead268 = icmp eq i64 %rc1267, 0
  br i1 %dead268, label %dealloc269, label %cont270

truth:                                            ; preds = %ok298, %fast_bool
  %t = phi i1 [ %eq258, %fast_bool ], [ %truthy, %ok298 ]
  br i1 %t, label %i16, label %i20

dealloc269:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v256)
  br label %cont270

cont270:                                          ; preds = %dealloc269, %is_true
  %neg = icmp slt i32 %c265, 0
  br i1 %neg, label %unwind271, label %ok298

unwind271:                                        ; preds = %cont270
  call void @rjit_traceback_here(ptr %0)
  %f272 = getelementptr i8, ptr %0, i64 56
  %p273 = load ptr, ptr %f272, align 8
  %f274 = getelementptr i8, ptr %p273, i64 0
  %use_tracing275 = load i8, ptr %f274, align 1
  %tracing276 = icmp ne i8 %use_tracing275, 0
  br i1 %tracing276, label %trace_exception277, label %unwind_compiled278

trace_exception277:                               ; preds = %unwind271
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled278

unwind_compiled278:                               ; preds = %trace_exception277, %unwind271
  %v279 = load ptr, ptr %s1, align 8
  %isnull280 = icmp eq ptr %v279, null
  br i1 %isnull280, label %cont282, label %xdec281

xdec281:                                          ; preds = %unwind_compiled278
  %rc283 = load i64, ptr %v279, align 4
  %rc1284 = sub i64 %rc283, 1
  store i64 %rc1284, ptr %v279, align 4
  %dead285 = icmp eq i64 %rc1284, 0
  br i1 %dead285, label %dealloc286, label %cont287

cont282:                                          ; preds = %cont287, %unwind_compiled278
  %c288 = call ptr @rjit_lasti(ptr %1)
  store ptr %c288, ptr %s1, align 8
  %c289 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c289, ptr %s2, align 8
  br i1 %tracing276, label %deopt290, label %i21

dealloc286:                                       ; preds = %xdec281
  call void @_Py_Dealloc(ptr %v279)
  br label %cont287

cont287:                                          ; preds = %dealloc286, %xdec281
  br label %cont282

deopt290:                                         ; preds = %cont282
  %v291 = load ptr, ptr %s0, align 8
  %f292 = getelementptr i8, ptr %1, i64 80
  store ptr %v291, ptr %f292, align 8
  %v293 = load ptr, ptr %s1, align 8
  %f294 = getelementptr i8, ptr %1, i64 88
  store ptr %v293, ptr %f294, align 8
  %v295 = load ptr, ptr %s2, align 8
  %f296 = getelementptr i8, ptr %1, i64 96
  store ptr %v295, ptr %f296, align 8
  %c297 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c297

ok298:                                            ; preds = %cont270
  %truthy = icmp ne i32 %c265, 0
  br label %truth

xdec303:                                          ; preds = %i16
  %rc305 = load i64, ptr %v299, align 4
  %rc1306 = sub i64 %rc305, 1
  store i64 %rc1306, ptr %v299, align 4
  %dead307 = icmp eq i64 %rc1306, 0
  br i1 %dead307, label %dealloc308, label %cont309

cont304:                                          ; preds = %cont309, %i16
  br label %i17

dealloc308:                                       ; preds = %xdec303
  call void @_Py_Dealloc(ptr %v299)
  br label %cont309

cont309:                                          ; preds = %dealloc308, %xdec303
  br label %cont304

ok316:                                            ; preds = %i17
  br label %i18

ok339:                                            ; preds = %not_error
  unreachable

unwind340:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f341 = getelementptr i8, ptr %0, i64 56
  %p342 = load ptr, ptr %f341, align 8
  %f343 = getelementptr i8, ptr %p342, i64 0
  %use_tracing344 = load i8, ptr %f343, align 1
  %tracing345 = icmp ne i8 %use_tracing344, 0
  br i1 %tracing345, label %trace_exception346, label %unwind_compiled347

trace_exception346:                               ; preds = %unwind340
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled347

unwind_compiled347:                               ; preds = %trace_exception346, %unwind340
  %c348 = call ptr @rjit_lasti(ptr %1)
  store ptr %c348, ptr %s1, align 8
  %c349 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c349, ptr %s2, align 8
  br i1 %tracing345, label %deopt350, label %i21

deopt350:                                         ; preds = %unwind_compiled347
  %v351 = load ptr, ptr %s0, align 8
  %f352 = getelementptr i8, ptr %1, i64 80
  store ptr %v351, ptr %f352, align 8
  %v353 = load ptr, ptr %s1, align 8
  %f354 = getelementptr i8, ptr %1, i64 88
  store ptr %v353, ptr %f354, align 8
  %v355 = load ptr, ptr %s2, align 8
  %f356 = getelementptr i8, ptr %1, i64 96
  store ptr %v355, ptr %f356, align 8
  %c357 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c357

unwind359:                                        ; preds = %not_error
  %c360 = call ptr @rjit_lasti(ptr %1)
  store ptr %c360, ptr %s1, align 8
  %c361 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c361, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c338, 0
  br i1 %reraise, label %unwind359, label %ok339

ok371:                                            ; preds = %i22
  br label %i23

deopt372:                                         ; preds = %i23
  %v373 = load ptr, ptr %s0, align 8
  %f374 = getelementptr i8, ptr %1, i64 80
  store ptr %v373, ptr %f374, align 8
  %v375 = load ptr, ptr %s1, align 8
  %f376 = getelementptr i8, ptr %1, i64 88
  store ptr %v375, ptr %f376, align 8
  %v377 = load ptr, ptr %s2, align 8
  %f378 = getelementptr i8, ptr %1, i64 96
  store ptr %v377, ptr %f378, align 8
  %c379 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c379

not_tracing:                                      ; preds = %i23
  %v385 = load ptr, ptr %s1, align 8
  %f386 = getelementptr i8, ptr %1, i64 88
  store ptr %v385, ptr %f386, align 8
  %v387 = load ptr, ptr %s2, align 8
  %f388 = getelementptr i8, ptr %1, i64 96
  store ptr %v387, ptr %f388, align 8
  %f389 = getelementptr i8, ptr %f1, i64 46
  %f390 = getelementptr i8, ptr %1, i64 56
  store ptr %f389, ptr %f390, align 8
  %f391 = getelementptr i8, ptr %1, i64 88
  %c392 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f391, i32 1)
  %failed400 = icmp slt i32 %c392, 0
  br i1 %failed400, label %error394, label %not_error407

ok393:                                            ; preds = %not_error407
  unreachable

error394:                                         ; preds = %not_tracing
  %v395 = load ptr, ptr %s0, align 8
  %f396 = getelementptr i8, ptr %1, i64 80
  store ptr %v395, ptr %f396, align 8
  %v397 = load ptr, ptr %s1, align 8
  %f398 = getelementptr i8, ptr %1, i64 88
  store ptr %v397, ptr %f398, align 8
  %c399 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c399

error401:                                         ; preds = %not_error407
  %v402 = load ptr, ptr %s0, align 8
  %f403 = getelementptr i8, ptr %1, i64 80
  store ptr %v402, ptr %f403, align 8
  %v404 = load ptr, ptr %s1, align 8
  %f405 = getelementptr i8, ptr %1, i64 88
  store ptr %v404, ptr %f405, align 8
  %c406 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c406

not_error407:                                     ; preds = %not_tracing
  %reraise408 = icmp sgt i32 %c392, 0
  br i1 %reraise408, label %error401, label %ok393
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
