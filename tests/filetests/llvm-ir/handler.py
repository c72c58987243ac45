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
  %v225 = load ptr, ptr %s0, align 8
  %f226 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f226, align 4
  %f227 = getelementptr i8, ptr %f1, i64 12
  %f228 = getelementptr i8, ptr %1, i64 56
  store ptr %f227, ptr %f228, align 8
  %f229 = getelementptr i8, ptr %0, i64 56
  %p230 = load ptr, ptr %f229, align 8
  %f231 = getelementptr i8, ptr %1, i64 48
  %p232 = load ptr, ptr %f231, align 8
  %f233 = getelementptr i8, ptr %p230, i64 8
  store ptr %p232, ptr %f233, align 8
  %f234 = getelementptr i8, ptr %0, i64 32
  %rem235 = load i32, ptr %f234, align 4
  %rem1236 = add i32 %rem235, 1
  store i32 %rem1236, ptr %f234, align 4
  ret ptr %v225

i7:                                               ; preds = %unwind_compiled218, %cont27
  %v237 = load ptr, ptr %s0, align 8
  %f238 = getelementptr i8, ptr %1, i64 80
  store ptr %v237, ptr %f238, align 8
  %f239 = getelementptr i8, ptr %f1, i64 14
  %f240 = getelementptr i8, ptr %1, i64 56
  store ptr %f239, ptr %f240, align 8
  %f241 = getelementptr i8, ptr %1, i64 80
  %c242 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f241, i32 0)
  br label %ok243

i8:                                               ; preds = %ok243
  %f247 = getelementptr i8, ptr %2, i64 16
  %p248 = load ptr, ptr %f247, align 8
  %f249 = getelementptr i8, ptr %p3, i64 0
  %f250 = getelementptr i8, ptr %f1, i64 16
  %f251 = getelementptr i8, ptr %1, i64 56
  store ptr %f250, ptr %f251, align 8
  %f252 = getelementptr i8, ptr %1, i64 8
  %p253 = load ptr, ptr %f252, align 8
  %f254 = getelementptr i8, ptr %p253, i64 8
  %p255 = load ptr, ptr %f254, align 8
  %a256 = ptrtoint ptr %p255 to i64
  %eq257 = icmp eq i64 %a256, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq257, label %globals_dict, label %global_miss, !prof !1

i14:                                              ; preds = %ok325
  %v327 = load ptr, ptr %s1, align 8
  %f328 = getelementptr i8, ptr %1, i64 88
  store ptr %v327, ptr %f328, align 8
  %v329 = load ptr, ptr %s2, align 8
  %f330 = getelementptr i8, ptr %1, i64 96
  store ptr %v329, ptr %f330, align 8
  %f331 = getelementptr i8, ptr %f1, i64 28
  %f332 = getelementptr i8, ptr %1, i64 56
  store ptr %f331, ptr %f332, align 8
  %f333 = getelementptr i8, ptr %1, i64 88
  %c334 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f333, i32 0)
  %failed = icmp slt i32 %c334, 0
  br i1 %failed, label %unwind336, label %ok335

i15:                                              ; preds = %ok335
  %v367 = load ptr, ptr %s2, align 8
  %a368 = ptrtoint ptr %v367 to i64
  %eq369 = icmp eq i64 %a368, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq369, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v410 = load ptr, ptr %s1, align 8
  %f411 = getelementptr i8, ptr %f1, i64 32
  %f412 = getelementptr i8, ptr %1, i64 56
  store ptr %f411, ptr %f412, align 8
  %isnull413 = icmp eq ptr %v410, null
  br i1 %isnull413, label %cont415, label %xdec414

i17:                                              ; preds = %cont415
  %v421 = load ptr, ptr %s0, align 8
  %f422 = getelementptr i8, ptr %1, i64 80
  store ptr %v421, ptr %f422, align 8
  %f423 = getelementptr i8, ptr %f1, i64 34
  %f424 = getelementptr i8, ptr %1, i64 56
  store ptr %f423, ptr %f424, align 8
  %f425 = getelementptr i8, ptr %1, i64 80
  %c426 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f425, i32 0)
  br label %ok427

i18:                                              ; preds = %ok427
  %f428 = getelementptr i8, ptr %2, i64 0
  %p429 = load ptr, ptr %f428, align 8
  %rc430 = load i64, ptr %p429, align 4
  %rc1431 = add i64 %rc430, 1
  store i64 %rc1431, ptr %p429, align 4
  store ptr %p429, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v432 = load ptr, ptr %s0, align 8
  %f433 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f433, align 4
  %f434 = getelementptr i8, ptr %f1, i64 38
  %f435 = getelementptr i8, ptr %1, i64 56
  store ptr %f434, ptr %f435, align 8
  %f436 = getelementptr i8, ptr %0, i64 56
  %p437 = load ptr, ptr %f436, align 8
  %f438 = getelementptr i8, ptr %1, i64 48
  %p439 = load ptr, ptr %f438, align 8
  %f440 = getelementptr i8, ptr %p437, i64 8
  store ptr %p439, ptr %f440, align 8
  %f441 = getelementptr i8, ptr %0, i64 32
  %rem442 = load i32, ptr %f441, align 4
  %rem1443 = add i32 %rem442, 1
  store i32 %rem1443, ptr %f441, align 4
  ret ptr %v432

i20:                                              ; preds = %truth
  %v444 = load ptr, ptr %s1, align 8
  %f445 = getelementptr i8, ptr %1, i64 88
  store ptr %v444, ptr %f445, align 8
  %f446 = getelementptr i8, ptr %f1, i64 40
  %f447 = getelementptr i8, ptr %1, i64 56
  store ptr %f446, ptr %f447, align 8
  %f448 = getelementptr i8, ptr %1, i64 88
  %c449 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f448, i32 0)
  %failed469 = icmp slt i32 %c449, 0
  br i1 %failed469, label %unwind451, label %not_error

i21:                                              ; preds = %unwind470, %unwind_compiled458, %cont393, %cont347, %cont309
  %v473 = load ptr, ptr %s0, align 8
  %rc474 = load i64, ptr %v473, align 4
  %rc1475 = add i64 %rc474, 1
  store i64 %rc1475, ptr %v473, align 4
  store ptr %v473, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v476 = load ptr, ptr %s3, align 8
  %f477 = getelementptr i8, ptr %1, i64 104
  store ptr %v476, ptr %f477, align 8
  %f478 = getelementptr i8, ptr %f1, i64 44
  %f479 = getelementptr i8, ptr %1, i64 56
  store ptr %f478, ptr %f479, align 8
  %f480 = getelementptr i8, ptr %1, i64 104
  %c481 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f480, i32 0)
  br label %ok482

i23:                                              ; preds = %ok482
  %f491 = getelementptr i8, ptr %0, i64 56
  %p492 = load ptr, ptr %f491, align 8
  %f493 = getelementptr i8, ptr %p492, i64 0
  %use_tracing494 = load i8, ptr %f493, align 1
  %tracing495 = icmp ne i8 %use_tracing494, 0
  br i1 %tracing495, label %deopt483, label %not_tracing

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

num_done:                                         ; preds = %num_slow, %fbox_done173, %fbox_done
  %res = phi ptr [ %fbox, %fbox_done ], [ %fbox199, %fbox_done173 ], [ %c200, %num_slow ]
  %rc201 = load i64, ptr %v39, align 4
  %rc1202 = sub i64 %rc201, 1
  store i64 %rc1202, ptr %v39, align 4
  %dead203 = icmp eq i64 %rc1202, 0
  br i1 %dead203, label %dealloc204, label %cont205

num_slow:                                         ; preds = %mixed_next143, %mixed_fast166, %mixed142, %mixed_fast, %mixed, %float_fast, %divisor_ok, %int_fast, %int_test
  %c200 = call ptr @PyNumber_TrueDivide(ptr %v39, ptr %v38)
  br label %num_done

float_result:                                     ; preds = %fdiv171, %fdiv140, %itruediv
  %fres = phi double [ %q, %itruediv ], [ %fdiv141, %fdiv140 ], [ %fdiv172, %fdiv171 ]
  %rc174 = load i64, ptr %v39, align 4
  %only175 = icmp eq i64 %rc174, 1
  %f176 = getelementptr i8, ptr %v39, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %a178 = ptrtoint ptr %p177 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only175, %eq179
  br i1 %only_float, label %fbox_operand180, label %fbox_next181

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
  br i1 %compact74, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i4
  %f78 = getelementptr i8, ptr %v39, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %f80 = getelementptr i8, ptr %v38, i64 8
  %p81 = load ptr, ptr %f80, align 8
  %a82 = ptrtoint ptr %p79 to i64
  %eq83 = icmp eq i64 %a82, ptrtoint (ptr @PyFloat_Type to i64)
  %a84 = ptrtoint ptr %p81 to i64
  %eq85 = icmp eq i64 %a84, ptrtoint (ptr @PyFloat_Type to i64)
  %both86 = and i1 %eq83, %eq85
  br i1 %both86, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %nz = icmp ne i64 %ival73, 0
  br i1 %nz, label %divisor_ok, label %num_slow, !prof !1

divisor_ok:                                       ; preds = %int_fast
  %bias = add i64 %ival, 9007199254740992
  %exact = icmp ule i64 %bias, 18014398509481984
  %bias75 = add i64 %ival73, 9007199254740992
  %exact76 = icmp ule i64 %bias75, 18014398509481984
  %exact77 = and i1 %exact, %exact76
  br i1 %exact77, label %itruediv, label %num_slow, !prof !1

itruediv:                                         ; preds = %divisor_ok
  %fx = sitofp i64 %ival to double
  %fy = sitofp i64 %ival73 to double
  %q = fdiv double %fx, %fy
  br label %float_result

float_fast:                                       ; preds = %float_check
  %f87 = getelementptr i8, ptr %v39, i64 16
  %fval = load double, ptr %f87, align 8
  %f88 = getelementptr i8, ptr %v38, i64 16
  %fval89 = load double, ptr %f88, align 8
  %nz90 = fcmp une double %fval89, 0.000000e+00
  br i1 %nz90, label %fdiv, label %num_slow

mixed_check:                                      ; preds = %float_check
  %f104 = getelementptr i8, ptr %v39, i64 8
  %p105 = load ptr, ptr %f104, align 8
  %a106 = ptrtoint ptr %p105 to i64
  %eq107 = icmp eq i64 %a106, ptrtoint (ptr @PyFloat_Type to i64)
  %a108 = ptrtoint ptr %p105 to i64
  %eq109 = icmp eq i64 %a108, ptrtoint (ptr @PyLong_Type to i64)
  %f110 = getelementptr i8, ptr %v38, i64 8
  %p111 = load ptr, ptr %f110, align 8
  %a112 = ptrtoint ptr %p111 to i64
  %eq113 = icmp eq i64 %a112, ptrtoint (ptr @PyFloat_Type to i64)
  %a114 = ptrtoint ptr %p111 to i64
  %eq115 = icmp eq i64 %a114, ptrtoint (ptr @PyLong_Type to i64)
  %mix = and i1 %eq107, %eq115
  br i1 %mix, label %mixed, label %mixed_next

fdiv:                                             ; preds = %float_fast
  %fdiv91 = fdiv double %fval, %fval89
  %rc92 = load i64, ptr %v39, align 4
  %only = icmp eq i64 %rc92, 1
  br i1 %only, label %fbox_operand, label %fbox_next

fbox_done:                                        ; preds = %fbox_next99, %fbox_operand98, %fbox_operand
  %fbox = phi ptr [ %v39, %fbox_operand ], [ %v38, %fbox_operand98 ], [ %c103, %fbox_next99 ]
  br label %num_done

fbox_operand:                                     ; preds = %fdiv
  %f93 = getelementptr i8, ptr %v39, i64 16
  store double %fdiv91, ptr %f93, align 8
  %rc94 = load i64, ptr %v39, align 4
  %rc195 = add i64 %rc94, 1
  store i64 %rc195, ptr %v39, align 4
  br label %fbox_done

fbox_next:                                        ; preds = %fdiv
  %rc96 = load i64, ptr %v38, align 4
  %only97 = icmp eq i64 %rc96, 1
  br i1 %only97, label %fbox_operand98, label %fbox_next99

fbox_operand98:                                   ; preds = %fbox_next
  %f100 = getelementptr i8, ptr %v38, i64 16
  store double %fdiv91, ptr %f100, align 8
  %rc101 = load i64, ptr %v38, align 4
  %rc1102 = add i64 %rc101, 1
  store i64 %rc1102, ptr %v38, align 4
  br label %fbox_done

fbox_next99:                                      ; preds = %fbox_next
  %c103 = call ptr @PyFloat_FromDouble(double %fdiv91)
  br label %fbox_done

mixed:                                            ; preds = %mixed_check
  %f116 = getelementptr i8, ptr %v38, i64 16
  %size117 = load i64, ptr %f116, align 4
  %size2118 = add i64 %size117, 2
  %compact119 = icmp ule i64 %size2118, 4
  %f120 = getelementptr i8, ptr %v38, i64 24
  %digit0121 = load i32, ptr %f120, align 4
  %digit0122 = zext i32 %digit0121 to i64
  %f123 = getelementptr i8, ptr %v38, i64 28
  %digit1124 = load i32, ptr %f123, align 4
  %digit1125 = zext i32 %digit1124 to i64
  %negative126 = icmp slt i64 %size117, 0
  %neg_size127 = sub i64 0, %size117
  %ndigits128 = select i1 %negative126, i64 %neg_size127, i64 %size117
  %two129 = icmp eq i64 %ndigits128, 2
  %hi130 = shl i64 %digit1125, 30
  %hi2131 = select i1 %two129, i64 %hi130, i64 0
  %mag132 = add i64 %digit0122, %hi2131
  %zero133 = icmp eq i64 %size117, 0
  %mag0134 = select i1 %zero133, i64 0, i64 %mag132
  %neg_mag135 = sub i64 0, %mag0134
  %ival136 = select i1 %negative126, i64 %neg_mag135, i64 %mag0134
  br i1 %compact119, label %mixed_fast, label %num_slow, !prof !1

mixed_next:                                       ; preds = %mixed_check
  %mix144 = and i1 %eq109, %eq113
  br i1 %mix144, label %mixed142, label %mixed_next143

mixed_fast:                                       ; preds = %mixed
  %itof = sitofp i64 %ival136 to double
  %f137 = getelementptr i8, ptr %v39, i64 16
  %fval138 = load double, ptr %f137, align 8
  %nz139 = fcmp une double %itof, 0.000000e+00
  br i1 %nz139, label %fdiv140, label %num_slow

fdiv140:                                          ; preds = %mixed_fast
  %fdiv141 = fdiv double %fval138, %itof
  br label %float_result

mixed142:                                         ; preds = %mixed_next
  %f145 = getelementptr i8, ptr %v39, i64 16
  %size146 = load i64, ptr %f145, align 4
  %size2147 = add i64 %size146, 2
  %compact148 = icmp ule i64 %size2147, 4
  %f149 = getelementptr i8, ptr %v39, i64 24
  %digit0150 = load i32, ptr %f149, align 4
  %digit0151 = zext i32 %digit0150 to i64
  %f152 = getelementptr i8, ptr %v39, i64 28
  %digit1153 = load i32, ptr %f152, align 4
  %digit1154 = zext i32 %digit1153 to i64
  %negative155 = icmp slt i64 %size146, 0
  %neg_size156 = sub i64 0, %size146
  %ndigits157 = select i1 %negative155, i64 %neg_size156, i64 %size146
  %two158 = icmp eq i64 %ndigits157, 2
  %hi159 = shl i64 %digit1154, 30
  %hi2160 = select i1 %two158, i64 %hi159, i64 0
  %mag161 = add i64 %digit0151, %hi2160
  %zero162 = icmp eq i64 %size146, 0
  %mag0163 = select i1 %zero162, i64 0, i64 %mag161
  %neg_mag164 = sub i64 0, %mag0163
  %ival165 = select i1 %negative155, i64 %neg_mag164, i64 %mag0163
  br i1 %compact148, label %mixed_fast166, label %num_slow, !prof !1

mixed_next143:                                    ; preds = %mixed_next
  br label %num_slow

mixed_fast166:                                    ; preds = %mixed142
  %itof167 = sitofp i64 %ival165 to double
  %f168 = getelementptr i8, ptr %v38, i64 16
  %fval169 = load double, ptr %f168, align 8
  %nz170 = fcmp une double %fval169, 0.000000e+00
  br i1 %nz170, label %fdiv171, label %num_slow

fdiv171:                                          ; preds = %mixed_fast166
  %fdiv172 = fdiv double %itof167, %fval169
  br label %float_result

fbox_done173:                                     ; preds = %fbox_next193, %fbox_operand192, %fbox_operand180
  %fbox199 = phi ptr [ %v39, %fbox_operand180 ], [ %v38, %fbox_operand192 ], [ %c198, %fbox_next193 ]
  br label %num_done

fbox_operand180:                                  ; preds = %float_result
  %f182 = getelementptr i8, ptr %v39, i64 16
  store double %fres, ptr %f182, align 8
  %rc183 = load i64, ptr %v39, align 4
  %rc1184 = add i64 %rc183, 1
  store i64 %rc1184, ptr %v39, align 4
  br label %fbox_done173

fbox_next181:                                     ; preds = %float_result
  %rc185 = load i64, ptr %v38, align 4
  %only186 = icmp eq i64 %rc185, 1
  %f187 = getelementptr i8, ptr %v38, i64 8
  %p188 = load ptr, ptr %f187, align 8
  %a189 = ptrtoint ptr %p188 to i64
  %eq190 = icmp eq i64 %a189, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float191 = and i1 %only186, %eq190
  br i1 %only_float191, label %fbox_operand192, label %fbox_next193

fbox_operand192:                                  ; preds = %fbox_next181
  %f194 = getelementptr i8, ptr %v38, i64 16
  store double %fres, ptr %f194, align 8
  %rc196 = load i64, ptr %v38, align 4
  %rc1197 = add i64 %rc196, 1
  store i64 %rc1197, ptr %v38, align 4
  br label %fbox_done173

fbox_next193:                                     ; preds = %fbox_next181
  %c198 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done173

dealloc204:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v39)
  br label %cont205

cont205:                                          ; preds = %dealloc204, %num_done
  %rc206 = load i64, ptr %v38, align 4
  %rc1207 = sub i64 %rc206, 1
  store i64 %rc1207, ptr %v38, align 4
  %dead208 = icmp eq i64 %rc1207, 0
  br i1 %dead208, label %dealloc209, label %cont210

dealloc209:                                       ; preds = %cont205
  call void @_Py_Dealloc(ptr %v38)
  br label %cont210

cont210:                                          ; preds = %dealloc209, %cont205
  %isnull224 = icmp eq ptr %res, null
  br i1 %isnull224, label %unwind211, label %ok, !prof !0

unwind211:                                        ; preds = %cont210
  call void @rjit_traceback_here(ptr %0)
  %f212 = getelementptr i8, ptr %0, i64 56
  %p213 = load ptr, ptr %f212, align 8
  %f214 = getelementptr i8, ptr %p213, i64 0
  %use_tracing215 = load i8, ptr %f214, align 1
  %tracing216 = icmp ne i8 %use_tracing215, 0
  br i1 %tracing216, label %trace_exception217, label %unwind_compiled218

trace_exception217:                               ; preds = %unwind211
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled218

unwind_compiled218:                               ; preds = %trace_exception217, %unwind211
  %c219 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c219, ptr %s0, align 8
  br i1 %tracing216, label %deopt220, label %i7

deopt220:                                         ; preds = %unwind_compiled218
  %v221 = load ptr, ptr %s0, align 8
  %f222 = getelementptr i8, ptr %1, i64 80
  store ptr %v221, ptr %f222, align 8
  %c223 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c223

ok:                                               ; preds = %cont210
  store ptr %res, ptr %s0, align 8
  br label %i6

ok243:                                            ; preds = %i7
  %f244 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f244, align 8
  store ptr %r, ptr %s0, align 8
  %f245 = getelementptr i8, ptr %1, i64 88
  %r246 = load ptr, ptr %f245, align 8
  store ptr %r246, ptr %s1, align 8
  br label %i8

global_miss:                                      ; preds = %builtins_dict, %no_new_globals, %in_builtins, %entry_name, %entry_valid, %in_globals, %globals_dict, %i8
  %c297 = call ptr @rjit_load_global(ptr %1, ptr %p248, ptr %f249)
  br label %global_done

global_done:                                      ; preds = %global_miss, %global_hit
  %global = phi ptr [ %cached, %global_hit ], [ %c297, %global_miss ]
  %isnull326 = icmp eq ptr %global, null
  br i1 %isnull326, label %unwind298, label %ok325, !prof !0

globals_dict:                                     ; preds = %i8
  %f258 = getelementptr i8, ptr %p253, i64 32
  %p259 = load ptr, ptr %f258, align 8
  %f260 = getelementptr i8, ptr %f249, i64 0
  %p261 = load ptr, ptr %f260, align 8
  %a262 = ptrtoint ptr %p259 to i64
  %b = ptrtoint ptr %p261 to i64
  %eq263 = icmp eq i64 %a262, %b
  br i1 %eq263, label %globals_keys, label %global_miss, !prof !1

globals_keys:                                     ; preds = %globals_dict
  %f264 = getelementptr i8, ptr %p259, i64 24
  %i = load i64, ptr %f264, align 4
  %f265 = getelementptr i8, ptr %f249, i64 8
  %i266 = load i64, ptr %f265, align 4
  %f267 = getelementptr i8, ptr %f249, i64 16
  %i268 = load i64, ptr %f267, align 4
  %from_globals = icmp eq i64 %i268, 0
  br i1 %from_globals, label %in_globals, label %in_builtins

in_globals:                                       ; preds = %globals_keys
  %f269 = getelementptr i8, ptr %f249, i64 24
  %i270 = load i64, ptr %f269, align 4
  %want_lib = lshr i64 %i270, 32
  %index = and i64 %i270, 4294967295
  %f271 = getelementptr i8, ptr %p259, i64 9
  %i272 = load i8, ptr %f271, align 1
  %lib = zext i8 %i272 to i64
  %f273 = getelementptr i8, ptr %p259, i64 10
  %i274 = load i8, ptr %f273, align 1
  %same_lib = icmp eq i64 %lib, %want_lib
  %within = icmp ult i64 %index, %i
  %unicode = icmp ne i8 %i274, 0
  %ok275 = and i1 %same_lib, %within
  %ok276 = and i1 %ok275, %unicode
  br i1 %ok276, label %entry_valid, label %global_miss, !prof !1

in_builtins:                                      ; preds = %globals_keys
  %same_n = icmp eq i64 %i, %i266
  br i1 %same_n, label %no_new_globals, label %global_miss, !prof !1

entry_valid:                                      ; preds = %in_globals
  %entry277 = inttoptr i64 %i266 to ptr
  %f278 = getelementptr i8, ptr %entry277, i64 0
  %p279 = load ptr, ptr %f278, align 8
  %a280 = ptrtoint ptr %p279 to i64
  %b281 = ptrtoint ptr %p248 to i64
  %eq282 = icmp eq i64 %a280, %b281
  br i1 %eq282, label %entry_name, label %global_miss, !prof !1

entry_name:                                       ; preds = %entry_valid
  %f283 = getelementptr i8, ptr %entry277, i64 8
  %p284 = load ptr, ptr %f283, align 8
  %present = icmp ne ptr %p284, null
  br i1 %present, label %entry_value, label %global_miss, !prof !1

entry_value:                                      ; preds = %entry_name
  br label %global_hit

global_hit:                                       ; preds = %builtins_tag, %entry_value
  %cached = phi ptr [ %p284, %entry_value ], [ %p294, %builtins_tag ]
  %rc295 = load i64, ptr %cached, align 4
  %rc1296 = add i64 %rc295, 1
  store i64 %rc1296, ptr %cached, align 4
  br label %global_done

no_new_globals:                                   ; preds = %in_builtins
  %f285 = getelementptr i8, ptr %1, i64 16
  %p286 = load ptr, ptr %f285, align 8
  %f287 = getelementptr i8, ptr %p286, i64 8
  %p288 = load ptr, ptr %f287, align 8
  %a289 = ptrtoint ptr %p288 to i64
  %eq290 = icmp eq i64 %a289, ptrtoint (ptr @PyDict_Type to i64)
  br i1 %eq290, label %builtins_dict, label %global_miss, !prof !1

builtins_dict:                                    ; preds = %no_new_globals
  %f291 = getelementptr i8, ptr %p286, i64 24
  %i292 = load i64, ptr %f291, align 4
  %bsame = icmp eq i64 %i268, %i292
  br i1 %bsame, label %builtins_tag, label %global_miss, !prof !1

builtins_tag:                                     ; preds = %builtins_dict
  %f293 = getelementptr i8, ptr %f249, i64 24
  %p294 = load ptr, ptr %f293, align 8
  br label %global_hit

unwind298:                                        ; preds = %global_done
  call void @rjit_traceback_here(ptr %0)
  %f299 = getelementptr i8, ptr %0, i64 56
  %p300 = load ptr, ptr %f299, align 8
  %f301 = getelementptr i8, ptr %p300, i64 0
  %use_tracing302 = load i8, ptr %f301, align 1
  %tracing303 = icmp ne i8 %use_tracing302, 0
  br i1 %tracing303, label %trace_exception304, label %unwind_compiled305

trace_exception304:                               ; preds = %unwind298
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled305

unwind_compiled305:                               ; preds = %trace_exception304, %unwind298
  %v306 = load ptr, ptr %s1, align 8
  %isnull307 = icmp eq ptr %v306, null
  br i1 %isnull307, label %cont309, label %xdec308

xdec308:                                          ; preds = %unwind_compiled305
  %rc310 = load i64, ptr %v306, align 4
  %rc1311 = sub i64 %rc310, 1
  store i64 %rc1311, ptr %v306, align 4
  %dead312 = icmp eq i64 %rc1311, 0
  br i1 %dead312, label %dealloc313, label %cont314

cont309:                                          ; preds = %cont314, %unwind_compiled305
  %c315 = call ptr @rjit_lasti(ptr %1)
  store ptr %c315, ptr %s1, align 8
  %c316 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c316, ptr %s2, align 8
  br i1 %tracing303, label %deopt317, label %i21

dealloc313:                                       ; preds = %xdec308
  call void @_Py_Dealloc(ptr %v306)
  br label %cont314

cont314:                                          ; preds = %dealloc313, %xdec308
  br label %cont309

deopt317:                                         ; preds = %cont309
  %v318 = load ptr, ptr %s0, align 8
  %f319 = getelementptr i8, ptr %1, i64 80
  store ptr %v318, ptr %f319, align 8
  %v320 = load ptr, ptr %s1, align 8
  %f321 = getelementptr i8, ptr %1, i64 88
  store ptr %v320, ptr %f321, align 8
  %v322 = load ptr, ptr %s2, align 8
  %f323 = getelementptr i8, ptr %1, i64 96
  store ptr %v322, ptr %f323, align 8
  %c324 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c324

ok325:                                            ; preds = %global_done
  store ptr %global, ptr %s2, align 8
  br label %i14

ok335:                                            ; preds = %i14
  %f363 = getelementptr i8, ptr %1, i64 88
  %r364 = load ptr, ptr %f363, align 8
  store ptr %r364, ptr %s1, align 8
  %f365 = getelementptr i8, ptr %1, i64 96
  %r366 = load ptr, ptr %f365, align 8
  store ptr %r366, ptr %s2, align 8
  br label %i15

unwind336:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f337 = getelementptr i8, ptr %0, i64 56
  %p338 = load ptr, ptr %f337, align 8
  %f339 = getelementptr i8, ptr %p338, i64 0
  %use_tracing340 = load i8, ptr %f339, align 1
  %tracing341 = icmp ne i8 %use_tracing340, 0
  br i1 %tracing341, label %trace_exception342, label %unwind_compiled343

trace_exception342:                               ; preds = %unwind336
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled343

unwind_compiled343:                               ; preds = %trace_exception342, %unwind336
  %v344 = load ptr, ptr %s1, align 8
  %isnull345 = icmp eq ptr %v344, null
  br i1 %isnull345, label %cont347, label %xdec346

xdec346:                                          ; preds = %unwind_compiled343
  %rc348 = load i64, ptr %v344, align 4
  %rc1349 = sub i64 %rc348, 1
  store i64 %rc1349, ptr %v344, align 4
  %dead350 = icmp eq i64 %rc1349, 0
  br i1 %dead350, label %dealloc351, label %cont352

cont347:                                          ; preds = %cont352, %unwind_compiled343
  %c353 = call ptr @rjit_lasti(ptr %1)
  store ptr %c353, ptr %s1, align 8
  %c354 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c354, ptr %s2, align 8
  br i1 %tracing341, label %deopt355, label %i21

dealloc351:                                       ; preds = %xdec346
  call void @_Py_Dealloc(ptr %v344)
  br label %cont352

cont352:                                          ; preds = %dealloc351, %xdec346
  br label %cont347

deopt355:                                         ; preds = %cont347
  %v356 = load ptr, ptr %s0, align 8
  %f357 = getelementptr i8, ptr %1, i64 80
  store ptr %v356, ptr %f357, align 8
  %v358 = load ptr, ptr %s1, align 8
  %f359 = getelementptr i8, ptr %1, i64 88
  store ptr %v358, ptr %f359, align 8
  %v360 = load ptr, ptr %s2, align 8
  %f361 = getelementptr i8, ptr %1, i64 96
  store ptr %v360, ptr %f361, align 8
  %c362 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c362

chk_false:                                        ; preds = %i15
  %a370 = ptrtoint ptr %v367 to i64
  %eq371 = icmp eq i64 %a370, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq371, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc372 = load i64, ptr %v367, align 4
  %rc1373 = sub i64 %rc372, 1
  store i64 %rc1373, ptr %v367, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f374 = getelementptr i8, ptr %f1, i64 30
  %f375 = getelementptr i8, ptr %1, i64 56
  store ptr %f374, ptr %f375, align 8
  %c376 = call i32 @PyObject_IsTrue(ptr %v367)
  %rc377 = load i64, ptr %v367, align 4
  %rc1378 = sub i64 %rc377, 1
  store i64 %rc1378, ptr %v367, align 4
  %dead379 = icmp eq i64 %rc1378, 0
  br i1 %dead379, label %dealloc380, label %cont381

truth:                                            ; preds = %ok409, %fast_bool
  %t = phi i1 [ %eq369, %fast_bool ], [ %truthy, %ok409 ]
  br i1 %t, label %i16, label %i20

dealloc380:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v367)
  br label %cont381

cont381:                                          ; preds = %dealloc380, %is_true
  %neg = icmp slt i32 %c376, 0
  br i1 %neg, label %unwind382, label %ok409, !prof !0

unwind382:                                        ; preds = %cont381
  call void @rjit_traceback_here(ptr %0)
  %f383 = getelementptr i8, ptr %0, i64 56
  %p384 = load ptr, ptr %f383, align 8
  %f385 = getelementptr i8, ptr %p384, i64 0
  %use_tracing386 = load i8, ptr %f385, align 1
  %tracing387 = icmp ne i8 %use_tracing386, 0
  br i1 %tracing387, label %trace_exception388, label %unwind_compiled389

trace_exception388:                               ; preds = %unwind382
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled389

unwind_compiled389:                               ; preds = %trace_exception388, %unwind382
  %v390 = load ptr, ptr %s1, align 8
  %isnull391 = icmp eq ptr %v390, null
  br i1 %isnull391, label %cont393, label %xdec392

xdec392:                                          ; preds = %unwind_compiled389
  %rc394 = load i64, ptr %v390, align 4
  %rc1395 = sub i64 %rc394, 1
  store i64 %rc1395, ptr %v390, align 4
  %dead396 = icmp eq i64 %rc1395, 0
  br i1 %dead396, label %dealloc397, label %cont398

cont393:                                          ; preds = %cont398, %unwind_compiled389
  %c399 = call ptr @rjit_lasti(ptr %1)
  store ptr %c399, ptr %s1, align 8
  %c400 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c400, ptr %s2, align 8
  br i1 %tracing387, label %deopt401, label %i21

dealloc397:                                       ; preds = %xdec392
  call void @_Py_Dealloc(ptr %v390)
  br label %cont398

cont398:                                          ; preds = %dealloc397, %xdec392
  br label %cont393

deopt401:                                         ; preds = %cont393
  %v402 = load ptr, ptr %s0, align 8
  %f403 = getelementptr i8, ptr %1, i64 80
  store ptr %v402, ptr %f403, align 8
  %v404 = load ptr, ptr %s1, align 8
  %f405 = getelementptr i8, ptr %1, i64 88
  store ptr %v404, ptr %f405, align 8
  %v406 = load ptr, ptr %s2, align 8
  %f407 = getelementptr i8, ptr %1, i64 96
  store ptr %v406, ptr %f407, align 8
  %c408 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c408

ok409:                                            ; preds = %cont381
  %truthy = icmp ne i32 %c376, 0
  br label %truth

xdec414:                                          ; preds = %i16
  %rc416 = load i64, ptr %v410, align 4
  %rc1417 = sub i64 %rc416, 1
  store i64 %rc1417, ptr %v410, align 4
  %dead418 = icmp eq i64 %rc1417, 0
  br i1 %dead418, label %dealloc419, label %cont420

cont415:                                          ; preds = %cont420, %i16
  br label %i17

dealloc419:                                       ; preds = %xdec414
  call void @_Py_Dealloc(ptr %v410)
  br label %cont420

cont420:                                          ; preds = %dealloc419, %xdec414
  br label %cont415

ok427:                                            ; preds = %i17
  br label %i18

ok450:                                            ; preds = %not_error
  unreachable

unwind451:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f452 = getelementptr i8, ptr %0, i64 56
  %p453 = load ptr, ptr %f452, align 8
  %f454 = getelementptr i8, ptr %p453, i64 0
  %use_tracing455 = load i8, ptr %f454, align 1
  %tracing456 = icmp ne i8 %use_tracing455, 0
  br i1 %tracing456, label %trace_exception457, label %unwind_compiled458

trace_exception457:                               ; preds = %unwind451
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled458

unwind_compiled458:                               ; preds = %trace_exception457, %unwind451
  %c459 = call ptr @rjit_lasti(ptr %1)
  store ptr %c459, ptr %s1, align 8
  %c460 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c460, ptr %s2, align 8
  br i1 %tracing456, label %deopt461, label %i21

deopt461:                                         ; preds = %unwind_compiled458
  %v462 = load ptr, ptr %s0, align 8
  %f463 = getelementptr i8, ptr %1, i64 80
  store ptr %v462, ptr %f463, align 8
  %v464 = load ptr, ptr %s1, align 8
  %f465 = getelementptr i8, ptr %1, i64 88
  store ptr %v464, ptr %f465, align 8
  %v466 = load ptr, ptr %s2, align 8
  %f467 = getelementptr i8, ptr %1, i64 96
  store ptr %v466, ptr %f467, align 8
  %c468 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c468

unwind470:                                        ; preds = %not_error
  %c471 = call ptr @rjit_lasti(ptr %1)
  store ptr %c471, ptr %s1, align 8
  %c472 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c472, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c449, 0
  br i1 %reraise, label %unwind470, label %ok450

ok482:                                            ; preds = %i22
  br label %i23

deopt483:                                         ; preds = %i23
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

not_tracing:                                      ; preds = %i23
  %v496 = load ptr, ptr %s1, align 8
  %f497 = getelementptr i8, ptr %1, i64 88
  store ptr %v496, ptr %f497, align 8
  %v498 = load ptr, ptr %s2, align 8
  %f499 = getelementptr i8, ptr %1, i64 96
  store ptr %v498, ptr %f499, align 8
  %f500 = getelementptr i8, ptr %f1, i64 46
  %f501 = getelementptr i8, ptr %1, i64 56
  store ptr %f500, ptr %f501, align 8
  %f502 = getelementptr i8, ptr %1, i64 88
  %c503 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f502, i32 1)
  %failed511 = icmp slt i32 %c503, 0
  br i1 %failed511, label %error505, label %not_error518

ok504:                                            ; preds = %not_error518
  unreachable

error505:                                         ; preds = %not_tracing
  %v506 = load ptr, ptr %s0, align 8
  %f507 = getelementptr i8, ptr %1, i64 80
  store ptr %v506, ptr %f507, align 8
  %v508 = load ptr, ptr %s1, align 8
  %f509 = getelementptr i8, ptr %1, i64 88
  store ptr %v508, ptr %f509, align 8
  %c510 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 1)
  ret ptr %c510

error512:                                         ; preds = %not_error518
  %v513 = load ptr, ptr %s0, align 8
  %f514 = getelementptr i8, ptr %1, i64 80
  store ptr %v513, ptr %f514, align 8
  %v515 = load ptr, ptr %s1, align 8
  %f516 = getelementptr i8, ptr %1, i64 88
  store ptr %v515, ptr %f516, align 8
  %c517 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 23, i32 2, i32 2)
  ret ptr %c517

not_error518:                                     ; preds = %not_tracing
  %reraise519 = icmp sgt i32 %c503, 0
  br i1 %reraise519, label %error512, label %ok504
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
