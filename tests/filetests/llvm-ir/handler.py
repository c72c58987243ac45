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
  %c = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c, 0
  br i1 %enter_failed, label %recursion_error, label %i0

i0:                                               ; preds = %entry
  %f2 = getelementptr i8, ptr %0, i64 16
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %p3, i64 100
  %eval_breaker = load volatile i32, ptr %f4, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker5, label %cont

i1:                                               ; preds = %cont
  br label %i2

i2:                                               ; preds = %i1
  %f9 = getelementptr i8, ptr %2, i64 8
  %p10 = load ptr, ptr %f9, align 8
  %rc = load i64, ptr %p10, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p10, align 4
  store ptr %p10, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f11 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f11, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v29 = load ptr, ptr %s1, align 8
  %v30 = load ptr, ptr %s0, align 8
  %f31 = getelementptr i8, ptr %f1, i64 8
  %f32 = getelementptr i8, ptr %1, i64 56
  store ptr %f31, ptr %f32, align 8
  %c33 = call ptr @PyNumber_TrueDivide(ptr %v30, ptr %v29)
  %rc34 = load i64, ptr %v30, align 4
  %rc135 = sub i64 %rc34, 1
  store i64 %rc135, ptr %v30, align 4
  %dead36 = icmp eq i64 %rc135, 0
  br i1 %dead36, label %dealloc37, label %cont38

i6:                                               ; preds = %ok
  %v58 = load ptr, ptr %s0, align 8
  %f59 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f59, align 4
  %f60 = getelementptr i8, ptr %f1, i64 12
  %f61 = getelementptr i8, ptr %1, i64 56
  store ptr %f60, ptr %f61, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v58

i7:                                               ; preds = %unwind_compiled51, %cont18
  %v62 = load ptr, ptr %s0, align 8
  %f63 = getelementptr i8, ptr %1, i64 80
  store ptr %v62, ptr %f63, align 8
  %f64 = getelementptr i8, ptr %f1, i64 14
  %f65 = getelementptr i8, ptr %1, i64 56
  store ptr %f64, ptr %f65, align 8
  %f66 = getelementptr i8, ptr %1, i64 80
  %c67 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f66, i32 0)
  br label %ok68

i8:                                               ; preds = %ok68
  %f72 = getelementptr i8, ptr %2, i64 16
  %p73 = load ptr, ptr %f72, align 8
  %f74 = getelementptr i8, ptr %f1, i64 16
  %f75 = getelementptr i8, ptr %1, i64 56
  store ptr %f74, ptr %f75, align 8
  %c76 = call ptr @rjit_load_global(ptr %1, ptr %p73)
  %isnull105 = icmp eq ptr %c76, null
  br i1 %isnull105, label %unwind77, label %ok104

i14:                                              ; preds = %ok104
  %v106 = load ptr, ptr %s1, align 8
  %f107 = getelementptr i8, ptr %1, i64 88
  store ptr %v106, ptr %f107, align 8
  %v108 = load ptr, ptr %s2, align 8
  %f109 = getelementptr i8, ptr %1, i64 96
  store ptr %v108, ptr %f109, align 8
  %f110 = getelementptr i8, ptr %f1, i64 28
  %f111 = getelementptr i8, ptr %1, i64 56
  store ptr %f110, ptr %f111, align 8
  %f112 = getelementptr i8, ptr %1, i64 88
  %c113 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f112, i32 0)
  %failed = icmp slt i32 %c113, 0
  br i1 %failed, label %unwind115, label %ok114

i15:                                              ; preds = %ok114
  %v146 = load ptr, ptr %s2, align 8
  %a = ptrtoint ptr %v146 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v187 = load ptr, ptr %s1, align 8
  %f188 = getelementptr i8, ptr %f1, i64 32
  %f189 = getelementptr i8, ptr %1, i64 56
  store ptr %f188, ptr %f189, align 8
  %isnull190 = icmp eq ptr %v187, null
  br i1 %isnull190, label %cont192, label %xdec191

i17:                                              ; preds = %cont192
  %v198 = load ptr, ptr %s0, align 8
  %f199 = getelementptr i8, ptr %1, i64 80
  store ptr %v198, ptr %f199, align 8
  %f200 = getelementptr i8, ptr %f1, i64 34
  %f201 = getelementptr i8, ptr %1, i64 56
  store ptr %f200, ptr %f201, align 8
  %f202 = getelementptr i8, ptr %1, i64 80
  %c203 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f202, i32 0)
  br label %ok204

i18:                                              ; preds = %ok204
  %f205 = getelementptr i8, ptr %2, i64 0
  %p206 = load ptr, ptr %f205, align 8
  %rc207 = load i64, ptr %p206, align 4
  %rc1208 = add i64 %rc207, 1
  store i64 %rc1208, ptr %p206, align 4
  store ptr %p206, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v209 = load ptr, ptr %s0, align 8
  %f210 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f210, align 4
  %f211 = getelementptr i8, ptr %f1, i64 38
  %f212 = getelementptr i8, ptr %1, i64 56
  store ptr %f211, ptr %f212, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v209

i20:                                              ; preds = %truth
  %v213 = load ptr, ptr %s1, align 8
  %f214 = getelementptr i8, ptr %1, i64 88
  store ptr %v213, ptr %f214, align 8
  %f215 = getelementptr i8, ptr %f1, i64 40
  %f216 = getelementptr i8, ptr %1, i64 56
  store ptr %f215, ptr %f216, align 8
  %f217 = getelementptr i8, ptr %1, i64 88
  %c218 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f217, i32 0)
  %failed238 = icmp slt i32 %c218, 0
  br i1 %failed238, label %unwind220, label %not_error

i21:                                              ; preds = %unwind239, %unwind_compiled227, %cont170, %cont126, %cont88
  %v242 = load ptr, ptr %s0, align 8
  %rc243 = load i64, ptr %v242, align 4
  %rc1244 = add i64 %rc243, 1
  store i64 %rc1244, ptr %v242, align 4
  store ptr %v242, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v245 = load ptr, ptr %s3, align 8
  %f246 = getelementptr i8, ptr %1, i64 104
  store ptr %v245, ptr %f246, align 8
  %f247 = getelementptr i8, ptr %f1, i64 44
  %f248 = getelementptr i8, ptr %1, i64 56
  store ptr %f247, ptr %f248, align 8
  %f249 = getelementptr i8, ptr %1, i64 104
  %c250 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f249, i32 0)
  br label %ok251

i23:                                              ; preds = %ok251
  br label %deopt252

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker5:                                    ; preds = %i0
  %c6 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c6, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker5, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker5
  %c7 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c7

error:                                            ; preds = %eval_breaker5
  %c8 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c8

unbound:                                          ; preds = %i3
  %f12 = getelementptr i8, ptr %f1, i64 6
  %f13 = getelementptr i8, ptr %1, i64 56
  store ptr %f12, ptr %f13, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc27 = load i64, ptr %local, align 4
  %rc128 = add i64 %rc27, 1
  store i64 %rc128, ptr %local, align 4
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %f14 = getelementptr i8, ptr %0, i64 56
  %p15 = load ptr, ptr %f14, align 8
  %f16 = getelementptr i8, ptr %p15, i64 0
  %use_tracing = load i8, ptr %f16, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %v = load ptr, ptr %s0, align 8
  %isnull17 = icmp eq ptr %v, null
  br i1 %isnull17, label %cont18, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc19 = load i64, ptr %v, align 4
  %rc120 = sub i64 %rc19, 1
  store i64 %rc120, ptr %v, align 4
  %dead = icmp eq i64 %rc120, 0
  br i1 %dead, label %dealloc, label %cont21

cont18:                                           ; preds = %cont21, %unwind_compiled
  %c22 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c22, ptr %s0, align 8
  br i1 %tracing, label %deopt23, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont21

cont21:                                           ; preds = %dealloc, %xdec
  br label %cont18

deopt23:                                          ; preds = %cont18
  %v24 = load ptr, ptr %s0, align 8
  %f25 = getelementptr i8, ptr %1, i64 80
  store ptr %v24, ptr %f25, align 8
  %c26 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c26

dealloc37:                                        ; preds = %i4
  call void @_Py_Dealloc(ptr %v30)
  br label %cont38

cont38:                                           ; preds = %dealloc37, %i4
  %rc39 = load i64, ptr %v29, align 4
  %rc140 = sub i64 %rc39, 1
  store i64 %rc140, ptr %v29, align 4
  %dead41 = icmp eq i64 %rc140, 0
  br i1 %dead41, label %dealloc42, label %cont43

dealloc42:                                        ; preds = %cont38
  call void @_Py_Dealloc(ptr %v29)
  br label %cont43

cont43:                                           ; preds = %dealloc42, %cont38
  %isnull57 = icmp eq ptr %c33, null
  br i1 %isnull57, label %unwind44, label %ok

unwind44:                                         ; preds = %cont43
  call void @rjit_traceback_here(ptr %0)
  %f45 = getelementptr i8, ptr %0, i64 56
  %p46 = load ptr, ptr %f45, align 8
  %f47 = getelementptr i8, ptr %p46, i64 0
  %use_tracing48 = load i8, ptr %f47, align 1
  %tracing49 = icmp ne i8 %use_tracing48, 0
  br i1 %tracing49, label %trace_exception50, label %unwind_compiled51

trace_exception50:                                ; preds = %unwind44
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled51

unwind_compiled51:                                ; preds = %trace_exception50, %unwind44
  %c52 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c52, ptr %s0, align 8
  br i1 %tracing49, label %deopt53, label %i7

deopt53:                                          ; preds = %unwind_compiled51
  %v54 = load ptr, ptr %s0, align 8
  %f55 = getelementptr i8, ptr %1, i64 80
  store ptr %v54, ptr %f55, align 8
  %c56 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c56

ok:                                               ; preds = %cont43
  store ptr %c33, ptr %s0, align 8
  br label %i6

ok68:                                             ; preds = %i7
  %f69 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f69, align 8
  store ptr %r, ptr %s0, align 8
  %f70 = getelementptr i8, ptr %1, i64 88
  %r71 = load ptr, ptr %f70, align 8
  store ptr %r71, ptr %s1, align 8
  br label %i8

unwind77:                                         ; preds = %i8
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
  %v85 = load ptr, ptr %s1, align 8
  %isnull86 = icmp eq ptr %v85, null
  br i1 %isnull86, label %cont88, label %xdec87

xdec87:                                           ; preds = %unwind_compiled84
  %rc89 = load i64, ptr %v85, align 4
  %rc190 = sub i64 %rc89, 1
  store i64 %rc190, ptr %v85, align 4
  %dead91 = icmp eq i64 %rc190, 0
  br i1 %dead91, label %dealloc92, label %cont93

cont88:                                           ; preds = %cont93, %unwind_compiled84
  %c94 = call ptr @rjit_lasti(ptr %1)
  store ptr %c94, ptr %s1, align 8
  %c95 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c95, ptr %s2, align 8
  br i1 %tracing82, label %deopt96, label %i21

dealloc92:                                        ; preds = %xdec87
  call void @_Py_Dealloc(ptr %v85)
  br label %cont93

cont93:                                           ; preds = %dealloc92, %xdec87
  br label %cont88

deopt96:                                          ; preds = %cont88
  %v97 = load ptr, ptr %s0, align 8
  %f98 = getelementptr i8, ptr %1, i64 80
  store ptr %v97, ptr %f98, align 8
  %v99 = load ptr, ptr %s1, align 8
  %f100 = getelementptr i8, ptr %1, i64 88
  store ptr %v99, ptr %f100, align 8
  %v101 = load ptr, ptr %s2, align 8
  %f102 = getelementptr i8, ptr %1, i64 96
  store ptr %v101, ptr %f102, align 8
  %c103 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c103

ok104:                                            ; preds = %i8
  store ptr %c76, ptr %s2, align 8
  br label %i14

ok114:                                            ; preds = %i14
  %f142 = getelementptr i8, ptr %1, i64 88
  %r143 = load ptr, ptr %f142, align 8
  store ptr %r143, ptr %s1, align 8
  %f144 = getelementptr i8, ptr %1, i64 96
  %r145 = load ptr, ptr %f144, align 8
  store ptr %r145, ptr %s2, align 8
  br label %i15

unwind115:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f116 = getelementptr i8, ptr %0, i64 56
  %p117 = load ptr, ptr %f116, align 8
  %f118 = getelementptr i8, ptr %p117, i64 0
  %use_tracing119 = load i8, ptr %f118, align 1
  %tracing120 = icmp ne i8 %use_tracing119, 0
  br i1 %tracing120, label %trace_exception121, label %unwind_compiled122

trace_exception121:                               ; preds = %unwind115
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled122

unwind_compiled122:                               ; preds = %trace_exception121, %unwind115
  %v123 = load ptr, ptr %s1, align 8
  %isnull124 = icmp eq ptr %v123, null
  br i1 %isnull124, label %cont126, label %xdec125

xdec125:                                          ; preds = %unwind_compiled122
  %rc127 = load i64, ptr %v123, align 4
  %rc1128 = sub i64 %rc127, 1
  store i64 %rc1128, ptr %v123, align 4
  %dead129 = icmp eq i64 %rc1128, 0
  br i1 %dead129, label %dealloc130, label %cont131

cont126:                                          ; preds = %cont131, %unwind_compiled122
  %c132 = call ptr @rjit_lasti(ptr %1)
  store ptr %c132, ptr %s1, align 8
  %c133 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c133, ptr %s2, align 8
  br i1 %tracing120, label %deopt134, label %i21

dealloc130:                                       ; preds = %xdec125
  call void @_Py_Dealloc(ptr %v123)
  br label %cont131

cont131:                                          ; preds = %dealloc130, %xdec125
  br label %cont126

deopt134:                                         ; preds = %cont126
  %v135 = load ptr, ptr %s0, align 8
  %f136 = getelementptr i8, ptr %1, i64 80
  store ptr %v135, ptr %f136, align 8
  %v137 = load ptr, ptr %s1, align 8
  %f138 = getelementptr i8, ptr %1, i64 88
  store ptr %v137, ptr %f138, align 8
  %v139 = load ptr, ptr %s2, align 8
  %f140 = getelementptr i8, ptr %1, i64 96
  store ptr %v139, ptr %f140, align 8
  %c141 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c141

chk_false:                                        ; preds = %i15
  %a147 = ptrtoint ptr %v146 to i64
  %eq148 = icmp eq i64 %a147, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq148, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc149 = load i64, ptr %v146, align 4
  %rc1150 = sub i64 %rc149, 1
  store i64 %rc1150, ptr %v146, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f151 = getelementptr i8, ptr %f1, i64 30
  %f152 = getelementptr i8, ptr %1, i64 56
  store ptr %f151, ptr %f152, align 8
  %c153 = call i32 @PyObject_IsTrue(ptr %v146)
  %rc154 = load i64, ptr %v146, align 4
  %rc1155 = sub i64 %rc154, 1
  store i64 %rc1155, ptr %v146, align 4
  %dead156 = icmp eq i64 %rc1155, 0
  br i1 %dead156, label %dealloc157, label %cont158

truth:                                            ; preds = %ok186, %fast_bool
  %t = phi i1 [ %eq, %fast_bool ], [ %truthy, %ok186 ]
  br i1 %t, label %i16, label %i20

dealloc157:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v146)
  br label %cont158

cont158:                                          ; preds = %dealloc157, %is_true
  %neg = icmp slt i32 %c153, 0
  br i1 %neg, label %unwind159, label %ok186

unwind159:                                        ; preds = %cont158
  call void @rjit_traceback_here(ptr %0)
  %f160 = getelementptr i8, ptr %0, i64 56
  %p161 = load ptr, ptr %f160, align 8
  %f162 = getelementptr i8, ptr %p161, i64 0
  %use_tracing163 = load i8, ptr %f162, align 1
  %tracing164 = icmp ne i8 %use_tracing163, 0
  br i1 %tracing164, label %trace_exception165, label %unwind_compiled166

trace_exception165:                               ; preds = %unwind159
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled166

unwind_compiled166:                               ; preds = %trace_exception165, %unwind159
  %v167 = load ptr, ptr %s1, align 8
  %isnull168 = icmp eq ptr %v167, null
  br i1 %isnull168, label %cont170, label %xdec169

xdec169:                                          ; preds = %unwind_compiled166
  %rc171 = load i64, ptr %v167, align 4
  %rc1172 = sub i64 %rc171, 1
  store i64 %rc1172, ptr %v167, align 4
  %dead173 = icmp eq i64 %rc1172, 0
  br i1 %dead173, label %dealloc174, label %cont175

cont170:                                          ; preds = %cont175, %unwind_compiled166
  %c176 = call ptr @rjit_lasti(ptr %1)
  store ptr %c176, ptr %s1, align 8
  %c177 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c177, ptr %s2, align 8
  br i1 %tracing164, label %deopt178, label %i21

dealloc174:                                       ; preds = %xdec169
  call void @_Py_Dealloc(ptr %v167)
  br label %cont175

cont175:                                          ; preds = %dealloc174, %xdec169
  br label %cont170

deopt178:                                         ; preds = %cont170
  %v179 = load ptr, ptr %s0, align 8
  %f180 = getelementptr i8, ptr %1, i64 80
  store ptr %v179, ptr %f180, align 8
  %v181 = load ptr, ptr %s1, align 8
  %f182 = getelementptr i8, ptr %1, i64 88
  store ptr %v181, ptr %f182, align 8
  %v183 = load ptr, ptr %s2, align 8
  %f184 = getelementptr i8, ptr %1, i64 96
  store ptr %v183, ptr %f184, align 8
  %c185 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c185

ok186:                                            ; preds = %cont158
  %truthy = icmp ne i32 %c153, 0
  br label %truth

xdec191:                                          ; preds = %i16
  %rc193 = load i64, ptr %v187, align 4
  %rc1194 = sub i64 %rc193, 1
  store i64 %rc1194, ptr %v187, align 4
  %dead195 = icmp eq i64 %rc1194, 0
  br i1 %dead195, label %dealloc196, label %cont197

cont192:                                          ; preds = %cont197, %i16
  br label %i17

dealloc196:                                       ; preds = %xdec191
  call void @_Py_Dealloc(ptr %v187)
  br label %cont197

cont197:                                          ; preds = %dealloc196, %xdec191
  br label %cont192

ok204:                                            ; preds = %i17
  br label %i18

ok219:                                            ; preds = %not_error
  unreachable

unwind220:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f221 = getelementptr i8, ptr %0, i64 56
  %p222 = load ptr, ptr %f221, align 8
  %f223 = getelementptr i8, ptr %p222, i64 0
  %use_tracing224 = load i8, ptr %f223, align 1
  %tracing225 = icmp ne i8 %use_tracing224, 0
  br i1 %tracing225, label %trace_exception226, label %unwind_compiled227

trace_exception226:                               ; preds = %unwind220
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled227

unwind_compiled227:                               ; preds = %trace_exception226, %unwind220
  %c228 = call ptr @rjit_lasti(ptr %1)
  store ptr %c228, ptr %s1, align 8
  %c229 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c229, ptr %s2, align 8
  br i1 %tracing225, label %deopt230, label %i21

deopt230:                                         ; preds = %unwind_compiled227
  %v231 = load ptr, ptr %s0, align 8
  %f232 = getelementptr i8, ptr %1, i64 80
  store ptr %v231, ptr %f232, align 8
  %v233 = load ptr, ptr %s1, align 8
  %f234 = getelementptr i8, ptr %1, i64 88
  store ptr %v233, ptr %f234, align 8
  %v235 = load ptr, ptr %s2, align 8
  %f236 = getelementptr i8, ptr %1, i64 96
  store ptr %v235, ptr %f236, align 8
  %c237 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c237

unwind239:                                        ; preds = %not_error
  %c240 = call ptr @rjit_lasti(ptr %1)
  store ptr %c240, ptr %s1, align 8
  %c241 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c241, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c218, 0
  br i1 %reraise, label %unwind239, label %ok219

ok251:                                            ; preds = %i22
  br label %i23

deopt252:                                         ; preds = %i23
  %v253 = load ptr, ptr %s0, align 8
  %f254 = getelementptr i8, ptr %1, i64 80
  store ptr %v253, ptr %f254, align 8
  %v255 = load ptr, ptr %s1, align 8
  %f256 = getelementptr i8, ptr %1, i64 88
  store ptr %v255, ptr %f256, align 8
  %v257 = load ptr, ptr %s2, align 8
  %f258 = getelementptr i8, ptr %1, i64 96
  store ptr %v257, ptr %f258, align 8
  %c259 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c259
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
