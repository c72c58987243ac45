# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
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
  %f9 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f9, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f14 = getelementptr i8, ptr %1, i64 80
  %local15 = load ptr, ptr %f14, align 8
  %isnull18 = icmp eq ptr %local15, null
  br i1 %isnull18, label %unbound16, label %bound17

i3:                                               ; preds = %bound17
  %v26 = load ptr, ptr %s1, align 8
  %v27 = load ptr, ptr %s0, align 8
  %f28 = getelementptr i8, ptr %f1, i64 6
  %f29 = getelementptr i8, ptr %1, i64 56
  store ptr %f28, ptr %f29, align 8
  %c30 = call ptr @PyNumber_Add(ptr %v27, ptr %v26)
  %rc31 = load i64, ptr %v27, align 4
  %rc132 = sub i64 %rc31, 1
  store i64 %rc132, ptr %v27, align 4
  %dead = icmp eq i64 %rc132, 0
  br i1 %dead, label %dealloc, label %cont33

i5:                                               ; preds = %ok
  %v42 = load ptr, ptr %s0, align 8
  %f43 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f43, align 4
  %f44 = getelementptr i8, ptr %f1, i64 10
  %f45 = getelementptr i8, ptr %1, i64 56
  store ptr %f44, ptr %f45, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v42

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

unbound:                                          ; preds = %i1
  %f10 = getelementptr i8, ptr %f1, i64 2
  %f11 = getelementptr i8, ptr %1, i64 56
  store ptr %f10, ptr %f11, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error12

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error12:                                          ; preds = %unbound
  %c13 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c13

unbound16:                                        ; preds = %i2
  %f19 = getelementptr i8, ptr %f1, i64 4
  %f20 = getelementptr i8, ptr %1, i64 56
  store ptr %f19, ptr %f20, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error21

bound17:                                          ; preds = %i2
  %rc24 = load i64, ptr %local15, align 4
  %rc125 = add i64 %rc24, 1
  store i64 %rc125, ptr %local15, align 4
  store ptr %local15, ptr %s1, align 8
  br label %i3

error21:                                          ; preds = %unbound16
  %v = load ptr, ptr %s0, align 8
  %f22 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f22, align 8
  %c23 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c23

dealloc:                                          ; preds = %i3
  call void @_Py_Dealloc(ptr %v27)
  br label %cont33

cont33:                                           ; preds = %dealloc, %i3
  %rc34 = load i64, ptr %v26, align 4
  %rc135 = sub i64 %rc34, 1
  store i64 %rc135, ptr %v26, align 4
  %dead36 = icmp eq i64 %rc135, 0
  br i1 %dead36, label %dealloc37, label %cont38

dealloc37:                                        ; preds = %cont33
  call void @_Py_Dealloc(ptr %v26)
  br label %cont38

cont38:                                           ; preds = %dealloc37, %cont33
  %isnull41 = icmp eq ptr %c30, null
  br i1 %isnull41, label %error39, label %ok

error39:                                          ; preds = %cont38
  %c40 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c40

ok:                                               ; preds = %cont38
  store ptr %c30, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare void @rjit_leave(ptr, ptr)
