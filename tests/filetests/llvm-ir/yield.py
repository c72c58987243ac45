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
  %f35 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f35, align 8
  %isnull36 = icmp eq ptr %local, null
  br i1 %isnull36, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v42 = load ptr, ptr %s0, align 8
  %f43 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f43, align 4
  %f44 = getelementptr i8, ptr %f1, i64 8
  %f45 = getelementptr i8, ptr %1, i64 56
  store ptr %f44, ptr %f45, align 8
  %f46 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f46, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v42

i5:                                               ; preds = %reload8
  %f47 = getelementptr i8, ptr %0, i64 16
  %p48 = load ptr, ptr %f47, align 8
  %f49 = getelementptr i8, ptr %p48, i64 100
  %eval_breaker50 = load volatile i32, ptr %f49, align 4
  %eb51 = icmp ne i32 %eval_breaker50, 0
  br i1 %eb51, label %eval_breaker52, label %cont53

i6:                                               ; preds = %cont53
  %v60 = load ptr, ptr %s0, align 8
  %f61 = getelementptr i8, ptr %f1, i64 12
  %f62 = getelementptr i8, ptr %1, i64 56
  store ptr %f61, ptr %f62, align 8
  %isnull63 = icmp eq ptr %v60, null
  br i1 %isnull63, label %cont65, label %xdec64

i7:                                               ; preds = %cont65
  %f71 = getelementptr i8, ptr %1, i64 72
  %local72 = load ptr, ptr %f71, align 8
  %isnull75 = icmp eq ptr %local72, null
  br i1 %isnull75, label %unbound73, label %bound74

i8:                                               ; preds = %bound74
  %f82 = getelementptr i8, ptr %2, i64 8
  %p83 = load ptr, ptr %f82, align 8
  %rc84 = load i64, ptr %p83, align 4
  %rc185 = add i64 %rc84, 1
  store i64 %rc185, ptr %p83, align 4
  store ptr %p83, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v86 = load ptr, ptr %s1, align 8
  %v87 = load ptr, ptr %s0, align 8
  %f88 = getelementptr i8, ptr %f1, i64 18
  %f89 = getelementptr i8, ptr %1, i64 56
  store ptr %f88, ptr %f89, align 8
  %c90 = call ptr @PyNumber_Add(ptr %v87, ptr %v86)
  %rc91 = load i64, ptr %v87, align 4
  %rc192 = sub i64 %rc91, 1
  store i64 %rc192, ptr %v87, align 4
  %dead93 = icmp eq i64 %rc192, 0
  br i1 %dead93, label %dealloc94, label %cont95

i11:                                              ; preds = %ok
  %v104 = load ptr, ptr %s0, align 8
  %f105 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f105, align 4
  %f106 = getelementptr i8, ptr %f1, i64 22
  %f107 = getelementptr i8, ptr %1, i64 56
  store ptr %f106, ptr %f107, align 8
  %f108 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f108, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v104

i12:                                              ; preds = %reload16
  %f109 = getelementptr i8, ptr %0, i64 16
  %p110 = load ptr, ptr %f109, align 8
  %f111 = getelementptr i8, ptr %p110, i64 100
  %eval_breaker112 = load volatile i32, ptr %f111, align 4
  %eb113 = icmp ne i32 %eval_breaker112, 0
  br i1 %eb113, label %eval_breaker114, label %cont115

i13:                                              ; preds = %cont115
  %v122 = load ptr, ptr %s0, align 8
  %f123 = getelementptr i8, ptr %f1, i64 26
  %f124 = getelementptr i8, ptr %1, i64 56
  store ptr %f123, ptr %f124, align 8
  %isnull125 = icmp eq ptr %v122, null
  br i1 %isnull125, label %cont127, label %xdec126

i14:                                              ; preds = %cont127
  %f133 = getelementptr i8, ptr %2, i64 0
  %p134 = load ptr, ptr %f133, align 8
  %rc135 = load i64, ptr %p134, align 4
  %rc1136 = add i64 %rc135, 1
  store i64 %rc1136, ptr %p134, align 4
  store ptr %p134, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v137 = load ptr, ptr %s0, align 8
  %f138 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f138, align 4
  %f139 = getelementptr i8, ptr %f1, i64 30
  %f140 = getelementptr i8, ptr %1, i64 56
  store ptr %f139, ptr %f140, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v137

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
  %pending = icmp ne i32 %c32, 0
  br i1 %pending, label %deopt33, label %cont31

cont31:                                           ; preds = %eval_breaker30, %i2
  br label %i3

deopt33:                                          ; preds = %eval_breaker30
  %c34 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c34

unbound:                                          ; preds = %i3
  %f37 = getelementptr i8, ptr %f1, i64 6
  %f38 = getelementptr i8, ptr %1, i64 56
  store ptr %f37, ptr %f38, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error

bound:                                            ; preds = %i3
  %rc40 = load i64, ptr %local, align 4
  %rc141 = add i64 %rc40, 1
  store i64 %rc141, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error:                                            ; preds = %unbound
  %c39 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c39

eval_breaker52:                                   ; preds = %i5
  %c54 = call i32 @rjit_eval_breaker(ptr %0)
  %pending55 = icmp ne i32 %c54, 0
  br i1 %pending55, label %deopt56, label %cont53

cont53:                                           ; preds = %eval_breaker52, %i5
  br label %i6

deopt56:                                          ; preds = %eval_breaker52
  %v57 = load ptr, ptr %s0, align 8
  %f58 = getelementptr i8, ptr %1, i64 80
  store ptr %v57, ptr %f58, align 8
  %c59 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c59

xdec64:                                           ; preds = %i6
  %rc66 = load i64, ptr %v60, align 4
  %rc167 = sub i64 %rc66, 1
  store i64 %rc167, ptr %v60, align 4
  %dead68 = icmp eq i64 %rc167, 0
  br i1 %dead68, label %dealloc69, label %cont70

cont65:                                           ; preds = %cont70, %i6
  br label %i7

dealloc69:                                        ; preds = %xdec64
  call void @_Py_Dealloc(ptr %v60)
  br label %cont70

cont70:                                           ; preds = %dealloc69, %xdec64
  br label %cont65

unbound73:                                        ; preds = %i7
  %f76 = getelementptr i8, ptr %f1, i64 14
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error78

bound74:                                          ; preds = %i7
  %rc80 = load i64, ptr %local72, align 4
  %rc181 = add i64 %rc80, 1
  store i64 %rc181, ptr %local72, align 4
  store ptr %local72, ptr %s0, align 8
  br label %i8

error78:                                          ; preds = %unbound73
  %c79 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c79

dealloc94:                                        ; preds = %i9
  call void @_Py_Dealloc(ptr %v87)
  br label %cont95

cont95:                                           ; preds = %dealloc94, %i9
  %rc96 = load i64, ptr %v86, align 4
  %rc197 = sub i64 %rc96, 1
  store i64 %rc197, ptr %v86, align 4
  %dead98 = icmp eq i64 %rc197, 0
  br i1 %dead98, label %dealloc99, label %cont100

dealloc99:                                        ; preds = %cont95
  call void @_Py_Dealloc(ptr %v86)
  br label %cont100

cont100:                                          ; preds = %dealloc99, %cont95
  %isnull103 = icmp eq ptr %c90, null
  br i1 %isnull103, label %error101, label %ok

error101:                                         ; preds = %cont100
  %c102 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c102

ok:                                               ; preds = %cont100
  store ptr %c90, ptr %s0, align 8
  br label %i11

eval_breaker114:                                  ; preds = %i12
  %c116 = call i32 @rjit_eval_breaker(ptr %0)
  %pending117 = icmp ne i32 %c116, 0
  br i1 %pending117, label %deopt118, label %cont115

cont115:                                          ; preds = %eval_breaker114, %i12
  br label %i13

deopt118:                                         ; preds = %eval_breaker114
  %v119 = load ptr, ptr %s0, align 8
  %f120 = getelementptr i8, ptr %1, i64 80
  store ptr %v119, ptr %f120, align 8
  %c121 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c121

xdec126:                                          ; preds = %i13
  %rc128 = load i64, ptr %v122, align 4
  %rc1129 = sub i64 %rc128, 1
  store i64 %rc1129, ptr %v122, align 4
  %dead130 = icmp eq i64 %rc1129, 0
  br i1 %dead130, label %dealloc131, label %cont132

cont127:                                          ; preds = %cont132, %i13
  br label %i14

dealloc131:                                       ; preds = %xdec126
  call void @_Py_Dealloc(ptr %v122)
  br label %cont132

cont132:                                          ; preds = %dealloc131, %xdec126
  br label %cont127
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_enter(ptr, ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyNumber_Add(ptr, ptr)
