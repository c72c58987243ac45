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
  %c = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c, 0
  br i1 %enter_failed, label %recursion_error, label %i0

i0:                                               ; preds = %entry
  %f4 = getelementptr i8, ptr %0, i64 16
  %p5 = load ptr, ptr %f4, align 8
  %f6 = getelementptr i8, ptr %p5, i64 100
  %eval_breaker = load volatile i32, ptr %f6, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker7, label %cont

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  %f11 = getelementptr i8, ptr %2, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %rc = load i64, ptr %p12, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p12, align 4
  store ptr %p12, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f13 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f13, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v31 = load ptr, ptr %s1, align 8
  %v32 = load ptr, ptr %s0, align 8
  %f33 = getelementptr i8, ptr %f1, i64 8
  %f34 = getelementptr i8, ptr %1, i64 56
  store ptr %f33, ptr %f34, align 8
  %f35 = getelementptr i8, ptr %v32, i64 8
  %p36 = load ptr, ptr %f35, align 8
  %f37 = getelementptr i8, ptr %v31, i64 8
  %p38 = load ptr, ptr %f37, align 8
  %a = ptrtoint ptr %p36 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a39 = ptrtoint ptr %p38 to i64
  %eq40 = icmp eq i64 %a39, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq40
  br i1 %both, label %int_test, label %float_check

i6:                                               ; preds = %ok
  %v91 = load ptr, ptr %s0, align 8
  %f92 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f92, align 4
  %f93 = getelementptr i8, ptr %f1, i64 12
  %f94 = getelementptr i8, ptr %1, i64 56
  store ptr %f93, ptr %f94, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v91

i7:                                               ; preds = %unwind_compiled84, %cont20
  %v95 = load ptr, ptr %s0, align 8
  %f96 = getelementptr i8, ptr %1, i64 80
  store ptr %v95, ptr %f96, align 8
  %f97 = getelementptr i8, ptr %f1, i64 14
  %f98 = getelementptr i8, ptr %1, i64 56
  store ptr %f97, ptr %f98, align 8
  %f99 = getelementptr i8, ptr %1, i64 80
  %c100 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f99, i32 0)
  br label %ok101

i8:                                               ; preds = %ok101
  %f105 = getelementptr i8, ptr %2, i64 16
  %p106 = load ptr, ptr %f105, align 8
  %f107 = getelementptr i8, ptr %p3, i64 0
  %f108 = getelementptr i8, ptr %f1, i64 16
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  %c110 = call ptr @rjit_load_global(ptr %1, ptr %p106, ptr %f107)
  %isnull139 = icmp eq ptr %c110, null
  br i1 %isnull139, label %unwind111, label %ok138

i14:                                              ; preds = %ok138
  %v140 = load ptr, ptr %s1, align 8
  %f141 = getelementptr i8, ptr %1, i64 88
  store ptr %v140, ptr %f141, align 8
  %v142 = load ptr, ptr %s2, align 8
  %f143 = getelementptr i8, ptr %1, i64 96
  store ptr %v142, ptr %f143, align 8
  %f144 = getelementptr i8, ptr %f1, i64 28
  %f145 = getelementptr i8, ptr %1, i64 56
  store ptr %f144, ptr %f145, align 8
  %f146 = getelementptr i8, ptr %1, i64 88
  %c147 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f146, i32 0)
  %failed = icmp slt i32 %c147, 0
  br i1 %failed, label %unwind149, label %ok148

i15:                                              ; preds = %ok148
  %v180 = load ptr, ptr %s2, align 8
  %a181 = ptrtoint ptr %v180 to i64
  %eq182 = icmp eq i64 %a181, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq182, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v223 = load ptr, ptr %s1, align 8
  %f224 = getelementptr i8, ptr %f1, i64 32
  %f225 = getelementptr i8, ptr %1, i64 56
  store ptr %f224, ptr %f225, align 8
  %isnull226 = icmp eq ptr %v223, null
  br i1 %isnull226, label %cont228, label %xdec227

i17:                                              ; preds = %cont228
  %v234 = load ptr, ptr %s0, align 8
  %f235 = getelementptr i8, ptr %1, i64 80
  store ptr %v234, ptr %f235, align 8
  %f236 = getelementptr i8, ptr %f1, i64 34
  %f237 = getelementptr i8, ptr %1, i64 56
  store ptr %f236, ptr %f237, align 8
  %f238 = getelementptr i8, ptr %1, i64 80
  %c239 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f238, i32 0)
  br label %ok240

i18:                                              ; preds = %ok240
  %f241 = getelementptr i8, ptr %2, i64 0
  %p242 = load ptr, ptr %f241, align 8
  %rc243 = load i64, ptr %p242, align 4
  %rc1244 = add i64 %rc243, 1
  store i64 %rc1244, ptr %p242, align 4
  store ptr %p242, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v245 = load ptr, ptr %s0, align 8
  %f246 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f246, align 4
  %f247 = getelementptr i8, ptr %f1, i64 38
  %f248 = getelementptr i8, ptr %1, i64 56
  store ptr %f247, ptr %f248, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v245

i20:                                              ; preds = %truth
  %v249 = load ptr, ptr %s1, align 8
  %f250 = getelementptr i8, ptr %1, i64 88
  store ptr %v249, ptr %f250, align 8
  %f251 = getelementptr i8, ptr %f1, i64 40
  %f252 = getelementptr i8, ptr %1, i64 56
  store ptr %f251, ptr %f252, align 8
  %f253 = getelementptr i8, ptr %1, i64 88
  %c254 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f253, i32 0)
  %failed274 = icmp slt i32 %c254, 0
  br i1 %failed274, label %unwind256, label %not_error

i21:                                              ; preds = %unwind275, %unwind_compiled263, %cont206, %cont160, %cont122
  %v278 = load ptr, ptr %s0, align 8
  %rc279 = load i64, ptr %v278, align 4
  %rc1280 = add i64 %rc279, 1
  store i64 %rc1280, ptr %v278, align 4
  store ptr %v278, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v281 = load ptr, ptr %s3, align 8
  %f282 = getelementptr i8, ptr %1, i64 104
  store ptr %v281, ptr %f282, align 8
  %f283 = getelementptr i8, ptr %f1, i64 44
  %f284 = getelementptr i8, ptr %1, i64 56
  store ptr %f283, ptr %f284, align 8
  %f285 = getelementptr i8, ptr %1, i64 104
  %c286 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f285, i32 0)
  br label %ok287

i23:                                              ; preds = %ok287
  br label %deopt288

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker7:                                    ; preds = %i0
  %c8 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c8, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker7, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker7
  %c9 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c9

error:                                            ; preds = %eval_breaker7
  %c10 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c10

unbound:                                          ; preds = %i3
  %f14 = getelementptr i8, ptr %f1, i64 6
  %f15 = getelementptr i8, ptr %1, i64 56
  store ptr %f14, ptr %f15, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc29 = load i64, ptr %local, align 4
  %rc130 = add i64 %rc29, 1
  store i64 %rc130, ptr %local, align 4
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %f16 = getelementptr i8, ptr %0, i64 56
  %p17 = load ptr, ptr %f16, align 8
  %f18 = getelementptr i8, ptr %p17, i64 0
  %use_tracing = load i8, ptr %f18, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %v = load ptr, ptr %s0, align 8
  %isnull19 = icmp eq ptr %v, null
  br i1 %isnull19, label %cont20, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc21 = load i64, ptr %v, align 4
  %rc122 = sub i64 %rc21, 1
  store i64 %rc122, ptr %v, align 4
  %dead = icmp eq i64 %rc122, 0
  br i1 %dead, label %dealloc, label %cont23

cont20:                                           ; preds = %cont23, %unwind_compiled
  %c24 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c24, ptr %s0, align 8
  br i1 %tracing, label %deopt25, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont23

cont23:                                           ; preds = %dealloc, %xdec
  br label %cont20

deopt25:                                          ; preds = %cont20
  %v26 = load ptr, ptr %s0, align 8
  %f27 = getelementptr i8, ptr %1, i64 80
  store ptr %v26, ptr %f27, align 8
  %c28 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c28

num_done:                                         ; preds = %num_slow, %fdiv
  %res = phi ptr [ %c65, %fdiv ], [ %c66, %num_slow ]
  %rc67 = load i64, ptr %v32, align 4
  %rc168 = sub i64 %rc67, 1
  store i64 %rc168, ptr %v32, align 4
  %dead69 = icmp eq i64 %rc168, 0
  br i1 %dead69, label %dealloc70, label %cont71

num_slow:                                         ; preds = %float_fast, %float_check, %int_fast, %int_test
  %c66 = call ptr @PyNumber_TrueDivide(ptr %v32, ptr %v31)
  br label %num_done

int_test:                                         ; preds = %i4
  %f41 = getelementptr i8, ptr %v32, i64 16
  %size = load i64, ptr %f41, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f42 = getelementptr i8, ptr %v32, i64 24
  %digit = load i32, ptr %f42, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f43 = getelementptr i8, ptr %v31, i64 16
  %size44 = load i64, ptr %f43, align 4
  %size145 = add i64 %size44, 1
  %compact46 = icmp ule i64 %size145, 2
  %f47 = getelementptr i8, ptr %v31, i64 24
  %digit48 = load i32, ptr %f47, align 4
  %digit6449 = zext i32 %digit48 to i64
  %ival50 = mul i64 %size44, %digit6449
  %compact51 = and i1 %compact, %compact46
  br i1 %compact51, label %int_fast, label %num_slow

float_check:                                      ; preds = %i4
  %f52 = getelementptr i8, ptr %v32, i64 8
  %p53 = load ptr, ptr %f52, align 8
  %f54 = getelementptr i8, ptr %v31, i64 8
  %p55 = load ptr, ptr %f54, align 8
  %a56 = ptrtoint ptr %p53 to i64
  %eq57 = icmp eq i64 %a56, ptrtoint (ptr @PyFloat_Type to i64)
  %a58 = ptrtoint ptr %p55 to i64
  %eq59 = icmp eq i64 %a58, ptrtoint (ptr @PyFloat_Type to i64)
  %both60 = and i1 %eq57, %eq59
  br i1 %both60, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  br label %num_slow

float_fast:                                       ; preds = %float_check
  %f61 = getelementptr i8, ptr %v32, i64 16
  %fval = load double, ptr %f61, align 8
  %f62 = getelementptr i8, ptr %v31, i64 16
  %fval63 = load double, ptr %f62, align 8
  %nz = fcmp une double %fval63, 0.000000e+00
  br i1 %nz, label %fdiv, label %num_slow

fdiv:                                             ; preds = %float_fast
  %fdiv64 = fdiv double %fval, %fval63
  %c65 = call ptr @PyFloat_FromDouble(double %fdiv64)
  br label %num_done

dealloc70:                                        ; preds = %num_done
  call void @_Py_Dealloc(ptr %v32)
  br label %cont71

cont71:                                           ; preds = %dealloc70, %num_done
  %rc72 = load i64, ptr %v31, align 4
  %rc173 = sub i64 %rc72, 1
  store i64 %rc173, ptr %v31, align 4
  %dead74 = icmp eq i64 %rc173, 0
  br i1 %dead74, label %dealloc75, label %cont76

dealloc75:                                        ; preds = %cont71
  call void @_Py_Dealloc(ptr %v31)
  br label %cont76

cont76:                                           ; preds = %dealloc75, %cont71
  %isnull90 = icmp eq ptr %res, null
  br i1 %isnull90, label %unwind77, label %ok

unwind77:                                         ; preds = %cont76
  call void @rjit_traceback_here(ptr %0)
  %f78 = getelementptr i8, ptr %0, i64 56
  %p79 = load ptr, ptr %f78, align 8
  %f80 = getelementptr i8, ptr %p79, i64 0
  %use_tracing81 = load i8, ptr %f80, align 1
  %tracing82 = icmp ne i8 %use_tracing81, 0
  br i1 %tracing82, label %trace_exception83, label %unwind_compiled84

trace_exception83:                                ; preds = %unwind77
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled84

unwind_compiled84:                                ; preds = %trace_exception83, %unwind77
  %c85 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c85, ptr %s0, align 8
  br i1 %tracing82, label %deopt86, label %i7

deopt86:                                          ; preds = %unwind_compiled84
  %v87 = load ptr, ptr %s0, align 8
  %f88 = getelementptr i8, ptr %1, i64 80
  store ptr %v87, ptr %f88, align 8
  %c89 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c89

ok:                                               ; preds = %cont76
  store ptr %res, ptr %s0, align 8
  br label %i6

ok101:                                            ; preds = %i7
  %f102 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f102, align 8
  store ptr %r, ptr %s0, align 8
  %f103 = getelementptr i8, ptr %1, i64 88
  %r104 = load ptr, ptr %f103, align 8
  store ptr %r104, ptr %s1, align 8
  br label %i8

unwind111:                                        ; preds = %i8
  call void @rjit_traceback_here(ptr %0)
  %f112 = getelementptr i8, ptr %0, i64 56
  %p113 = load ptr, ptr %f112, align 8
  %f114 = getelementptr i8, ptr %p113, i64 0
  %use_tracing115 = load i8, ptr %f114, align 1
  %tracing116 = icmp ne i8 %use_tracing115, 0
  br i1 %tracing116, label %trace_exception117, label %unwind_compiled118

trace_exception117:                               ; preds = %unwind111
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled118

unwind_compiled118:                               ; preds = %trace_exception117, %unwind111
  %v119 = load ptr, ptr %s1, align 8
  %isnull120 = icmp eq ptr %v119, null
  br i1 %isnull120, label %cont122, label %xdec121

xdec121:                                          ; preds = %unwind_compiled118
  %rc123 = load i64, ptr %v119, align 4
  %rc1124 = sub i64 %rc123, 1
  store i64 %rc1124, ptr %v119, align 4
  %dead125 = icmp eq i64 %rc1124, 0
  br i1 %dead125, label %dealloc126, label %cont127

cont122:                                          ; preds = %cont127, %unwind_compiled118
  %c128 = call ptr @rjit_lasti(ptr %1)
  store ptr %c128, ptr %s1, align 8
  %c129 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c129, ptr %s2, align 8
  br i1 %tracing116, label %deopt130, label %i21

dealloc126:                                       ; preds = %xdec121
  call void @_Py_Dealloc(ptr %v119)
  br label %cont127

cont127:                                          ; preds = %dealloc126, %xdec121
  br label %cont122

deopt130:                                         ; preds = %cont122
  %v131 = load ptr, ptr %s0, align 8
  %f132 = getelementptr i8, ptr %1, i64 80
  store ptr %v131, ptr %f132, align 8
  %v133 = load ptr, ptr %s1, align 8
  %f134 = getelementptr i8, ptr %1, i64 88
  store ptr %v133, ptr %f134, align 8
  %v135 = load ptr, ptr %s2, align 8
  %f136 = getelementptr i8, ptr %1, i64 96
  store ptr %v135, ptr %f136, align 8
  %c137 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c137

ok138:                                            ; preds = %i8
  store ptr %c110, ptr %s2, align 8
  br label %i14

ok148:                                            ; preds = %i14
  %f176 = getelementptr i8, ptr %1, i64 88
  %r177 = load ptr, ptr %f176, align 8
  store ptr %r177, ptr %s1, align 8
  %f178 = getelementptr i8, ptr %1, i64 96
  %r179 = load ptr, ptr %f178, align 8
  store ptr %r179, ptr %s2, align 8
  br label %i15

unwind149:                                        ; preds = %i14
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

chk_false:                                        ; preds = %i15
  %a183 = ptrtoint ptr %v180 to i64
  %eq184 = icmp eq i64 %a183, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq184, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc185 = load i64, ptr %v180, align 4
  %rc1186 = sub i64 %rc185, 1
  store i64 %rc1186, ptr %v180, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f187 = getelementptr i8, ptr %f1, i64 30
  %f188 = getelementptr i8, ptr %1, i64 56
  store ptr %f187, ptr %f188, align 8
  %c189 = call i32 @PyObject_IsTrue(ptr %v180)
  %rc190 = load i64, ptr %v180, align 4
  %rc1191 = sub i64 %rc190, 1
  store i64 %rc1191, ptr %v180, align 4
  %dead192 = icmp eq i64 %rc1191, 0
  br i1 %dead192, label %dealloc193, label %cont194

truth:                                            ; preds = %ok222, %fast_bool
  %t = phi i1 [ %eq182, %fast_bool ], [ %truthy, %ok222 ]
  br i1 %t, label %i16, label %i20

dealloc193:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v180)
  br label %cont194

cont194:                                          ; preds = %dealloc193, %is_true
  %neg = icmp slt i32 %c189, 0
  br i1 %neg, label %unwind195, label %ok222

unwind195:                                        ; preds = %cont194
  call void @rjit_traceback_here(ptr %0)
  %f196 = getelementptr i8, ptr %0, i64 56
  %p197 = load ptr, ptr %f196, align 8
  %f198 = getelementptr i8, ptr %p197, i64 0
  %use_tracing199 = load i8, ptr %f198, align 1
  %tracing200 = icmp ne i8 %use_tracing199, 0
  br i1 %tracing200, label %trace_exception201, label %unwind_compiled202

trace_exception201:                               ; preds = %unwind195
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled202

unwind_compiled202:                               ; preds = %trace_exception201, %unwind195
  %v203 = load ptr, ptr %s1, align 8
  %isnull204 = icmp eq ptr %v203, null
  br i1 %isnull204, label %cont206, label %xdec205

xdec205:                                          ; preds = %unwind_compiled202
  %rc207 = load i64, ptr %v203, align 4
  %rc1208 = sub i64 %rc207, 1
  store i64 %rc1208, ptr %v203, align 4
  %dead209 = icmp eq i64 %rc1208, 0
  br i1 %dead209, label %dealloc210, label %cont211

cont206:                                          ; preds = %cont211, %unwind_compiled202
  %c212 = call ptr @rjit_lasti(ptr %1)
  store ptr %c212, ptr %s1, align 8
  %c213 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c213, ptr %s2, align 8
  br i1 %tracing200, label %deopt214, label %i21

dealloc210:                                       ; preds = %xdec205
  call void @_Py_Dealloc(ptr %v203)
  br label %cont211

cont211:                                          ; preds = %dealloc210, %xdec205
  br label %cont206

deopt214:                                         ; preds = %cont206
  %v215 = load ptr, ptr %s0, align 8
  %f216 = getelementptr i8, ptr %1, i64 80
  store ptr %v215, ptr %f216, align 8
  %v217 = load ptr, ptr %s1, align 8
  %f218 = getelementptr i8, ptr %1, i64 88
  store ptr %v217, ptr %f218, align 8
  %v219 = load ptr, ptr %s2, align 8
  %f220 = getelementptr i8, ptr %1, i64 96
  store ptr %v219, ptr %f220, align 8
  %c221 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c221

ok222:                                            ; preds = %cont194
  %truthy = icmp ne i32 %c189, 0
  br label %truth

xdec227:                                          ; preds = %i16
  %rc229 = load i64, ptr %v223, align 4
  %rc1230 = sub i64 %rc229, 1
  store i64 %rc1230, ptr %v223, align 4
  %dead231 = icmp eq i64 %rc1230, 0
  br i1 %dead231, label %dealloc232, label %cont233

cont228:                                          ; preds = %cont233, %i16
  br label %i17

dealloc232:                                       ; preds = %xdec227
  call void @_Py_Dealloc(ptr %v223)
  br label %cont233

cont233:                                          ; preds = %dealloc232, %xdec227
  br label %cont228

ok240:                                            ; preds = %i17
  br label %i18

ok255:                                            ; preds = %not_error
  unreachable

unwind256:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f257 = getelementptr i8, ptr %0, i64 56
  %p258 = load ptr, ptr %f257, align 8
  %f259 = getelementptr i8, ptr %p258, i64 0
  %use_tracing260 = load i8, ptr %f259, align 1
  %tracing261 = icmp ne i8 %use_tracing260, 0
  br i1 %tracing261, label %trace_exception262, label %unwind_compiled263

trace_exception262:                               ; preds = %unwind256
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled263

unwind_compiled263:                               ; preds = %trace_exception262, %unwind256
  %c264 = call ptr @rjit_lasti(ptr %1)
  store ptr %c264, ptr %s1, align 8
  %c265 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c265, ptr %s2, align 8
  br i1 %tracing261, label %deopt266, label %i21

deopt266:                                         ; preds = %unwind_compiled263
  %v267 = load ptr, ptr %s0, align 8
  %f268 = getelementptr i8, ptr %1, i64 80
  store ptr %v267, ptr %f268, align 8
  %v269 = load ptr, ptr %s1, align 8
  %f270 = getelementptr i8, ptr %1, i64 88
  store ptr %v269, ptr %f270, align 8
  %v271 = load ptr, ptr %s2, align 8
  %f272 = getelementptr i8, ptr %1, i64 96
  store ptr %v271, ptr %f272, align 8
  %c273 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c273

unwind275:                                        ; preds = %not_error
  %c276 = call ptr @rjit_lasti(ptr %1)
  store ptr %c276, ptr %s1, align 8
  %c277 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c277, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c254, 0
  br i1 %reraise, label %unwind275, label %ok255

ok287:                                            ; preds = %i22
  br label %i23

deopt288:                                         ; preds = %i23
  %v289 = load ptr, ptr %s0, align 8
  %f290 = getelementptr i8, ptr %1, i64 80
  store ptr %v289, ptr %f290, align 8
  %v291 = load ptr, ptr %s1, align 8
  %f292 = getelementptr i8, ptr %1, i64 88
  store ptr %v291, ptr %f292, align 8
  %v293 = load ptr, ptr %s2, align 8
  %f294 = getelementptr i8, ptr %1, i64 96
  store ptr %v293, ptr %f294, align 8
  %c295 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c295
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_traceback_here(ptr)

declare void @rjit_trace_exception(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare ptr @rjit_fetch_exception(ptr)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare void @rjit_leave(ptr, ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr, ptr)

declare ptr @rjit_lasti(ptr)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32)
