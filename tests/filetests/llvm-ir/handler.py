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
  %f8 = getelementptr i8, ptr %2, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %rc = load i64, ptr %p9, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p9, align 4
  store ptr %p9, ptr %s0, align 8
  br label %i3

i3:                                               ; preds = %i2
  %f10 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f10, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v28 = load ptr, ptr %s1, align 8
  %v29 = load ptr, ptr %s0, align 8
  %f30 = getelementptr i8, ptr %f1, i64 8
  %f31 = getelementptr i8, ptr %1, i64 56
  store ptr %f30, ptr %f31, align 8
  %c32 = call ptr @PyNumber_TrueDivide(ptr %v29, ptr %v28)
  %rc33 = load i64, ptr %v29, align 4
  %rc134 = sub i64 %rc33, 1
  store i64 %rc134, ptr %v29, align 4
  %dead35 = icmp eq i64 %rc134, 0
  br i1 %dead35, label %dealloc36, label %cont37

i6:                                               ; preds = %ok
  %v57 = load ptr, ptr %s0, align 8
  %f58 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f58, align 4
  %f59 = getelementptr i8, ptr %f1, i64 12
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v57

i7:                                               ; preds = %unwind_compiled50, %cont17
  %v61 = load ptr, ptr %s0, align 8
  %f62 = getelementptr i8, ptr %1, i64 80
  store ptr %v61, ptr %f62, align 8
  %f63 = getelementptr i8, ptr %f1, i64 14
  %f64 = getelementptr i8, ptr %1, i64 56
  store ptr %f63, ptr %f64, align 8
  %f65 = getelementptr i8, ptr %1, i64 80
  %c66 = call i32 @rjit_op_push_exc_info(ptr %0, ptr %1, ptr %f65, i32 0)
  br label %ok67

i8:                                               ; preds = %ok67
  %f71 = getelementptr i8, ptr %2, i64 16
  %p72 = load ptr, ptr %f71, align 8
  %f73 = getelementptr i8, ptr %f1, i64 16
  %f74 = getelementptr i8, ptr %1, i64 56
  store ptr %f73, ptr %f74, align 8
  %c75 = call ptr @rjit_load_global(ptr %1, ptr %p72)
  %isnull104 = icmp eq ptr %c75, null
  br i1 %isnull104, label %unwind76, label %ok103

i14:                                              ; preds = %ok103
  %v105 = load ptr, ptr %s1, align 8
  %f106 = getelementptr i8, ptr %1, i64 88
  store ptr %v105, ptr %f106, align 8
  %v107 = load ptr, ptr %s2, align 8
  %f108 = getelementptr i8, ptr %1, i64 96
  store ptr %v107, ptr %f108, align 8
  %f109 = getelementptr i8, ptr %f1, i64 28
  %f110 = getelementptr i8, ptr %1, i64 56
  store ptr %f109, ptr %f110, align 8
  %f111 = getelementptr i8, ptr %1, i64 88
  %c112 = call i32 @rjit_op_check_exc_match(ptr %0, ptr %1, ptr %f111, i32 0)
  %failed = icmp slt i32 %c112, 0
  br i1 %failed, label %unwind114, label %ok113

i15:                                              ; preds = %ok113
  %v145 = load ptr, ptr %s2, align 8
  %a = ptrtoint ptr %v145 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq, label %fast_bool, label %chk_false

i16:                                              ; preds = %truth
  %v186 = load ptr, ptr %s1, align 8
  %f187 = getelementptr i8, ptr %f1, i64 32
  %f188 = getelementptr i8, ptr %1, i64 56
  store ptr %f187, ptr %f188, align 8
  %isnull189 = icmp eq ptr %v186, null
  br i1 %isnull189, label %cont191, label %xdec190

i17:                                              ; preds = %cont191
  %v197 = load ptr, ptr %s0, align 8
  %f198 = getelementptr i8, ptr %1, i64 80
  store ptr %v197, ptr %f198, align 8
  %f199 = getelementptr i8, ptr %f1, i64 34
  %f200 = getelementptr i8, ptr %1, i64 56
  store ptr %f199, ptr %f200, align 8
  %f201 = getelementptr i8, ptr %1, i64 80
  %c202 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f201, i32 0)
  br label %ok203

i18:                                              ; preds = %ok203
  %f204 = getelementptr i8, ptr %2, i64 0
  %p205 = load ptr, ptr %f204, align 8
  %rc206 = load i64, ptr %p205, align 4
  %rc1207 = add i64 %rc206, 1
  store i64 %rc1207, ptr %p205, align 4
  store ptr %p205, ptr %s0, align 8
  br label %i19

i19:                                              ; preds = %i18
  %v208 = load ptr, ptr %s0, align 8
  %f209 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f209, align 4
  %f210 = getelementptr i8, ptr %f1, i64 38
  %f211 = getelementptr i8, ptr %1, i64 56
  store ptr %f210, ptr %f211, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v208

i20:                                              ; preds = %truth
  %v212 = load ptr, ptr %s1, align 8
  %f213 = getelementptr i8, ptr %1, i64 88
  store ptr %v212, ptr %f213, align 8
  %f214 = getelementptr i8, ptr %f1, i64 40
  %f215 = getelementptr i8, ptr %1, i64 56
  store ptr %f214, ptr %f215, align 8
  %f216 = getelementptr i8, ptr %1, i64 88
  %c217 = call i32 @rjit_op_reraise(ptr %0, ptr %1, ptr %f216, i32 0)
  %failed237 = icmp slt i32 %c217, 0
  br i1 %failed237, label %unwind219, label %not_error

i21:                                              ; preds = %unwind238, %unwind_compiled226, %cont169, %cont125, %cont87
  %v241 = load ptr, ptr %s0, align 8
  %rc242 = load i64, ptr %v241, align 4
  %rc1243 = add i64 %rc242, 1
  store i64 %rc1243, ptr %v241, align 4
  store ptr %v241, ptr %s3, align 8
  br label %i22

i22:                                              ; preds = %i21
  %v244 = load ptr, ptr %s3, align 8
  %f245 = getelementptr i8, ptr %1, i64 104
  store ptr %v244, ptr %f245, align 8
  %f246 = getelementptr i8, ptr %f1, i64 44
  %f247 = getelementptr i8, ptr %1, i64 56
  store ptr %f246, ptr %f247, align 8
  %f248 = getelementptr i8, ptr %1, i64 104
  %c249 = call i32 @rjit_op_pop_except(ptr %0, ptr %1, ptr %f248, i32 0)
  br label %ok250

i23:                                              ; preds = %ok250
  br label %deopt251

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker5:                                    ; preds = %i0
  %c6 = call i32 @rjit_eval_breaker(ptr %0)
  %pending = icmp ne i32 %c6, 0
  br i1 %pending, label %deopt, label %cont

cont:                                             ; preds = %eval_breaker5, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker5
  %c7 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c7

unbound:                                          ; preds = %i3
  %f11 = getelementptr i8, ptr %f1, i64 6
  %f12 = getelementptr i8, ptr %1, i64 56
  store ptr %f11, ptr %f12, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %unwind

bound:                                            ; preds = %i3
  %rc26 = load i64, ptr %local, align 4
  %rc127 = add i64 %rc26, 1
  store i64 %rc127, ptr %local, align 4
  store ptr %local, ptr %s1, align 8
  br label %i4

unwind:                                           ; preds = %unbound
  call void @rjit_traceback_here(ptr %0)
  %f13 = getelementptr i8, ptr %0, i64 56
  %p14 = load ptr, ptr %f13, align 8
  %f15 = getelementptr i8, ptr %p14, i64 0
  %use_tracing = load i8, ptr %f15, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %trace_exception, label %unwind_compiled

trace_exception:                                  ; preds = %unwind
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled

unwind_compiled:                                  ; preds = %trace_exception, %unwind
  %v = load ptr, ptr %s0, align 8
  %isnull16 = icmp eq ptr %v, null
  br i1 %isnull16, label %cont17, label %xdec

xdec:                                             ; preds = %unwind_compiled
  %rc18 = load i64, ptr %v, align 4
  %rc119 = sub i64 %rc18, 1
  store i64 %rc119, ptr %v, align 4
  %dead = icmp eq i64 %rc119, 0
  br i1 %dead, label %dealloc, label %cont20

cont17:                                           ; preds = %cont20, %unwind_compiled
  %c21 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c21, ptr %s0, align 8
  br i1 %tracing, label %deopt22, label %i7

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont20

cont20:                                           ; preds = %dealloc, %xdec
  br label %cont17

deopt22:                                          ; preds = %cont17
  %v23 = load ptr, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %1, i64 80
  store ptr %v23, ptr %f24, align 8
  %c25 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c25

dealloc36:                                        ; preds = %i4
  call void @_Py_Dealloc(ptr %v29)
  br label %cont37

cont37:                                           ; preds = %dealloc36, %i4
  %rc38 = load i64, ptr %v28, align 4
  %rc139 = sub i64 %rc38, 1
  store i64 %rc139, ptr %v28, align 4
  %dead40 = icmp eq i64 %rc139, 0
  br i1 %dead40, label %dealloc41, label %cont42

dealloc41:                                        ; preds = %cont37
  call void @_Py_Dealloc(ptr %v28)
  br label %cont42

cont42:                                           ; preds = %dealloc41, %cont37
  %isnull56 = icmp eq ptr %c32, null
  br i1 %isnull56, label %unwind43, label %ok

unwind43:                                         ; preds = %cont42
  call void @rjit_traceback_here(ptr %0)
  %f44 = getelementptr i8, ptr %0, i64 56
  %p45 = load ptr, ptr %f44, align 8
  %f46 = getelementptr i8, ptr %p45, i64 0
  %use_tracing47 = load i8, ptr %f46, align 1
  %tracing48 = icmp ne i8 %use_tracing47, 0
  br i1 %tracing48, label %trace_exception49, label %unwind_compiled50

trace_exception49:                                ; preds = %unwind43
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled50

unwind_compiled50:                                ; preds = %trace_exception49, %unwind43
  %c51 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c51, ptr %s0, align 8
  br i1 %tracing48, label %deopt52, label %i7

deopt52:                                          ; preds = %unwind_compiled50
  %v53 = load ptr, ptr %s0, align 8
  %f54 = getelementptr i8, ptr %1, i64 80
  store ptr %v53, ptr %f54, align 8
  %c55 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 1, i32 0)
  ret ptr %c55

ok:                                               ; preds = %cont42
  store ptr %c32, ptr %s0, align 8
  br label %i6

ok67:                                             ; preds = %i7
  %f68 = getelementptr i8, ptr %1, i64 80
  %r = load ptr, ptr %f68, align 8
  store ptr %r, ptr %s0, align 8
  %f69 = getelementptr i8, ptr %1, i64 88
  %r70 = load ptr, ptr %f69, align 8
  store ptr %r70, ptr %s1, align 8
  br label %i8

unwind76:                                         ; preds = %i8
  call void @rjit_traceback_here(ptr %0)
  %f77 = getelementptr i8, ptr %0, i64 56
  %p78 = load ptr, ptr %f77, align 8
  %f79 = getelementptr i8, ptr %p78, i64 0
  %use_tracing80 = load i8, ptr %f79, align 1
  %tracing81 = icmp ne i8 %use_tracing80, 0
  br i1 %tracing81, label %trace_exception82, label %unwind_compiled83

trace_exception82:                                ; preds = %unwind76
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled83

unwind_compiled83:                                ; preds = %trace_exception82, %unwind76
  %v84 = load ptr, ptr %s1, align 8
  %isnull85 = icmp eq ptr %v84, null
  br i1 %isnull85, label %cont87, label %xdec86

xdec86:                                           ; preds = %unwind_compiled83
  %rc88 = load i64, ptr %v84, align 4
  %rc189 = sub i64 %rc88, 1
  store i64 %rc189, ptr %v84, align 4
  %dead90 = icmp eq i64 %rc189, 0
  br i1 %dead90, label %dealloc91, label %cont92

cont87:                                           ; preds = %cont92, %unwind_compiled83
  %c93 = call ptr @rjit_lasti(ptr %1)
  store ptr %c93, ptr %s1, align 8
  %c94 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c94, ptr %s2, align 8
  br i1 %tracing81, label %deopt95, label %i21

dealloc91:                                        ; preds = %xdec86
  call void @_Py_Dealloc(ptr %v84)
  br label %cont92

cont92:                                           ; preds = %dealloc91, %xdec86
  br label %cont87

deopt95:                                          ; preds = %cont87
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %v98 = load ptr, ptr %s1, align 8
  %f99 = getelementptr i8, ptr %1, i64 88
  store ptr %v98, ptr %f99, align 8
  %v100 = load ptr, ptr %s2, align 8
  %f101 = getelementptr i8, ptr %1, i64 96
  store ptr %v100, ptr %f101, align 8
  %c102 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c102

ok103:                                            ; preds = %i8
  store ptr %c75, ptr %s2, align 8
  br label %i14

ok113:                                            ; preds = %i14
  %f141 = getelementptr i8, ptr %1, i64 88
  %r142 = load ptr, ptr %f141, align 8
  store ptr %r142, ptr %s1, align 8
  %f143 = getelementptr i8, ptr %1, i64 96
  %r144 = load ptr, ptr %f143, align 8
  store ptr %r144, ptr %s2, align 8
  br label %i15

unwind114:                                        ; preds = %i14
  call void @rjit_traceback_here(ptr %0)
  %f115 = getelementptr i8, ptr %0, i64 56
  %p116 = load ptr, ptr %f115, align 8
  %f117 = getelementptr i8, ptr %p116, i64 0
  %use_tracing118 = load i8, ptr %f117, align 1
  %tracing119 = icmp ne i8 %use_tracing118, 0
  br i1 %tracing119, label %trace_exception120, label %unwind_compiled121

trace_exception120:                               ; preds = %unwind114
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled121

unwind_compiled121:                               ; preds = %trace_exception120, %unwind114
  %v122 = load ptr, ptr %s1, align 8
  %isnull123 = icmp eq ptr %v122, null
  br i1 %isnull123, label %cont125, label %xdec124

xdec124:                                          ; preds = %unwind_compiled121
  %rc126 = load i64, ptr %v122, align 4
  %rc1127 = sub i64 %rc126, 1
  store i64 %rc1127, ptr %v122, align 4
  %dead128 = icmp eq i64 %rc1127, 0
  br i1 %dead128, label %dealloc129, label %cont130

cont125:                                          ; preds = %cont130, %unwind_compiled121
  %c131 = call ptr @rjit_lasti(ptr %1)
  store ptr %c131, ptr %s1, align 8
  %c132 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c132, ptr %s2, align 8
  br i1 %tracing119, label %deopt133, label %i21

dealloc129:                                       ; preds = %xdec124
  call void @_Py_Dealloc(ptr %v122)
  br label %cont130

cont130:                                          ; preds = %dealloc129, %xdec124
  br label %cont125

deopt133:                                         ; preds = %cont125
  %v134 = load ptr, ptr %s0, align 8
  %f135 = getelementptr i8, ptr %1, i64 80
  store ptr %v134, ptr %f135, align 8
  %v136 = load ptr, ptr %s1, align 8
  %f137 = getelementptr i8, ptr %1, i64 88
  store ptr %v136, ptr %f137, align 8
  %v138 = load ptr, ptr %s2, align 8
  %f139 = getelementptr i8, ptr %1, i64 96
  store ptr %v138, ptr %f139, align 8
  %c140 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c140

chk_false:                                        ; preds = %i15
  %a146 = ptrtoint ptr %v145 to i64
  %eq147 = icmp eq i64 %a146, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq147, label %fast_bool, label %is_true

fast_bool:                                        ; preds = %chk_false, %i15
  %rc148 = load i64, ptr %v145, align 4
  %rc1149 = sub i64 %rc148, 1
  store i64 %rc1149, ptr %v145, align 4
  br label %truth

is_true:                                          ; preds = %chk_false
  %f150 = getelementptr i8, ptr %f1, i64 30
  %f151 = getelementptr i8, ptr %1, i64 56
  store ptr %f150, ptr %f151, align 8
  %c152 = call i32 @PyObject_IsTrue(ptr %v145)
  %rc153 = load i64, ptr %v145, align 4
  %rc1154 = sub i64 %rc153, 1
  store i64 %rc1154, ptr %v145, align 4
  %dead155 = icmp eq i64 %rc1154, 0
  br i1 %dead155, label %dealloc156, label %cont157

truth:                                            ; preds = %ok185, %fast_bool
  %t = phi i1 [ %eq, %fast_bool ], [ %truthy, %ok185 ]
  br i1 %t, label %i16, label %i20

dealloc156:                                       ; preds = %is_true
  call void @_Py_Dealloc(ptr %v145)
  br label %cont157

cont157:                                          ; preds = %dealloc156, %is_true
  %neg = icmp slt i32 %c152, 0
  br i1 %neg, label %unwind158, label %ok185

unwind158:                                        ; preds = %cont157
  call void @rjit_traceback_here(ptr %0)
  %f159 = getelementptr i8, ptr %0, i64 56
  %p160 = load ptr, ptr %f159, align 8
  %f161 = getelementptr i8, ptr %p160, i64 0
  %use_tracing162 = load i8, ptr %f161, align 1
  %tracing163 = icmp ne i8 %use_tracing162, 0
  br i1 %tracing163, label %trace_exception164, label %unwind_compiled165

trace_exception164:                               ; preds = %unwind158
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled165

unwind_compiled165:                               ; preds = %trace_exception164, %unwind158
  %v166 = load ptr, ptr %s1, align 8
  %isnull167 = icmp eq ptr %v166, null
  br i1 %isnull167, label %cont169, label %xdec168

xdec168:                                          ; preds = %unwind_compiled165
  %rc170 = load i64, ptr %v166, align 4
  %rc1171 = sub i64 %rc170, 1
  store i64 %rc1171, ptr %v166, align 4
  %dead172 = icmp eq i64 %rc1171, 0
  br i1 %dead172, label %dealloc173, label %cont174

cont169:                                          ; preds = %cont174, %unwind_compiled165
  %c175 = call ptr @rjit_lasti(ptr %1)
  store ptr %c175, ptr %s1, align 8
  %c176 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c176, ptr %s2, align 8
  br i1 %tracing163, label %deopt177, label %i21

dealloc173:                                       ; preds = %xdec168
  call void @_Py_Dealloc(ptr %v166)
  br label %cont174

cont174:                                          ; preds = %dealloc173, %xdec168
  br label %cont169

deopt177:                                         ; preds = %cont169
  %v178 = load ptr, ptr %s0, align 8
  %f179 = getelementptr i8, ptr %1, i64 80
  store ptr %v178, ptr %f179, align 8
  %v180 = load ptr, ptr %s1, align 8
  %f181 = getelementptr i8, ptr %1, i64 88
  store ptr %v180, ptr %f181, align 8
  %v182 = load ptr, ptr %s2, align 8
  %f183 = getelementptr i8, ptr %1, i64 96
  store ptr %v182, ptr %f183, align 8
  %c184 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c184

ok185:                                            ; preds = %cont157
  %truthy = icmp ne i32 %c152, 0
  br label %truth

xdec190:                                          ; preds = %i16
  %rc192 = load i64, ptr %v186, align 4
  %rc1193 = sub i64 %rc192, 1
  store i64 %rc1193, ptr %v186, align 4
  %dead194 = icmp eq i64 %rc1193, 0
  br i1 %dead194, label %dealloc195, label %cont196

cont191:                                          ; preds = %cont196, %i16
  br label %i17

dealloc195:                                       ; preds = %xdec190
  call void @_Py_Dealloc(ptr %v186)
  br label %cont196

cont196:                                          ; preds = %dealloc195, %xdec190
  br label %cont191

ok203:                                            ; preds = %i17
  br label %i18

ok218:                                            ; preds = %not_error
  unreachable

unwind219:                                        ; preds = %i20
  call void @rjit_traceback_here(ptr %0)
  %f220 = getelementptr i8, ptr %0, i64 56
  %p221 = load ptr, ptr %f220, align 8
  %f222 = getelementptr i8, ptr %p221, i64 0
  %use_tracing223 = load i8, ptr %f222, align 1
  %tracing224 = icmp ne i8 %use_tracing223, 0
  br i1 %tracing224, label %trace_exception225, label %unwind_compiled226

trace_exception225:                               ; preds = %unwind219
  call void @rjit_trace_exception(ptr %0, ptr %1)
  br label %unwind_compiled226

unwind_compiled226:                               ; preds = %trace_exception225, %unwind219
  %c227 = call ptr @rjit_lasti(ptr %1)
  store ptr %c227, ptr %s1, align 8
  %c228 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c228, ptr %s2, align 8
  br i1 %tracing224, label %deopt229, label %i21

deopt229:                                         ; preds = %unwind_compiled226
  %v230 = load ptr, ptr %s0, align 8
  %f231 = getelementptr i8, ptr %1, i64 80
  store ptr %v230, ptr %f231, align 8
  %v232 = load ptr, ptr %s1, align 8
  %f233 = getelementptr i8, ptr %1, i64 88
  store ptr %v232, ptr %f233, align 8
  %v234 = load ptr, ptr %s2, align 8
  %f235 = getelementptr i8, ptr %1, i64 96
  store ptr %v234, ptr %f235, align 8
  %c236 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 20, i32 3, i32 0)
  ret ptr %c236

unwind238:                                        ; preds = %not_error
  %c239 = call ptr @rjit_lasti(ptr %1)
  store ptr %c239, ptr %s1, align 8
  %c240 = call ptr @rjit_fetch_exception(ptr %0)
  store ptr %c240, ptr %s2, align 8
  br label %i21

not_error:                                        ; preds = %i20
  %reraise = icmp sgt i32 %c217, 0
  br i1 %reraise, label %unwind238, label %ok218

ok250:                                            ; preds = %i22
  br label %i23

deopt251:                                         ; preds = %i23
  %v252 = load ptr, ptr %s0, align 8
  %f253 = getelementptr i8, ptr %1, i64 80
  store ptr %v252, ptr %f253, align 8
  %v254 = load ptr, ptr %s1, align 8
  %f255 = getelementptr i8, ptr %1, i64 88
  store ptr %v254, ptr %f255, align 8
  %v256 = load ptr, ptr %s2, align 8
  %f257 = getelementptr i8, ptr %1, i64 96
  store ptr %v256, ptr %f257, align 8
  %c258 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 22, i32 3, i32 0)
  ret ptr %c258
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
