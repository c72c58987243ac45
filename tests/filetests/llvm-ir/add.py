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
  %f2 = getelementptr i8, ptr %2, i64 8
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
  %f11 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f11, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f16 = getelementptr i8, ptr %1, i64 80
  %local17 = load ptr, ptr %f16, align 8
  %isnull20 = icmp eq ptr %local17, null
  br i1 %isnull20, label %unbound18, label %bound19

i3:                                               ; preds = %bound19
  %v28 = load ptr, ptr %s1, align 8
  %v29 = load ptr, ptr %s0, align 8
  %f30 = getelementptr i8, ptr %f1, i64 6
  %f31 = getelementptr i8, ptr %1, i64 56
  store ptr %f30, ptr %f31, align 8
  %c32 = call ptr @PyNumber_Add(ptr %v29, ptr %v28)
  %rc33 = load i64, ptr %v29, align 4
  %rc134 = sub i64 %rc33, 1
  store i64 %rc134, ptr %v29, align 4
  %dead = icmp eq i64 %rc134, 0
  br i1 %dead, label %dealloc, label %cont35

i5:                                               ; preds = %ok
  %v44 = load ptr, ptr %s0, align 8
  %f45 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f45, align 4
  %f46 = getelementptr i8, ptr %f1, i64 10
  %f47 = getelementptr i8, ptr %1, i64 56
  store ptr %f46, ptr %f47, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v44

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

unbound:                                          ; preds = %i1
  %f12 = getelementptr i8, ptr %f1, i64 2
  %f13 = getelementptr i8, ptr %1, i64 56
  store ptr %f12, ptr %f13, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error14

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error14:                                          ; preds = %unbound
  %c15 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c15

unbound18:                                        ; preds = %i2
  %f21 = getelementptr i8, ptr %f1, i64 4
  %f22 = getelementptr i8, ptr %1, i64 56
  store ptr %f21, ptr %f22, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error23

bound19:                                          ; preds = %i2
  %rc26 = load i64, ptr %local17, align 4
  %rc127 = add i64 %rc26, 1
  store i64 %rc127, ptr %local17, align 4
  store ptr %local17, ptr %s1, align 8
  br label %i3

error23:                                          ; preds = %unbound18
  %v = load ptr, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f24, align 8
  %c25 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c25

dealloc:                                          ; preds = %i3
  call void @_Py_Dealloc(ptr %v29)
  br label %cont35

cont35:                                           ; preds = %dealloc, %i3
  %rc36 = load i64, ptr %v28, align 4
  %rc137 = sub i64 %rc36, 1
  store i64 %rc137, ptr %v28, align 4
  %dead38 = icmp eq i64 %rc137, 0
  br i1 %dead38, label %dealloc39, label %cont40

dealloc39:                                        ; preds = %cont35
  call void @_Py_Dealloc(ptr %v28)
  br label %cont40

cont40:                                           ; preds = %dealloc39, %cont35
  %isnull43 = icmp eq ptr %c32, null
  br i1 %isnull43, label %error41, label %ok

error41:                                          ; preds = %cont40
  %c42 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c42

ok:                                               ; preds = %cont40
  store ptr %c32, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare void @rjit_leave(ptr, ptr)
