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
  %c35 = call ptr @PyNumber_TrueDivide(ptr %v32, ptr %v31)
  %rc36 = load i64, ptr %v32, align 4
  %rc137 = sub i64 %rc36, 1
  store i64 %rc137, ptr %v32, align 4
  %dead38 = icmp eq i64 %rc137, 0
  br i1 %dead38, label %dealloc39, label %cont40

i6:                                               ; preds = %ok
  %v60 = load ptr, ptr %s0, align 8
  %f61 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f61, align 4
  %f62 = getelementptr i8, ptr %f1, i64 12
  %f63 = getelementptr i8, ptr %1, i64 56
  store ptr %f62, ptr %f63, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v60

i7:                                               ; preds = %unwind_compiled53, %cont20
  %v64 = load ptr, ptr %s0, align 8
  %f65 = getelementptr i8, ptr %1, i64 80
  store ptr %v64, ptr %f65, align 8
  %f66 = getelementptr i8, ptr %f1, i64 14
  %f67 = getelementptr i8, ptr %1, i64 56
  store ptr %f66, ptr %f67, align 8
  %f68 = getelementptr i8, ptr %1, i64 80
  %c69 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f68, i32 0)
  br label %ok70

i8:                                               ; preds = %ok70
  %f74 = getelementptr i8, ptr %2, i64 16
  %p75 = load ptr, ptr %f74, align 8
  %f76 = getelementptr i8, ptr %f1, i64 16
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  %c78 = call ptr @rjit_load_global(ptr %1, ptr %p75)
  %isnull107 = icmp eq ptr %c78, null
  br i1 %isnull107, label %unwind79, label %ok106

i14:                                              ; preds = %ok106
  %v108 = load ptr, ptr %s1, align 8
  %f109 = getelementptr i8, ptr %1, i64 88
  store ptr %v108, ptr %f109, align 8
  %v110 = load ptr, ptr %s2, align 8
  %f111 = getelementptr i8, ptr %1, i64 96
  store ptr %v110, ptr %f111, align 8
  %f112 = getelementptr i8, ptr %f1, i64 28
  %f113 = getelementptr i8, ptr %1, i64 56
  store ptr %f112, ptr %f113, align 8
  %f114 = getelementptr i8, ptr %1, i64 88
  %c115 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f114, i32 0)
  %failed = icmp slt i32 %c115, 0
  br i1 %failed, label %unwind117, label %ok116

i15:                                              ; preds = %ok116
  %v148 = load ptr, ptr %s2, align 8
  %a = ptrtoint ptr %v148 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v189 = load ptr, ptr %s1, align 8
  %f190 = getelementptr i8, ptr %f1, i64 32
  %f191 = getelementptr i8, ptr %1, i64 56
  store ptr %f190, ptr %f191, align 8
  %isnull192 = icmp eq ptr %v189, null
  br i1 %isnull192, label %cont194, label %xdec193

i17:                                              ; preds = %cont194
  %v200 = load ptr, ptr %s0, align 8
  %f201 = getelementptr i8, ptr %1, i64 80
  store ptr %v200, ptr %f201, align 8
  %f202 = getelementptr i8, ptr %f1, i64 34
  %f203 = getelementptr i8, ptr %1, i64 56
  store ptr %f202, ptr %f203, align 8
  %f204 = getelementptr i8, ptr %1, i64 80
  %c205 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f204, i32 0)
  br label %ok206

i18:                                              ; preds = %ok206
  %f207 = getelementptr i8, ptr %2, i64 0
  %p208 = load ptr, ptr %f207, align 8
  %rc209 = load i64, ptr %p208, align 4
  %rc1210 = add i64 %rc209, 1
  store i64 %rc1210, ptr %p208, align 4
  store ptr %p208, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v211 = load ptr, ptr %s0, align 8
  %f212 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f212, align 4
  %f213 = getelementptr i8, ptr %f1, i64 38
  %f214 = getelementptr i8, ptr %1, i64 56
  store ptr %f213, ptr %f214, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v211

i20:                                              ; preds = %truth
  %v215 = load ptr, ptr %s1, align 8
  %f216 = getelementptr i8, ptr %1, i64 88
  store ptr %v215, ptr %f216, align 8
  %f217 = getelementptr i8, ptr %f1, i64 40
  %f218 = getelementptr i8, ptr %1, i64 56
  store ptr %f217, ptr %f218, align 8
  %f219 = getelementptr i8, ptr %1, i64 88
  %c220 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f219, i32 0)
  %failed240 = icmp slt i32 %c220, 0
  br i1 %failed240, label %unwind222, label %not_error

i21:                                              ; preds = %unwind241, %unwind_compiled229, %cont172, %cont128, %cont90
  %v244 = load ptr, ptr %s0, align 8
  %rc245 = load i64, ptr %v244, align 4
  %rc1246 = add i64 %rc245, 1
  store i64 %rc1246, ptr %v244, align 4
  store ptr %v244, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v247 = load ptr, ptr %s3, align 8
  %f248 = getelementptr i8, ptr %1, i64 104
  store ptr %v247, ptr %f248, align 8
  %f249 = getelementptr i8, ptr %f1, i64 44
  %f250 = getelementptr i8, ptr %1, i64 56
  store ptr %f249, ptr %f250, align 8
  %f251 = getelementptr i8, ptr %1, i64 104
  %c252 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f251, i32 0)
  br label %ok253

i23:                                              ; preds = %ok253
  br label %deopt254

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

dealloc39:                                        ; preds = %i4
  call void @_Py_Dealloc(ptr %v32)
  br label %cont40

cont40:                                           ; preds = %dealloc39, %i4
  %rc41 = load i64, ptr %v31, align 4
  %rc142 = sub i64 %rc41, 1
  store i64 %rc142, ptr %v31, align 4
  %dead43 = icmp eq i64 %rc142, 0
  br i1 %dead43, label %dealloc44, label %cont45

dealloc44:                                        ; preds = %cont40
  call void @_Py_Dealloc(ptr %v31)
  br label %cont45

cont45:                                           ; preds = %dealloc44, %cont40
  %isnull59 = icmp eq ptr %c35, null
  br i1 %isnull59, label %unwind46, label %ok

unwind46:                                         ; preds = %cont45
  call void @rjit_traceback_here(ptr %0)
  %f47 = getelementptr i8, ptr %0, i64 56
  %p48 = load ptr, ptr %f47, align 8
  %f49 = getelementptr i8, ptr %p48, i64 0
  %use_tracing50 = load i8, ptr %f49, align 1
  %tracing51 = icmp ne i8 %use_tracing50, 0
  br i1 %tracing51, label %trace_exception52, label %unwind_compiled53

trace_exception52:                                ; preds = %unwind46
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled53

unwind_compiled53:                                ; preds = %trace_exception52, %unwind46
  %c54 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c54, ptr %s0, align 8
  br i1 %tracing51, label %deopt55, label %i7

deopt55:                                          ; preds = %unwind_compiled53
  %v56 = load ptr, ptr %s0, align 8
  %f57 = getelementptr i8, ptr %1, i64 80
  store ptr %v56, ptr %f57, align 8
  %c58 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c58

ok:                                               ; preds = %cont45
  store ptr %c35, ptr %s0, align 8
  br label %i6

ok70:                                             ; preds = %i7
  %f71 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f71, align 8
  store ptr %r, ptr %s0, align 8
  %f72 = getelementptr i8, ptr %1, i64 88
  %r73 = load ptr, ptr %f72, align 8
  store ptr %r73, ptr %s1, align 8
  br label %i8

unwind79:                                         ; preds = %i8
  call void @rjit_traceback_here(ptr %0)
  %f80 = getelementptr i8, ptr %0, i64 56
  %p81 = load ptr, ptr %f80, align 8
  %f82 = getelementptr i8, ptr %p81, i64 0
  %use_tracing83 = load i8, ptr %f82, align 1
  %tracing84 = icmp ne i8 %use_tracing83, 0
  br i1 %tracing84, label %trace_exception85, label %unwind_compiled86

trace_exception85:                                ; preds = %unwind79
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled86

unwind_compiled86:                                ; preds = %trace_exception85, %unwind79
  %v87 = load ptr, ptr %s1, align 8
  %isnull88 = icmp eq ptr %v87, null
  br i1 %isnull88, label %cont90, label %xdec89

xdec89:                                           ; preds = %unwind_compiled86
  %rc91 = load i64, ptr %v87, align 4
  %rc192 = sub i64 %rc91, 1
  store i64 %rc192, ptr %v87, align 4
  %dead93 = icmp eq i64 %rc192, 0
  br i1 %dead93, label %dealloc94, label %cont95

cont90:                                           ; preds = %cont95, %unwind_compiled86
  %c96 = call ptr @rjit_lasti(ptr %1)
  store ptr %c96, ptr %s1, align 8
  %c97 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c97, ptr %s2, align 8
  br i1 %tracing84, label %deopt98, label %i21

dealloc94:                                        ; preds = %xdec89
  call void @_Py_Dealloc(ptr %v87)
  br label %cont95

cont95:                                           ; preds = %dealloc94, %xdec89
  br label %cont90

deopt98:                                          ; preds = %cont90
  %v99 = load ptr, ptr %s0, align 8
  %f100 = getelementptr i8, ptr %1, i64 80
  store ptr %v99, ptr %f100, align 8
  %v101 = load ptr, ptr %s1, align 8
  %f102 = getelementptr i8, ptr %1, i64 88
  store ptr %v101, ptr %f102, align 8
  %v103 = load ptr, ptr %s2, align 8
  %f104 = getelementptr i8, ptr %1, i64 96
  store ptr %v103, ptr %f104, align 8
  %c105 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c105

ok106:                                            ; preds = %i8
  store ptr %c78, ptr %s2, align 8
  br label %i14

ok116:                                            ; preds = %i14
  %f144 = getelementptr i8, ptr %1, i64 88
  %r145 = load ptr, ptr %f144, align 8
  store ptr %r145, ptr %s1, align 8
  %f146 = getelementptr i8, ptr %1, i64 96
  %r147 = load ptr, ptr %f146, align 8
  store ptr %r147, ptr %s2, align 8
  br label %i15

unwind117:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f118 = getelementptr i8, ptr %0, i64 56
  %p119 = load ptr, ptr %f118, align 8
  %f120 = getelementptr i8, ptr %p119, i64 0
  %use_tracing121 = load i8, ptr %f120, align 1
  %tracing122 = icmp ne i8 %use_tracing121, 0
  br i1 %tracing122, label %trace_exception123, label %unwind_compiled124

trace_exception123:                               ; preds = %unwind117
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled124

unwind_compiled124:                               ; preds = %trace_exception123, %unwind117
  %v125 = load ptr, ptr %s1, align 8
  %isnull126 = icmp eq ptr %v125, null
  br i1 %isnull126, label %cont128, label %xdec127

xdec127:                                          ; preds = %unwind_compiled124
  %rc129 = load i64, ptr %v125, align 4
  %rc1130 = sub i64 %rc129, 1
  store i64 %rc1130, ptr %v125, align 4
  %dead131 = icmp eq i64 %rc1130, 0
  br i1 %dead131, label %dealloc132, label %cont133

cont128:                                          ; preds = %cont133, %unwind_compiled124
  %c134 = call ptr @rjit_lasti(ptr %1)
  store ptr %c134, ptr %s1, align 8
  %c135 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c135, ptr %s2, align 8
  br i1 %tracing122, label %deopt136, label %i21

dealloc132:                                       ; preds = %xdec127
  call void @_Py_Dealloc(ptr %v125)
  br label %cont133

cont133:                                          ; preds = %dealloc132, %xdec127
  br label %cont128

deopt136:                                         ; preds = %cont128
  %v137 = load ptr, ptr %s0, align 8
  %f138 = getelementptr i8, ptr %1, i64 80
  store ptr %v137, ptr %f138, align 8
  %v139 = load ptr, ptr %s1, align 8
  %f140 = getelementptr i8, ptr %1, i64 88
  store ptr %v139, ptr %f140, align 8
  %v141 = load ptr, ptr %s2, align 8
  %f142 = getelementptr i8, ptr %1, i64 96
  store ptr %v141, ptr %f142, align 8
  %c143 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c143

chk_false:                                        ; preds = %i15
  %a149 = ptrtoint ptr %v148 to i64
  %eq150 = icmp eq i64 %a149, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq150, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc151 = load i64, ptr %v148, align 4
  %rc1152 = sub i64 %rc151, 1
  store i64 %rc1152, ptr %v148, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f153 = getelementptr i8, ptr %f1, i64 30
  %f154 = getelementptr i8, ptr %1, i64 56
  store ptr %f153, ptr %f154, align 8
  %c155 = call i32 @PyObject_IsTrue(ptr %v148)
  %rc156 = load i64, ptr %v148, align 4
  %rc1157 = sub i64 %rc156, 1
  store i64 %rc1157, ptr %v148, align 4
  %dead158 = icmp eq i64 %rc1157, 0
  br i1 %dead158, label %dealloc159, label %cont160

truth:                                            ; preds = %ok188, %fast_bool
  %t = phi i1 [ %eq, %fast_bool ], [ %truthy, %ok188 ]
  br i1 %t, label %i16, label %i20

dealloc159:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v148)
  br label %cont160

cont160:                                          ; preds = %dealloc159, %is_true
  %neg = icmp slt i32 %c155, 0
  br i1 %neg, label %unwind161, label %ok188

unwind161:                                        ; preds = %cont160
  call void @rjit_traceback_here(ptr %0)
  %f162 = getelementptr i8, ptr %0, i64 56
  %p163 = load ptr, ptr %f162, align 8
  %f164 = getelementptr i8, ptr %p163, i64 0
  %use_tracing165 = load i8, ptr %f164, align 1
  %tracing166 = icmp ne i8 %use_tracing165, 0
  br i1 %tracing166, label %trace_exception167, label %unwind_compiled168

trace_exception167:                               ; preds = %unwind161
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled168

unwind_compiled168:                               ; preds = %trace_exception167, %unwind161
  %v169 = load ptr, ptr %s1, align 8
  %isnull170 = icmp eq ptr %v169, null
  br i1 %isnull170, label %cont172, label %xdec171

xdec171:                                          ; preds = %unwind_compiled168
  %rc173 = load i64, ptr %v169, align 4
  %rc1174 = sub i64 %rc173, 1
  store i64 %rc1174, ptr %v169, align 4
  %dead175 = icmp eq i64 %rc1174, 0
  br i1 %dead175, label %dealloc176, label %cont177

cont172:                                          ; preds = %cont177, %unwind_compiled168
  %c178 = call ptr @rjit_lasti(ptr %1)
  store ptr %c178, ptr %s1, align 8
  %c179 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c179, ptr %s2, align 8
  br i1 %tracing166, label %deopt180, label %i21

dealloc176:                                       ; preds = %xdec171
  call void @_Py_Dealloc(ptr %v169)
  br label %cont177

cont177:                                          ; preds = %dealloc176, %xdec171
  br label %cont172

deopt180:                                         ; preds = %cont172
  %v181 = load ptr, ptr %s0, align 8
  %f182 = getelementptr i8, ptr %1, i64 80
  store ptr %v181, ptr %f182, align 8
  %v183 = load ptr, ptr %s1, align 8
  %f184 = getelementptr i8, ptr %1, i64 88
  store ptr %v183, ptr %f184, align 8
  %v185 = load ptr, ptr %s2, align 8
  %f186 = getelementptr i8, ptr %1, i64 96
  store ptr %v185, ptr %f186, align 8
  %c187 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c187

ok188:                                            ; preds = %cont160
  %truthy = icmp ne i32 %c155, 0
  br label %truth

xdec193:                                          ; preds = %i16
  %rc195 = load i64, ptr %v189, align 4
  %rc1196 = sub i64 %rc195, 1
  store i64 %rc1196, ptr %v189, align 4
  %dead197 = icmp eq i64 %rc1196, 0
  br i1 %dead197, label %dealloc198, label %cont199

cont194:                                          ; preds = %cont199, %i16
  br label %i17

dealloc198:                                       ; preds = %xdec193
  call void @_Py_Dealloc(ptr %v189)
  br label %cont199

cont199:                                          ; preds = %dealloc198, %xdec193
  br label %cont194

ok206:                                            ; preds = %i17
  br label %i18

ok221:                                            ; preds = %not_error
  unreachable

unwind222:                                        ; preds = %i20
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
  %c230 = call ptr @rjit_lasti(ptr %1)
  store ptr %c230, ptr %s1, align 8
  %c231 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c231, ptr %s2, align 8
  br i1 %tracing227, label %deopt232, label %i21

deopt232:                                         ; preds = %unwind_compiled229
  %v233 = load ptr, ptr %s0, align 8
  %f234 = getelementptr i8, ptr %1, i64 80
  store ptr %v233, ptr %f234, align 8
  %v235 = load ptr, ptr %s1, align 8
  %f236 = getelementptr i8, ptr %1, i64 88
  store ptr %v235, ptr %f236, align 8
  %v237 = load ptr, ptr %s2, align 8
  %f238 = getelementptr i8, ptr %1, i64 96
  store ptr %v237, ptr %f238, align 8
  %c239 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c239

unwind241:                                        ; preds = %not_error
  %c242 = call ptr @rjit_lasti(ptr %1)
  store ptr %c242, ptr %s1, align 8
  %c243 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c243, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c220, 0
  br i1 %reraise, label %unwind241, label %ok221

ok253:                                            ; preds = %i22
  br label %i23

deopt254:                                         ; preds = %i23
  %v255 = load ptr, ptr %s0, align 8
  %f256 = getelementptr i8, ptr %1, i64 80
  store ptr %v255, ptr %f256, align 8
  %v257 = load ptr, ptr %s1, align 8
  %f258 = getelementptr i8, ptr %1, i64 88
  store ptr %v257, ptr %f258, align 8
  %v259 = load ptr, ptr %s2, align 8
  %f260 = getelementptr i8, ptr %1, i64 96
  store ptr %v259, ptr %f260, align 8
  %c261 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c261
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_traceback_here(ptr)

declare void @rjit_trace_exception(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare ptr @rjit_fetch_exception(ptr)

declare ptr @PyNumber_TrueDivide(ptr, ptr)

declare void @rjit_leave(ptr, ptr)

declare i32 @rjit_op_push_exc_info(ptr, ptr, ptr, i32)

declare ptr @rjit_load_global(ptr, ptr)

declare ptr @rjit_lasti(ptr)

declare i32 @rjit_op_check_exc_match(ptr, ptr, ptr, i32)

declare i32 @PyObject_IsTrue(ptr)

declare i32 @rjit_op_pop_except(ptr, ptr, ptr, i32)

declare i32 @rjit_op_reraise(ptr, ptr, ptr, i32)
