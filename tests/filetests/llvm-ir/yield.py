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
  %f2 = getelementptr i8, ptr %2, i64 16
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %1, i64 56
  %p5 = load ptr, ptr %f4, align 8
  %prev = ptrtoint ptr %p5 to i64
  %base = ptrtoint ptr %f1 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume9
    i64 11, label %resume17
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %f26 = getelementptr i8, ptr %f1, i64 2
  %f27 = getelementptr i8, ptr %1, i64 56
  store ptr %f26, ptr %f27, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f29 = getelementptr i8, ptr %0, i64 16
  %p30 = load ptr, ptr %f29, align 8
  %f31 = getelementptr i8, ptr %p30, i64 100
  %eval_breaker = load volatile i32, ptr %f31, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker32, label %cont33

i3:                                               ; preds = %cont33
  %f38 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f38, align 8
  %isnull39 = icmp eq ptr %local, null
  br i1 %isnull39, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v46 = load ptr, ptr %s0, align 8
  %f47 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f47, align 4
  %f48 = getelementptr i8, ptr %f1, i64 8
  %f49 = getelementptr i8, ptr %1, i64 56
  store ptr %f48, ptr %f49, align 8
  %f50 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f50, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v46

i5:                                               ; preds = %reload10
  %f51 = getelementptr i8, ptr %0, i64 16
  %p52 = load ptr, ptr %f51, align 8
  %f53 = getelementptr i8, ptr %p52, i64 100
  %eval_breaker54 = load volatile i32, ptr %f53, align 4
  %eb55 = icmp ne i32 %eval_breaker54, 0
  br i1 %eb55, label %eval_breaker56, label %cont57

i6:                                               ; preds = %cont57
  %v67 = load ptr, ptr %s0, align 8
  %f68 = getelementptr i8, ptr %f1, i64 12
  %f69 = getelementptr i8, ptr %1, i64 56
  store ptr %f68, ptr %f69, align 8
  %isnull70 = icmp eq ptr %v67, null
  br i1 %isnull70, label %cont72, label %xdec71

i7:                                               ; preds = %cont72
  %f78 = getelementptr i8, ptr %1, i64 72
  %local79 = load ptr, ptr %f78, align 8
  %isnull82 = icmp eq ptr %local79, null
  br i1 %isnull82, label %unbound80, label %bound81

i8:                                               ; preds = %bound81
  %f89 = getelementptr i8, ptr %2, i64 8
  %p90 = load ptr, ptr %f89, align 8
  %rc91 = load i64, ptr %p90, align 4
  %rc192 = add i64 %rc91, 1
  store i64 %rc192, ptr %p90, align 4
  store ptr %p90, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v93 = load ptr, ptr %s1, align 8
  %v94 = load ptr, ptr %s0, align 8
  %f95 = getelementptr i8, ptr %f1, i64 18
  %f96 = getelementptr i8, ptr %1, i64 56
  store ptr %f95, ptr %f96, align 8
  %c97 = call ptr @PyNumber_Add(ptr %v94, ptr %v93)
  %rc98 = load i64, ptr %v94, align 4
  %rc199 = sub i64 %rc98, 1
  store i64 %rc199, ptr %v94, align 4
  %dead100 = icmp eq i64 %rc199, 0
  br i1 %dead100, label %dealloc101, label %cont102

i11:                                              ; preds = %ok
  %v111 = load ptr, ptr %s0, align 8
  %f112 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f112, align 4
  %f113 = getelementptr i8, ptr %f1, i64 22
  %f114 = getelementptr i8, ptr %1, i64 56
  store ptr %f113, ptr %f114, align 8
  %f115 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f115, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v111

i12:                                              ; preds = %reload18
  %f116 = getelementptr i8, ptr %0, i64 16
  %p117 = load ptr, ptr %f116, align 8
  %f118 = getelementptr i8, ptr %p117, i64 100
  %eval_breaker119 = load volatile i32, ptr %f118, align 4
  %eb120 = icmp ne i32 %eval_breaker119, 0
  br i1 %eb120, label %eval_breaker121, label %cont122

i13:                                              ; preds = %cont122
  %v132 = load ptr, ptr %s0, align 8
  %f133 = getelementptr i8, ptr %f1, i64 26
  %f134 = getelementptr i8, ptr %1, i64 56
  store ptr %f133, ptr %f134, align 8
  %isnull135 = icmp eq ptr %v132, null
  br i1 %isnull135, label %cont137, label %xdec136

i14:                                              ; preds = %cont137
  %f143 = getelementptr i8, ptr %2, i64 0
  %p144 = load ptr, ptr %f143, align 8
  %rc146 = load i64, ptr %p144, align 4
  %rc1147 = add i64 %rc146, 1
  store i64 %rc1147, ptr %p144, align 4
  store ptr %p144, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v148 = load ptr, ptr %s0, align 8
  %f149 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f149, align 4
  %f150 = getelementptr i8, ptr %f1, i64 30
  %f151 = getelementptr i8, ptr %1, i64 56
  store ptr %f150, ptr %f151, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v148

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %c6 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c6, 0
  br i1 %enter_failed, label %recursion_error, label %reload

reload:                                           ; preds = %resume
  %f7 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f7, align 8
  store ptr %saved, ptr %s0, align 8
  %f8 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f8, align 4
  br label %i1

recursion_error:                                  ; preds = %resume
  ret ptr null

resume9:                                          ; preds = %entry
  %c11 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed12 = icmp ne i32 %c11, 0
  br i1 %enter_failed12, label %recursion_error13, label %reload10

reload10:                                         ; preds = %resume9
  %f14 = getelementptr i8, ptr %1, i64 80
  %saved15 = load ptr, ptr %f14, align 8
  store ptr %saved15, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i5

recursion_error13:                                ; preds = %resume9
  ret ptr null

resume17:                                         ; preds = %entry
  %c19 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed20 = icmp ne i32 %c19, 0
  br i1 %enter_failed20, label %recursion_error21, label %reload18

reload18:                                         ; preds = %resume17
  %f22 = getelementptr i8, ptr %1, i64 80
  %saved23 = load ptr, ptr %f22, align 8
  store ptr %saved23, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f24, align 4
  br label %i12

recursion_error21:                                ; preds = %resume17
  ret ptr null

deopt:                                            ; preds = %i0
  %c25 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c25

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont28

cont:                                             ; preds = %cont28, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont28

cont28:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker32:                                   ; preds = %i2
  %c34 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c34, label %deopt35 [
    i32 0, label %cont33
    i32 -1, label %error
  ]

cont33:                                           ; preds = %eval_breaker32, %i2
  br label %i3

deopt35:                                          ; preds = %eval_breaker32
  %c36 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c36

error:                                            ; preds = %eval_breaker32
  %c37 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c37

unbound:                                          ; preds = %i3
  %f40 = getelementptr i8, ptr %f1, i64 6
  %f41 = getelementptr i8, ptr %1, i64 56
  store ptr %f40, ptr %f41, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error42

bound:                                            ; preds = %i3
  %rc44 = load i64, ptr %local, align 4
  %rc145 = add i64 %rc44, 1
  store i64 %rc145, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error42:                                          ; preds = %unbound
  %c43 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c43

eval_breaker56:                                   ; preds = %i5
  %c58 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c58, label %deopt59 [
    i32 0, label %cont57
    i32 -1, label %error63
  ]

cont57:                                           ; preds = %eval_breaker56, %i5
  br label %i6

deopt59:                                          ; preds = %eval_breaker56
  %v60 = load ptr, ptr %s0, align 8
  %f61 = getelementptr i8, ptr %1, i64 80
  store ptr %v60, ptr %f61, align 8
  %c62 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c62

error63:                                          ; preds = %eval_breaker56
  %v64 = load ptr, ptr %s0, align 8
  %f65 = getelementptr i8, ptr %1, i64 80
  store ptr %v64, ptr %f65, align 8
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c66

xdec71:                                           ; preds = %i6
  %rc73 = load i64, ptr %v67, align 4
  %rc174 = sub i64 %rc73, 1
  store i64 %rc174, ptr %v67, align 4
  %dead75 = icmp eq i64 %rc174, 0
  br i1 %dead75, label %dealloc76, label %cont77

cont72:                                           ; preds = %cont77, %i6
  br label %i7

dealloc76:                                        ; preds = %xdec71
  call void @_Py_Dealloc(ptr %v67)
  br label %cont77

cont77:                                           ; preds = %dealloc76, %xdec71
  br label %cont72

unbound80:                                        ; preds = %i7
  %f83 = getelementptr i8, ptr %f1, i64 14
  %f84 = getelementptr i8, ptr %1, i64 56
  store ptr %f83, ptr %f84, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error85

bound81:                                          ; preds = %i7
  %rc87 = load i64, ptr %local79, align 4
  %rc188 = add i64 %rc87, 1
  store i64 %rc188, ptr %local79, align 4
  store ptr %local79, ptr %s0, align 8
  br label %i8

error85:                                          ; preds = %unbound80
  %c86 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c86

dealloc101:                                       ; preds = %i9
  call void @_Py_Dealloc(ptr %v94)
  br label %cont102

cont102:                                          ; preds = %dealloc101, %i9
  %rc103 = load i64, ptr %v93, align 4
  %rc1104 = sub i64 %rc103, 1
  store i64 %rc1104, ptr %v93, align 4
  %dead105 = icmp eq i64 %rc1104, 0
  br i1 %dead105, label %dealloc106, label %cont107

dealloc106:                                       ; preds = %cont102
  call void @_Py_Dealloc(ptr %v93)
  br label %cont107

cont107:                                          ; preds = %dealloc106, %cont102
  %isnull110 = icmp eq ptr %c97, null
  br i1 %isnull110, label %error108, label %ok

error108:                                         ; preds = %cont107
  %c109 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c109

ok:                                               ; preds = %cont107
  store ptr %c97, ptr %s0, align 8
  br label %i11

eval_breaker121:                                  ; preds = %i12
  %c123 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c123, label %deopt124 [
    i32 0, label %cont122
    i32 -1, label %error128
  ]

cont122:                                          ; preds = %eval_breaker121, %i12
  br label %i13

deopt124:                                         ; preds = %eval_breaker121
  %v125 = load ptr, ptr %s0, align 8
  %f126 = getelementptr i8, ptr %1, i64 80
  store ptr %v125, ptr %f126, align 8
  %c127 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c127

error128:                                         ; preds = %eval_breaker121
  %v129 = load ptr, ptr %s0, align 8
  %f130 = getelementptr i8, ptr %1, i64 80
  store ptr %v129, ptr %f130, align 8
  %c131 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c131

xdec136:                                          ; preds = %i13
  %rc138 = load i64, ptr %v132, align 4
  %rc1139 = sub i64 %rc138, 1
  store i64 %rc1139, ptr %v132, align 4
  %dead140 = icmp eq i64 %rc1139, 0
  br i1 %dead140, label %dealloc141, label %cont142

cont137:                                          ; preds = %cont142, %i13
  br label %i14

dealloc141:                                       ; preds = %xdec136
  call void @_Py_Dealloc(ptr %v132)
  br label %cont142

cont142:                                          ; preds = %dealloc141, %xdec136
  br label %cont137
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_enter(ptr, ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyNumber_Add(ptr, ptr)
