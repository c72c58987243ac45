# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %f2 = getelementptr i8, ptr %1, i64 56
  %p3 = load ptr, ptr %f2, align 8
  %prev = ptrtoint ptr %p3 to i64
  %base = ptrtoint ptr %f1 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume7
    i64 11, label %resume15
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %f1, i64 2
  %f25 = getelementptr i8, ptr %1, i64 56
  store ptr %f24, ptr %f25, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f27 = getelementptr i8, ptr %0, i64 16
  %p28 = load ptr, ptr %f27, align 8
  %f29 = getelementptr i8, ptr %p28, i64 100
  %eval_breaker = load volatile i32, ptr %f29, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker30, label %cont31

i3:                                               ; preds = %cont31
  %f36 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f36, align 8
  %isnull37 = icmp eq ptr %local, null
  br i1 %isnull37, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v44 = load ptr, ptr %s0, align 8
  %f45 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f45, align 4
  %f46 = getelementptr i8, ptr %f1, i64 8
  %f47 = getelementptr i8, ptr %1, i64 56
  store ptr %f46, ptr %f47, align 8
  %f48 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f48, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v44

i5:                                               ; preds = %reload8
  %f49 = getelementptr i8, ptr %0, i64 16
  %p50 = load ptr, ptr %f49, align 8
  %f51 = getelementptr i8, ptr %p50, i64 100
  %eval_breaker52 = load volatile i32, ptr %f51, align 4
  %eb53 = icmp ne i32 %eval_breaker52, 0
  br i1 %eb53, label %eval_breaker54, label %cont55

i6:                                               ; preds = %cont55
  %v65 = load ptr, ptr %s0, align 8
  %f66 = getelementptr i8, ptr %f1, i64 12
  %f67 = getelementptr i8, ptr %1, i64 56
  store ptr %f66, ptr %f67, align 8
  %isnull68 = icmp eq ptr %v65, null
  br i1 %isnull68, label %cont70, label %xdec69

i7:                                               ; preds = %cont70
  %f76 = getelementptr i8, ptr %1, i64 72
  %local77 = load ptr, ptr %f76, align 8
  %isnull80 = icmp eq ptr %local77, null
  br i1 %isnull80, label %unbound78, label %bound79

i8:                                               ; preds = %bound79
  %f87 = getelementptr i8, ptr %2, i64 8
  %p88 = load ptr, ptr %f87, align 8
  %rc89 = load i64, ptr %p88, align 4
  %rc190 = add i64 %rc89, 1
  store i64 %rc190, ptr %p88, align 4
  store ptr %p88, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v91 = load ptr, ptr %s1, align 8
  %v92 = load ptr, ptr %s0, align 8
  %f93 = getelementptr i8, ptr %f1, i64 18
  %f94 = getelementptr i8, ptr %1, i64 56
  store ptr %f93, ptr %f94, align 8
  %c95 = call ptr @PyNumber_Add(ptr %v92, ptr %v91)
  %rc96 = load i64, ptr %v92, align 4
  %rc197 = sub i64 %rc96, 1
  store i64 %rc197, ptr %v92, align 4
  %dead98 = icmp eq i64 %rc197, 0
  br i1 %dead98, label %dealloc99, label %cont100

i11:                                              ; preds = %ok
  %v109 = load ptr, ptr %s0, align 8
  %f110 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f110, align 4
  %f111 = getelementptr i8, ptr %f1, i64 22
  %f112 = getelementptr i8, ptr %1, i64 56
  store ptr %f111, ptr %f112, align 8
  %f113 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f113, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v109

i12:                                              ; preds = %reload16
  %f114 = getelementptr i8, ptr %0, i64 16
  %p115 = load ptr, ptr %f114, align 8
  %f116 = getelementptr i8, ptr %p115, i64 100
  %eval_breaker117 = load volatile i32, ptr %f116, align 4
  %eb118 = icmp ne i32 %eval_breaker117, 0
  br i1 %eb118, label %eval_breaker119, label %cont120

i13:                                              ; preds = %cont120
  %v130 = load ptr, ptr %s0, align 8
  %f131 = getelementptr i8, ptr %f1, i64 26
  %f132 = getelementptr i8, ptr %1, i64 56
  store ptr %f131, ptr %f132, align 8
  %isnull133 = icmp eq ptr %v130, null
  br i1 %isnull133, label %cont135, label %xdec134

i14:                                              ; preds = %cont135
  %f141 = getelementptr i8, ptr %2, i64 0
  %p142 = load ptr, ptr %f141, align 8
  %rc144 = load i64, ptr %p142, align 4
  %rc1145 = add i64 %rc144, 1
  store i64 %rc1145, ptr %p142, align 4
  store ptr %p142, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v146 = load ptr, ptr %s0, align 8
  %f147 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f147, align 4
  %f148 = getelementptr i8, ptr %f1, i64 30
  %f149 = getelementptr i8, ptr %1, i64 56
  store ptr %f148, ptr %f149, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v146

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %c4 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c4, 0
  br i1 %enter_failed, label %recursion_error, label %reload

reload:                                           ; preds = %resume
  %f5 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f5, align 8
  store ptr %saved, ptr %s0, align 8
  %f6 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f6, align 4
  br label %i1

recursion_error:                                  ; preds = %resume
  ret ptr null

resume7:                                          ; preds = %entry
  %c9 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed10 = icmp ne i32 %c9, 0
  br i1 %enter_failed10, label %recursion_error11, label %reload8

reload8:                                          ; preds = %resume7
  %f12 = getelementptr i8, ptr %1, i64 80
  %saved13 = load ptr, ptr %f12, align 8
  store ptr %saved13, ptr %s0, align 8
  %f14 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f14, align 4
  br label %i5

recursion_error11:                                ; preds = %resume7
  ret ptr null

resume15:                                         ; preds = %entry
  %c17 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed18 = icmp ne i32 %c17, 0
  br i1 %enter_failed18, label %recursion_error19, label %reload16

reload16:                                         ; preds = %resume15
  %f20 = getelementptr i8, ptr %1, i64 80
  %saved21 = load ptr, ptr %f20, align 8
  store ptr %saved21, ptr %s0, align 8
  %f22 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f22, align 4
  br label %i12

recursion_error19:                                ; preds = %resume15
  ret ptr null

deopt:                                            ; preds = %i0
  %c23 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c23

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont26

cont:                                             ; preds = %cont26, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont26

cont26:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker30:                                   ; preds = %i2
  %c32 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c32, label %deopt33 [
    i32 0, label %cont31
    i32 -1, label %error
  ]

cont31:                                           ; preds = %eval_breaker30, %i2
  br label %i3

deopt33:                                          ; preds = %eval_breaker30
  %c34 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c34

error:                                            ; preds = %eval_breaker30
  %c35 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c35

unbound:                                          ; preds = %i3
  %f38 = getelementptr i8, ptr %f1, i64 6
  %f39 = getelementptr i8, ptr %1, i64 56
  store ptr %f38, ptr %f39, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error40

bound:                                            ; preds = %i3
  %rc42 = load i64, ptr %local, align 4
  %rc143 = add i64 %rc42, 1
  store i64 %rc143, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error40:                                          ; preds = %unbound
  %c41 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c41

eval_breaker54:                                   ; preds = %i5
  %c56 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c56, label %deopt57 [
    i32 0, label %cont55
    i32 -1, label %error61
  ]

cont55:                                           ; preds = %eval_breaker54, %i5
  br label %i6

deopt57:                                          ; preds = %eval_breaker54
  %v58 = load ptr, ptr %s0, align 8
  %f59 = getelementptr i8, ptr %1, i64 80
  store ptr %v58, ptr %f59, align 8
  %c60 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c60

error61:                                          ; preds = %eval_breaker54
  %v62 = load ptr, ptr %s0, align 8
  %f63 = getelementptr i8, ptr %1, i64 80
  store ptr %v62, ptr %f63, align 8
  %c64 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c64

xdec69:                                           ; preds = %i6
  %rc71 = load i64, ptr %v65, align 4
  %rc172 = sub i64 %rc71, 1
  store i64 %rc172, ptr %v65, align 4
  %dead73 = icmp eq i64 %rc172, 0
  br i1 %dead73, label %dealloc74, label %cont75

cont70:                                           ; preds = %cont75, %i6
  br label %i7

dealloc74:                                        ; preds = %xdec69
  call void @_Py_Dealloc(ptr %v65)
  br label %cont75

cont75:                                           ; preds = %dealloc74, %xdec69
  br label %cont70

unbound78:                                        ; preds = %i7
  %f81 = getelementptr i8, ptr %f1, i64 14
  %f82 = getelementptr i8, ptr %1, i64 56
  store ptr %f81, ptr %f82, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error83

bound79:                                          ; preds = %i7
  %rc85 = load i64, ptr %local77, align 4
  %rc186 = add i64 %rc85, 1
  store i64 %rc186, ptr %local77, align 4
  store ptr %local77, ptr %s0, align 8
  br label %i8

error83:                                          ; preds = %unbound78
  %c84 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c84

dealloc99:                                        ; preds = %i9
  call void @_Py_Dealloc(ptr %v92)
  br label %cont100

cont100:                                          ; preds = %dealloc99, %i9
  %rc101 = load i64, ptr %v91, align 4
  %rc1102 = sub i64 %rc101, 1
  store i64 %rc1102, ptr %v91, align 4
  %dead103 = icmp eq i64 %rc1102, 0
  br i1 %dead103, label %dealloc104, label %cont105

dealloc104:                                       ; preds = %cont100
  call void @_Py_Dealloc(ptr %v91)
  br label %cont105

cont105:                                          ; preds = %dealloc104, %cont100
  %isnull108 = icmp eq ptr %c95, null
  br i1 %isnull108, label %error106, label %ok

error106:                                         ; preds = %cont105
  %c107 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c107

ok:                                               ; preds = %cont105
  store ptr %c95, ptr %s0, align 8
  br label %i11

eval_breaker119:                                  ; preds = %i12
  %c121 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c121, label %deopt122 [
    i32 0, label %cont120
    i32 -1, label %error126
  ]

cont120:                                          ; preds = %eval_breaker119, %i12
  br label %i13

deopt122:                                         ; preds = %eval_breaker119
  %v123 = load ptr, ptr %s0, align 8
  %f124 = getelementptr i8, ptr %1, i64 80
  store ptr %v123, ptr %f124, align 8
  %c125 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c125

error126:                                         ; preds = %eval_breaker119
  %v127 = load ptr, ptr %s0, align 8
  %f128 = getelementptr i8, ptr %1, i64 80
  store ptr %v127, ptr %f128, align 8
  %c129 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c129

xdec134:                                          ; preds = %i13
  %rc136 = load i64, ptr %v130, align 4
  %rc1137 = sub i64 %rc136, 1
  store i64 %rc1137, ptr %v130, align 4
  %dead138 = icmp eq i64 %rc1137, 0
  br i1 %dead138, label %dealloc139, label %cont140

cont135:                                          ; preds = %cont140, %i13
  br label %i14

dealloc139:                                       ; preds = %xdec134
  call void @_Py_Dealloc(ptr %v130)
  br label %cont140

cont140:                                          ; preds = %dealloc139, %xdec134
  br label %cont135
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_enter(ptr, ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyNumber_Add(ptr, ptr)
